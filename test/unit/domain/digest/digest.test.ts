import {
  buildDigest,
  isoWeekOf,
  previousWeek,
  weekBounds,
  type Digest,
  type DigestCheckIn,
  type DigestInput,
  type DigestPrompt,
} from '../../../../src/domain/digest/digest';
import { CodedError } from '../../../../src/domain/errors';
import { programmeSchema, type Programme, type ProgrammeInput } from '../../../../src/domain/programme/model';
import { bothLanguages, leader, sessionAt } from '../../../helpers/programme-builders';

// These tests set nothing global: every instant carries its offset and every function takes the
// zone, so they pass whatever the process TZ is.
const CPH = 'Europe/Copenhagen';

// Week 10 of 2027 runs from Monday 8 March to Sunday 14 March; the digest goes out the Monday after.
const WEEK = '2027-W10';
const NOW = new Date('2027-03-15T08:00:00+01:00');
const IN_WEEK_9 = '2027-03-02T14:00:00+01:00';
const IN_WEEK_10 = '2027-03-09T14:00:00+01:00';


const PEOPLE = [
  leader('dir', 1, { name: 'Dorthe Dahl' }),
  leader('head-a', 2, { name: 'Anders Holm', managerId: 'dir' }),
  leader('head-b', 2, { name: 'Birgit Holm', managerId: 'dir' }),
  leader('lead-1', 3, { name: 'Lise Lund', managerId: 'head-a', group: 'g1' }),
  leader('lead-2', 3, { name: 'Kim Krogh', managerId: 'head-a', group: 'g2' }),
  leader('lead-3', 3, { name: 'Jens Juhl', managerId: 'head-b', group: 'g1' }),
  // Moved from level 2 to level 3 during the programme; the file only knows the current level.
  leader('moved', 3, { name: 'Mette Moos', managerId: 'head-b', group: 'g2' }),
  leader('left', 3, { name: 'Ole Olsen', managerId: 'head-a', group: 'g1', active: false }),
];

function makeProgramme(participants: ReturnType<typeof leader>[] = PEOPLE): Programme {
  const input: ProgrammeInput = {
    id: 'digest-test',
    name: { da: 'Lederudvikling', en: 'Leadership development' },
    timeZone: CPH,
    groups: [
      { id: 'g1', name: 'Gruppe 1' },
      { id: 'g2', name: 'Gruppe 2' },
    ],
    modules: [
      { id: 'm1', number: 1, kind: 'gathering', title: bothLanguages('Fællessamling'), description: bothLanguages('') },
      { id: 'm2', number: 2, kind: 'module', audience: { levels: [1, 2] }, title: bothLanguages('Chefmodul'), description: bothLanguages('') },
      { id: 'm3', number: 3, kind: 'module', audience: { levels: [3] }, title: bothLanguages('Ledermodul'), description: bothLanguages('') },
    ],
    sessions: [
      session('past', 'm1', '2027-03-04T09:00:00+01:00'),
      // Started an hour before the digest is made: no longer upcoming.
      session('started', 'm3', '2027-03-15T07:00:00+01:00'),
      session('gathering', 'm1', '2027-03-18T09:00:00+01:00'),
      session('l3-g1', 'm3', '2027-03-22T09:00:00+01:00', { levels: [3], groups: ['g1'] }),
      session('l3-g2', 'm3', '2027-03-23T09:00:00+01:00', { levels: [3], groups: ['g2'] }),
      // 14 local days after NOW is 29 March 08:00 summer time (the clocks went forward on 28 March).
      session('chefs-in', 'm2', '2027-03-29T07:59:00+02:00'),
      session('chefs-out', 'm2', '2027-03-29T08:00:00+02:00'),
    ],
    participants,
  };
  return programmeSchema.parse(input);
}
/** A six-hour session. */
function session(id: string, moduleId: string, start: string, audience?: { levels?: (1 | 2 | 3)[]; groups?: string[] }) {
  return sessionAt(id, moduleId, start, new Date(Date.parse(start) + 6 * 3600_000).toISOString(), audience);
}

const programme = makeProgramme();
const everyone = new Set(PEOPLE.map((p) => p.id));

function prompt(participantId: string, sessionId: string, sentAt: string): DigestPrompt {
  return { key: `reflection:${sessionId}:${participantId}`, participantId, sessionId, sentAt };
}
function answer(p: DigestPrompt, submittedAt: string, extra: Partial<DigestCheckIn> = {}): DigestCheckIn {
  return {
    promptKey: p.key,
    participantId: p.participantId,
    sessionId: p.sessionId,
    rating: 4,
    text: '',
    mayShare: false,
    submittedAt,
    updatedAt: submittedAt,
    ...extra,
  };
}
let sessionCounter = 0;
/** A check-in to a prompt of its own that the test does not list (only its rating or text matters). */
function checkIn(participantId: string, submittedAt: string, rating: number, extra: Partial<DigestCheckIn> = {}): DigestCheckIn {
  sessionCounter += 1;
  return answer(prompt(participantId, `s${sessionCounter}`, submittedAt), submittedAt, { rating, ...extra });
}

function digestOf(overrides: Partial<DigestInput> = {}): Digest {
  return buildDigest({
    programme,
    checkIns: [],
    prompts: [],
    absences: [],
    reachable: everyone,
    paused: new Set(),
    week: WEEK,
    scope: { kind: 'programme' },
    privacy: { showNamesInQuotes: false, showNonResponderNames: false },
    now: NOW,
    ...overrides,
  });
}
const level = (digest: Digest, n: 1 | 2 | 3) => digest.levels.find((l) => l.level === n)!;

describe('The weekly digest: figures per level', () => {
  it('When nothing happened in the week, then every figure is empty and no trend is shown', () => {
    const digest = digestOf();
    expect(digest.week).toBe('2027-W10');
    expect(digest.previousWeek).toBe('2027-W09');
    expect(digest.from).toBe('2027-03-08T00:00:00+01:00');
    expect(digest.to).toBe('2027-03-15T00:00:00+01:00');
    expect(digest.levels.map((l) => l.level)).toEqual([1, 2, 3]);
    expect(digest.levels.map((l) => l.participants)).toEqual([1, 2, 4]); // the inactive leader does not count
    for (const l of digest.levels) {
      expect(l).toMatchObject({
        promptsSent: 0,
        responses: 0,
        responseRate: null,
        previousResponseRate: null,
        averageRating: null,
        previousAverageRating: null,
        ratingTrend: 'none',
      });
    }
    expect(digest).toMatchObject({ reflections: 0, previousReflections: 0, quotes: [], nonResponders: [], people: [], paused: [], notReached: [] });
  });

  it('When a level has no participants, then it is still listed with empty figures', () => {
    const withoutDirector = makeProgramme(PEOPLE.filter((p) => p.level !== 1).map((p) => (p.managerId === 'dir' ? { ...p, managerId: undefined } : p)));
    const digest = digestOf({ programme: withoutDirector });
    expect(level(digest, 1)).toEqual({
      level: 1,
      participants: 0,
      promptsSent: 0,
      responses: 0,
      responseRate: null,
      previousResponseRate: null,
      averageRating: null,
      previousAverageRating: null,
      ratingTrend: 'none',
    });
    expect(digestOf({ programme: withoutDirector, scope: { kind: 'programme', level: 1 } }).levels).toHaveLength(1);
  });

  it('When prompts are answered after the week has ended, then they still count towards that week', () => {
    const prompts = ['lead-1', 'lead-2', 'lead-3', 'moved'].map((id) => prompt(id, 'l3', IN_WEEK_10));
    const checkIns = [
      answer(prompts[0], '2027-03-10T10:00:00+01:00'),
      answer(prompts[1], '2027-03-15T07:30:00+01:00'), // Monday morning, before the digest
      answer(prompts[2], '2027-03-15T09:00:00+01:00'), // after "now": not known yet
    ];
    const l3 = level(digestOf({ prompts, checkIns }), 3);
    expect(l3).toMatchObject({ promptsSent: 4, responses: 2, responseRate: 0.5 });
    // The Monday answer counts for the response rate but its rating belongs to the week it came in.
    expect(l3.averageRating).toBe(4);
    expect(level(digestOf({ prompts, checkIns }), 2).responseRate).toBeNull();
  });

  it('When the previous week had prompts, then its response rate is shown, with the answers known by now', () => {
    const before = [prompt('lead-1', 'a', IN_WEEK_9), prompt('lead-2', 'a', IN_WEEK_9), prompt('lead-3', 'a', IN_WEEK_9)];
    const checkIns = [answer(before[0], '2027-03-03T10:00:00+01:00'), answer(before[1], '2027-03-12T10:00:00+01:00')];
    const l3 = level(digestOf({ prompts: before, checkIns }), 3);
    expect(l3.responseRate).toBeNull();
    expect(l3.previousResponseRate).toBeCloseTo(2 / 3);
  });

  it('When a leader changed level, then all their history counts at their current level', () => {
    const checkIns = [checkIn('moved', IN_WEEK_9, 2), checkIn('moved', IN_WEEK_10, 5)];
    const prompts = [prompt('moved', 'x', IN_WEEK_10)];
    const digest = digestOf({ checkIns, prompts });
    expect(level(digest, 3)).toMatchObject({ promptsSent: 1, averageRating: 5, previousAverageRating: 2, ratingTrend: 'up' });
    expect(level(digest, 2)).toMatchObject({ promptsSent: 0, averageRating: null, previousAverageRating: null });
  });

  it('When the average is rounded, then it has one decimal', () => {
    const checkIns = [3, 4, 4].map((r) => checkIn('lead-1', IN_WEEK_10, r));
    expect(level(digestOf({ checkIns }), 3).averageRating).toBe(3.7);
  });

  it.each([
    // 3.4 → 3.6, 3.6 → 3.4, 3.4 → 3.5, 4 → 4, nothing → 4
    ['rises by 0.2', 'up', [3, 4, 3, 4, 3], [4, 4, 3, 4, 3]],
    ['falls by 0.2', 'down', [4, 4, 3, 4, 3], [3, 4, 3, 4, 3]],
    ['rises by 0.1', 'flat', [3, 4, 3, 4, 3], [4, 3]],
    ['stays the same', 'flat', [4], [4, 4]],
    ['has no previous week', 'none', [], [4]],
  ])('When the average rating %s, then the trend is %s', (_what, trend, before: number[], now: number[]) => {
    const checkIns = [...before.map((r) => checkIn('lead-2', IN_WEEK_9, r)), ...now.map((r) => checkIn('lead-2', IN_WEEK_10, r))];
    expect(level(digestOf({ checkIns }), 3).ratingTrend).toBe(trend);
  });

  it('When check-ins have text, then they count as reflections in the week they were submitted', () => {
    const checkIns = [
      checkIn('lead-1', IN_WEEK_10, 4, { text: 'Godt modul' }),
      checkIn('lead-2', IN_WEEK_10, 3, { text: '   ' }),
      checkIn('lead-3', IN_WEEK_9, 3, { text: 'Sidste uge' }),
      checkIn('left', IN_WEEK_10, 3, { text: 'Inaktiv' }),
    ];
    expect(digestOf({ checkIns })).toMatchObject({ reflections: 1, previousReflections: 1 });
  });
});

describe('The weekly digest: weeks across daylight saving time', () => {
  it('When the week holds the spring change, then it runs from Monday 00:00 winter time to Monday 00:00 summer time', () => {
    // 28 March 2027 (the spring change) is the Sunday of week 12.
    const { from, to } = weekBounds('2027-W12', CPH);
    expect(from.toISOString()).toBe('2027-03-21T23:00:00.000Z');
    expect(to.toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect((to.getTime() - from.getTime()) / 3600_000).toBe(167);
  });

  it('When the week holds the autumn change, then it is 169 hours long and the next week starts at local midnight', () => {
    const { from, to } = weekBounds('2027-W43', CPH);
    expect(from.toISOString()).toBe('2027-10-24T22:00:00.000Z');
    expect(to.toISOString()).toBe('2027-10-31T23:00:00.000Z');
    expect(weekBounds('2027-W44', CPH).from).toEqual(to);
    expect(digestOf({ week: '2027-W43', now: new Date('2027-11-01T08:00:00+01:00') })).toMatchObject({
      from: '2027-10-25T00:00:00+02:00',
      to: '2027-11-01T00:00:00+01:00',
    });
  });

  it.each([
    ['2027-W12', '2027-03-28T23:30:00+02:00', '2027-03-29T00:30:00+02:00'],
    ['2027-W43', '2027-10-31T23:30:00+01:00', '2027-11-01T00:30:00+01:00'],
  ])('When it is %s, then Sunday 23:30 local belongs to the week and Monday 00:30 to the next', (week, sunday, monday) => {
    const now = new Date(Date.parse(monday) + 8 * 3600_000);
    const checkIns = [checkIn('lead-1', sunday, 2), checkIn('lead-1', monday, 5)];
    expect(level(digestOf({ week, now, checkIns }), 3).averageRating).toBe(2);
    expect(level(digestOf({ week: isoWeekOf(new Date(monday), CPH), now, checkIns }), 3).averageRating).toBe(5);
    expect(isoWeekOf(new Date(sunday), CPH)).toBe(week);
  });
});

describe('ISO weeks', () => {
  it('When it is New Year, then the days before the first Monday belong to the last week of the year before', () => {
    expect(isoWeekOf(new Date('2027-01-01T12:00:00+01:00'), CPH)).toBe('2026-W53');
    expect(isoWeekOf(new Date('2027-01-03T23:30:00+01:00'), CPH)).toBe('2026-W53');
    expect(isoWeekOf(new Date('2027-01-04T00:30:00+01:00'), CPH)).toBe('2027-W01');
    expect(isoWeekOf(new Date('2027-12-31T12:00:00+01:00'), CPH)).toBe('2027-W52');
  });

  it('When the instant is Sunday night in UTC but Monday in Copenhagen, then the Copenhagen week counts', () => {
    expect(isoWeekOf(new Date('2027-01-03T23:30:00Z'), CPH)).toBe('2027-W01');
    expect(isoWeekOf(new Date('2027-01-03T23:30:00Z'), 'UTC')).toBe('2026-W53');
  });

  it('When asking for the week before the first week, then it is the last week of the year before', () => {
    expect(previousWeek('2027-W01')).toBe('2026-W53');
    expect(previousWeek('2028-W01')).toBe('2027-W52');
    expect(previousWeek('2027-W10')).toBe('2027-W09');
    expect(weekBounds('2026-W53', CPH).from.toISOString()).toBe('2026-12-27T23:00:00.000Z');
  });

  it.each(['2027-10', '2027-w10', '27-W10', '2027-W1', '2027-W00', '2027-W53', ''])(
    'When the week is written "%s", then it is refused with INVALID_WEEK',
    (week) => {
      expect(() => weekBounds(week, CPH)).toThrow(CodedError);
      expect(() => weekBounds(week, CPH)).toThrow(expect.objectContaining({ code: 'INVALID_WEEK' }));
      expect(() => previousWeek(week)).toThrow(expect.objectContaining({ code: 'INVALID_WEEK' }));
    },
  );
});

describe('The weekly digest: quotes and names', () => {
  const quoted = (n: number, extra: Partial<DigestCheckIn> = {}) =>
    checkIn(n % 2 ? 'lead-1' : 'head-a', `2027-03-${String(8 + n).padStart(2, '0')}T12:00:00+01:00`, 4, {
      text: `Refleksion ${n}`,
      mayShare: true,
      ...extra,
    });

  it('When leaders allowed quoting, then at most five of the week are quoted, newest first, without names', () => {
    const checkIns = [quoted(0), quoted(1), quoted(2), quoted(3), quoted(4), quoted(5), quoted(6)];
    const { quotes } = digestOf({ checkIns });
    expect(quotes.map((q) => q.text)).toEqual(['Refleksion 6', 'Refleksion 5', 'Refleksion 4', 'Refleksion 3', 'Refleksion 2']);
    expect(quotes[0]).toEqual({ text: 'Refleksion 6', level: 2 });
    expect(quotes[1]).toEqual({ text: 'Refleksion 5', level: 3 });
  });

  it('When a leader did not allow quoting or wrote nothing, then nothing of theirs is quoted', () => {
    const checkIns = [
      quoted(1, { mayShare: false, text: 'Privat' }),
      quoted(2, { text: '  ' }),
      quoted(3, { submittedAt: IN_WEEK_9 }),
      checkIn('left', IN_WEEK_10, 4, { text: 'Fra en inaktiv', mayShare: true }),
    ];
    expect(digestOf({ checkIns }).quotes).toEqual([]);
  });

  it('When the programme shows names in quotes, then each quote carries the leader name', () => {
    const digest = digestOf({ checkIns: [quoted(1)], privacy: { showNamesInQuotes: true, showNonResponderNames: false } });
    expect(digest.quotes).toEqual([{ text: 'Refleksion 1', level: 3, name: 'Lise Lund' }]);
  });

  it('When the programme shows non-responder names, then those who got a prompt this week and did not answer are listed', () => {
    const prompts = [prompt('lead-1', 'l3', IN_WEEK_10), prompt('lead-2', 'l3', IN_WEEK_10), prompt('lead-2', 'x', IN_WEEK_10), prompt('lead-3', 'l3', IN_WEEK_9)];
    const checkIns = [answer(prompts[0], '2027-03-11T10:00:00+01:00')];
    const shown = digestOf({ prompts, checkIns, privacy: { showNamesInQuotes: false, showNonResponderNames: true } });
    expect(shown.nonResponders).toEqual([{ participantId: 'lead-2', name: 'Kim Krogh' }]);
    expect(digestOf({ prompts, checkIns }).nonResponders).toEqual([]);
  });

  it('When leaders cannot be reached or paused reminders, then they are listed by name', () => {
    const digest = digestOf({ reachable: new Set(['dir', 'head-a', 'head-b', 'lead-1']), paused: new Set(['lead-1', 'left']) });
    expect(digest.notReached).toEqual([
      { participantId: 'lead-3', name: 'Jens Juhl' },
      { participantId: 'lead-2', name: 'Kim Krogh' },
      { participantId: 'moved', name: 'Mette Moos' },
    ]);
    expect(digest.paused).toEqual([{ participantId: 'lead-1', name: 'Lise Lund' }]);
  });
});

describe('The weekly digest: upcoming sessions', () => {
  it('When sessions start in the next 14 days, then they are listed in order with the expected leaders and absences', () => {
    const absences = [
      { sessionId: 'gathering', participantId: 'lead-2', reason: 'Kursus' },
      { sessionId: 'gathering', participantId: 'head-a' },
      { sessionId: 'gathering', participantId: 'left' },
      { sessionId: 'past', participantId: 'lead-1' },
    ];
    const { upcoming } = digestOf({ absences });
    expect(upcoming.map((u) => u.sessionId)).toEqual(['gathering', 'l3-g1', 'l3-g2', 'chefs-in']);
    expect(upcoming[0]).toEqual({
      sessionId: 'gathering',
      moduleId: 'm1',
      start: '2027-03-18T09:00:00+01:00',
      expected: 7,
      absences: [
        { participantId: 'head-a', name: 'Anders Holm' },
        { participantId: 'lead-2', name: 'Kim Krogh', reason: 'Kursus' },
      ],
    });
    expect(upcoming.map((u) => u.expected)).toEqual([7, 2, 2, 3]);
  });

  it('When the level scope is used, then only that level is counted and only its sessions are listed', () => {
    const digest = digestOf({ scope: { kind: 'programme', level: 3 }, reachable: new Set(['lead-1']) });
    expect(digest.levels.map((l) => l.level)).toEqual([3]);
    expect(digest.upcoming.map((u) => [u.sessionId, u.expected])).toEqual([
      ['gathering', 4],
      ['l3-g1', 2],
      ['l3-g2', 2],
    ]);
    expect(digest.notReached.map((p) => p.participantId)).toEqual(['lead-3', 'lead-2', 'moved']);
  });
});

describe('The weekly digest for a manager', () => {
  const prompts = [prompt('lead-1', 'l3', IN_WEEK_10), prompt('lead-2', 'l3', IN_WEEK_10), prompt('lead-3', 'l3', IN_WEEK_10)];
  const checkIns = [
    answer(prompts[0], '2027-03-10T10:00:00+01:00', { rating: 5, text: 'Fint', mayShare: true }),
    answer(prompts[2], '2027-03-10T11:00:00+01:00', { rating: 1, text: 'Ikke min leder', mayShare: true }),
  ];
  const absences = [
    { sessionId: 'l3-g2', participantId: 'lead-2', reason: 'Ferie' },
    { sessionId: 'l3-g1', participantId: 'lead-3' },
  ];
  const digest = digestOf({ scope: { kind: 'manager', managerId: 'head-a' }, prompts, checkIns, absences });

  it('When a manager gets the digest, then it covers only their active direct reports', () => {
    expect(digest.levels.map((l) => [l.level, l.participants])).toEqual([
      [1, 0],
      [2, 0],
      [3, 2],
    ]);
    expect(level(digest, 3)).toMatchObject({ promptsSent: 2, responses: 1, responseRate: 0.5, averageRating: 5 });
    expect(digest.quotes.map((q) => q.text)).toEqual(['Fint']);
    expect(digest.upcoming.map((u) => [u.sessionId, u.expected, u.absences.length])).toEqual([
      ['gathering', 2, 0],
      ['l3-g1', 1, 0],
      ['l3-g2', 1, 1],
    ]);
  });

  it('When a manager gets the digest, then each direct report has a line with check-in, ratings and sessions', () => {
    expect(digest.people).toEqual([
      {
        participantId: 'lead-2',
        name: 'Kim Krogh',
        level: 3,
        checkedIn: false,
        ratings: [],
        upcoming: [
          { sessionId: 'gathering', start: '2027-03-18T09:00:00+01:00', absent: false },
          { sessionId: 'l3-g2', start: '2027-03-23T09:00:00+01:00', absent: true },
        ],
      },
      {
        participantId: 'lead-1',
        name: 'Lise Lund',
        level: 3,
        checkedIn: true,
        ratings: [5],
        upcoming: [
          { sessionId: 'gathering', start: '2027-03-18T09:00:00+01:00', absent: false },
          { sessionId: 'l3-g1', start: '2027-03-22T09:00:00+01:00', absent: false },
        ],
      },
    ]);
  });

  it('When the digest is programme-wide, then there are no per-person lines', () => {
    expect(digestOf({ checkIns }).people).toEqual([]);
  });
});

describe('The weekly digest: whether sparring partners met', () => {
  const followUp = (participantId: string, roundDate: string, sentAt: string, answer?: 'yes' | 'not-yet' | 'no') => ({
    roundId: `r-${roundDate}`,
    roundDate,
    participantId,
    sentAt,
    ...(answer ? { answer } : {}),
  });

  it('When enough leaders of a level answered, then its meeting rate is shown; a level with fewer answers than the minimum shows none', () => {
    const digest = digestOf({
      minimumGroupSize: 3,
      meetingFollowUps: [
        followUp('lead-1', '2027-03-02', IN_WEEK_10, 'yes'),
        followUp('lead-2', '2027-03-02', IN_WEEK_10, 'yes'),
        followUp('lead-3', '2027-03-02', IN_WEEK_10, 'no'),
        followUp('moved', '2027-03-02', IN_WEEK_10),
        followUp('head-a', '2027-03-02', IN_WEEK_10, 'yes'),
        followUp('head-b', '2027-03-02', IN_WEEK_10, 'yes'),
        // Left the programme: not counted, as in every other figure.
        followUp('left', '2027-03-02', IN_WEEK_10, 'no'),
      ],
    });
    expect(digest.meetings?.roundDate).toBe('2027-03-02');
    const byLevel = new Map(digest.meetings!.levels.map((l) => [l.level, l]));
    expect(byLevel.get(3)).toMatchObject({ asked: 4, answered: 3, met: 2, meetingRate: 2 / 3 });
    expect(byLevel.get(2)).toMatchObject({ asked: 2, answered: 2, met: 2, meetingRate: null });
  });

  it("When a later round's follow-ups went out after the week, then the digest reports the round before it", () => {
    const digest = digestOf({
      minimumGroupSize: 1,
      meetingFollowUps: [followUp('lead-1', '2027-02-09', IN_WEEK_9, 'yes'), followUp('lead-1', '2027-03-09', '2027-03-16T09:00:00+01:00')],
    });
    expect(digest.meetings?.roundDate).toBe('2027-02-09');
  });

  it('When no round has had its follow-ups yet, then the digest has no meeting rates', () => {
    expect(digestOf().meetings).toBeUndefined();
  });
});
