import fc from 'fast-check';
import {
  buildDigest,
  isoWeekOf,
  previousWeek,
  weekBounds,
  type Digest,
  type DigestCheckIn,
  type DigestInput,
  type DigestPrompt,
  type Figure,
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

/**
 * A digest of the hand-built programme. Its levels hold one, two and four leaders, far below any
 * real minimum group size, so the arithmetic is tested with the small-group rule set to 1 (every
 * figure shown); the rule itself has its own tests below, on a cohort large enough to pass it.
 */
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
    privacy: { minimumGroupSize: 1, showNamesInQuotes: false, showNonResponderNames: false },
    now: NOW,
    ...overrides,
  });
}
const level = (digest: Digest, n: 1 | 2 | 3) => digest.groups.find((g) => g.levels.length === 1 && g.levels[0] === n)!;
const value = (figure: Figure) => (figure.status === 'shown' ? figure.value : figure.status);

describe('The weekly digest: figures per level', () => {
  it('When nothing happened in the week, then every figure says so and no trend is shown', () => {
    const digest = digestOf();
    expect(digest.week).toBe('2027-W10');
    expect(digest.previousWeek).toBe('2027-W09');
    expect(digest.from).toBe('2027-03-08T00:00:00+01:00');
    expect(digest.to).toBe('2027-03-15T00:00:00+01:00');
    expect(digest.groups.map((g) => g.levels)).toEqual([[1], [2], [3]]);
    expect(digest.groups.map((g) => g.participants)).toEqual([1, 2, 4]); // the inactive leader does not count
    for (const g of digest.groups) {
      expect(g).toMatchObject({
        current: { responseRate: { status: 'none' }, averageRating: { status: 'none' } },
        previous: { responseRate: { status: 'none' }, averageRating: { status: 'none' } },
        ratingTrend: 'none',
      });
    }
    expect(digest).toMatchObject({ reflections: 0, previousReflections: 0, quotes: [], nonResponders: [], people: [], pausedCount: 0, notReached: [] });
  });

  it('When a level has no participants, then it is still listed with empty figures', () => {
    const withoutDirector = makeProgramme(PEOPLE.filter((p) => p.level !== 1).map((p) => (p.managerId === 'dir' ? { ...p, managerId: undefined } : p)));
    const digest = digestOf({ programme: withoutDirector });
    expect(level(digest, 1)).toEqual({
      levels: [1],
      participants: 0,
      current: { responseRate: { status: 'none' }, averageRating: { status: 'none' } },
      previous: { responseRate: { status: 'none' }, averageRating: { status: 'none' } },
      ratingTrend: 'none',
    });
    expect(digestOf({ programme: withoutDirector, scope: { kind: 'programme', level: 1 } }).groups).toHaveLength(1);
  });

  it('When prompts are answered after the week has ended, then they still count towards that week', () => {
    const prompts = ['lead-1', 'lead-2', 'lead-3', 'moved'].map((id) => prompt(id, 'l3', IN_WEEK_10));
    const checkIns = [
      answer(prompts[0], '2027-03-10T10:00:00+01:00'),
      answer(prompts[1], '2027-03-15T07:30:00+01:00'), // Monday morning, before the digest
      answer(prompts[2], '2027-03-15T09:00:00+01:00'), // after "now": not known yet
    ];
    const l3 = level(digestOf({ prompts, checkIns }), 3);
    expect(l3.current.responseRate).toEqual({ status: 'shown', value: 0.5, leaders: 4 });
    // The Monday answer counts for the response rate but its rating belongs to the week it came in.
    expect(l3.current.averageRating).toEqual({ status: 'shown', value: 4, leaders: 1 });
    expect(level(digestOf({ prompts, checkIns }), 2).current.responseRate).toEqual({ status: 'none' });
  });

  it('When the previous week had prompts, then its response rate is shown, with the answers known by now', () => {
    const before = [prompt('lead-1', 'a', IN_WEEK_9), prompt('lead-2', 'a', IN_WEEK_9), prompt('lead-3', 'a', IN_WEEK_9)];
    const checkIns = [answer(before[0], '2027-03-03T10:00:00+01:00'), answer(before[1], '2027-03-12T10:00:00+01:00')];
    const l3 = level(digestOf({ prompts: before, checkIns }), 3);
    expect(l3.current.responseRate).toEqual({ status: 'none' });
    expect(value(l3.previous.responseRate)).toBeCloseTo(2 / 3);
  });

  it('When a leader changed level, then all their history counts at their current level', () => {
    const checkIns = [checkIn('moved', IN_WEEK_9, 2), checkIn('moved', IN_WEEK_10, 5)];
    const prompts = [prompt('moved', 'x', IN_WEEK_10)];
    const digest = digestOf({ checkIns, prompts });
    expect(value(level(digest, 3).current.averageRating)).toBe(5);
    expect(value(level(digest, 3).previous.averageRating)).toBe(2);
    expect(level(digest, 3).ratingTrend).toBe('up');
    expect(level(digest, 2).current).toEqual({ responseRate: { status: 'none' }, averageRating: { status: 'none' } });
  });

  it('When the average is rounded, then it has one decimal', () => {
    const checkIns = [3, 4, 4].map((r) => checkIn('lead-1', IN_WEEK_10, r));
    expect(value(level(digestOf({ checkIns }), 3).current.averageRating)).toBe(3.7);
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
    expect(value(level(digestOf({ week, now, checkIns }), 3).current.averageRating)).toBe(2);
    expect(value(level(digestOf({ week: isoWeekOf(new Date(monday), CPH), now, checkIns }), 3).current.averageRating)).toBe(5);
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
    expect(digest.groups.map((g) => g.levels)).toEqual([[3]]);
    expect(digest.upcoming.map((u) => [u.sessionId, u.expected])).toEqual([
      ['gathering', 4],
      ['l3-g1', 2],
      ['l3-g2', 2],
    ]);
    expect(digest.notReached.map((p) => p.participantId)).toEqual(['lead-3', 'lead-2', 'moved']);
  });
});

/*
 * The small-group rule, on a cohort big enough to pass it: three directors, six heads and twelve
 * leaders; head h1 manages six leaders, h2 three (fewer than the minimum), h3 three.
 */
const COHORT = [
  leader('d1', 1, { name: 'Direktør 1' }),
  leader('d2', 1, { name: 'Direktør 2', managerId: 'd1' }),
  leader('d3', 1, { name: 'Direktør 3', managerId: 'd1' }),
  ...[1, 2, 3, 4, 5, 6].map((i) => leader(`h${i}`, 2, { name: `Chef ${i}`, managerId: i <= 3 ? 'd2' : 'd3' })),
  ...Array.from({ length: 12 }, (_, i) => leader(`l${i + 1}`, 3, { name: `Leder ${String(i + 1).padStart(2, '0')}`, managerId: i < 6 ? 'h1' : i < 9 ? 'h2' : 'h3', group: 'g1' })),
];
const cohort = makeProgramme(COHORT);
const ids = (level: 1 | 2 | 3) => COHORT.filter((p) => p.level === level).map((p) => p.id);
const IN_WEEK_11 = '2027-03-16T14:00:00+01:00';

function cohortDigest(overrides: Partial<DigestInput> = {}): Digest {
  return buildDigest({
    programme: cohort,
    checkIns: [],
    prompts: [],
    absences: [],
    reachable: new Set(COHORT.map((p) => p.id)),
    paused: new Set(),
    week: WEEK,
    scope: { kind: 'programme' },
    privacy: { minimumGroupSize: 5, showNamesInQuotes: false, showNonResponderNames: false },
    now: NOW,
    ...overrides,
  });
}
/** Prompts to these leaders in a week, and answers from the first `answering` of them. */
function week(people: string[], sentAt: string, answering: number, extra: (i: number) => Partial<DigestCheckIn> = () => ({})) {
  const prompts = people.map((id) => prompt(id, `s-${sentAt.slice(0, 10)}`, sentAt));
  // The i-th answer comes i + 1 minutes after the prompt: later answers are newer.
  const answeredAt = (i: number) => new Date(Date.parse(sentAt) + (i + 1) * 60_000).toISOString();
  return { prompts, checkIns: prompts.slice(0, answering).map((p, i) => answer(p, answeredAt(i), { rating: 1 + (i % 5), ...extra(i) })) };
}
const merge = (...weeks: { prompts: DigestPrompt[]; checkIns: DigestCheckIn[] }[]) => ({
  prompts: weeks.flatMap((w) => w.prompts),
  checkIns: weeks.flatMap((w) => w.checkIns),
});
const groupAt = (digest: Digest, levels: number[]) => digest.groups.find((g) => g.levels.join() === levels.join());

describe('The weekly digest: no figure about fewer leaders than the minimum group size', () => {
  it('When a level has fewer answers than the minimum, then it is merged with level 2 and never shown alone', () => {
    const records = merge(week(ids(1), IN_WEEK_10, 2), week(ids(2), IN_WEEK_10, 5), week(ids(3), IN_WEEK_10, 8));
    const digest = cohortDigest(records);
    expect(digest.groups.map((g) => g.levels)).toEqual([[1, 2], [3]]);
    expect(groupAt(digest, [1, 2])!.current.responseRate).toEqual({ status: 'shown', value: 7 / 9, leaders: 9 });
    // Ratings 1, 2 from the directors and 1–5 from the heads.
    expect(groupAt(digest, [1, 2])!.current.averageRating).toEqual({ status: 'shown', value: 2.6, leaders: 7 });
    // A level digest shows the group its level belongs to, never a figure the programme digest does not.
    expect(cohortDigest({ ...records, scope: { kind: 'programme', level: 1 } }).groups.map((g) => g.levels)).toEqual([[1, 2]]);
    expect(cohortDigest({ ...records, scope: { kind: 'programme', level: 2 } }).groups.map((g) => g.levels)).toEqual([[1, 2]]);
  });

  it('When the week before was too small for a level, then the levels are merged for both weeks', () => {
    // Week 9: all six heads, but only two leaders of level 3. Week 10: everyone.
    const records = merge(week(ids(2), IN_WEEK_9, 6), week(['l1', 'l2'], IN_WEEK_9, 2), week(ids(1), IN_WEEK_10, 3), week(ids(2), IN_WEEK_10, 6), week(ids(3), IN_WEEK_10, 12));
    const digest = cohortDigest(records);
    expect(digest.groups.map((g) => g.levels)).toEqual([[1, 2, 3]]);
    expect(digest.groups[0].previous.responseRate).toEqual({ status: 'shown', value: 1, leaders: 8 });
    expect(digest.groups[0].current.responseRate).toEqual({ status: 'shown', value: 1, leaders: 21 });
  });

  it('When even all levels together are fewer than the minimum, then every figure is withheld and nothing is quoted', () => {
    const records = week(['d1', 'h1', 'l1', 'l2'], IN_WEEK_10, 4, () => ({ text: 'Vi taler mere sammen', mayShare: true }));
    const digest = cohortDigest(records);
    expect(digest.groups).toEqual([
      expect.objectContaining({ levels: [1, 2, 3], current: { responseRate: { status: 'withheld' }, averageRating: { status: 'withheld' } } }),
    ]);
    expect(digest.quotes).toEqual([]);
  });

  it('When the data are anything at all, then no figure has fewer leaders behind it than the minimum, not even as the difference of two figures', () => {
    // Six leaders on each level, so any level can pass the minimum alone in one week and not in the next.
    const even = [1, 2, 3].flatMap((level) => [1, 2, 3, 4, 5, 6].map((i) => leader(`e${level}${i}`, level as 1 | 2 | 3)));
    const evenProgramme = makeProgramme(even);
    // Per leader and week: 0 no prompt, 1 a prompt left unanswered, 2–9 a prompt answered, so a
    // level of six lands just above or just below the minimum of five.
    const weekArbitrary = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: even.length, maxLength: even.length });
    fc.assert(
      fc.property(weekArbitrary, weekArbitrary, weekArbitrary, (...weeks) => {
        const prompts: DigestPrompt[] = [];
        const checkIns: DigestCheckIn[] = [];
        weeks.forEach((states, w) => {
          const sentAt = [IN_WEEK_9, IN_WEEK_10, IN_WEEK_11][w];
          states.forEach((state, i) => {
            if (state === 0) return;
            const p = prompt(even[i].id, `s${w}`, sentAt);
            prompts.push(p);
            if (state >= 2) checkIns.push(answer(p, new Date(Date.parse(sentAt) + 3600_000).toISOString(), { rating: state % 5 + 1 }));
          });
        });
        // Every figure about week 10: this week in its own digest, last week in the next one, for the programme and each level.
        const shown: { metric: string; levels: number[] }[] = [];
        for (const [digestWeek, now, which] of [
          [WEEK, NOW, 'current'],
          ['2027-W11', new Date('2027-03-22T08:00:00+01:00'), 'previous'],
        ] as const) {
          for (const level of [undefined, 1, 2, 3] as const) {
            const digest = cohortDigest({ programme: evenProgramme, prompts, checkIns, week: digestWeek, now, scope: { kind: 'programme', level } });
            for (const g of digest.groups) {
              if (g[which].responseRate.status === 'shown') shown.push({ metric: 'rate', levels: g.levels });
              if (g[which].averageRating.status === 'shown') shown.push({ metric: 'rating', levels: g.levels });
            }
          }
        }
        // Counted here from the records, not from the digest.
        const inWeek10 = (at: string) => isoWeekOf(new Date(at), CPH) === WEEK;
        const behind = (metric: string, levels: number[]) => {
          const atLevels = (id: string) => levels.includes(even.find((p) => p.id === id)!.level);
          const people = metric === 'rate' ? prompts.filter((p) => inWeek10(p.sentAt)) : checkIns.filter((c) => inWeek10(c.submittedAt));
          return new Set(people.map((x) => x.participantId).filter(atLevels)).size;
        };
        for (const a of shown) {
          expect(behind(a.metric, a.levels)).toBeGreaterThanOrEqual(5);
          for (const b of shown) {
            if (a.metric !== b.metric || !b.levels.every((l) => a.levels.includes(l)) || b.levels.length === a.levels.length) continue;
            const rest = behind(a.metric, a.levels.filter((l) => !b.levels.includes(l)));
            expect(rest === 0 || rest >= 5).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('The weekly digest for a manager', () => {
  it('When a manager has fewer leaders than the minimum, then the digest holds no figure about them, only the ratings they chose to share', () => {
    const records = week(['l7', 'l8', 'l9'], IN_WEEK_10, 2, (i) => ({ shareRatingWithManager: i === 0, text: 'Svært at finde tid', mayShare: true }));
    const digest = cohortDigest({ ...records, scope: { kind: 'manager', managerId: 'h2' }, paused: new Set(['l9']), reachable: new Set(['l7']) });
    expect(digest).toMatchObject({ groupTooSmall: true, groups: [], reflections: null, previousReflections: null, notReachedCount: null, pausedCount: null, quotes: [], notReached: [], nonResponders: [] });
    expect(digest.people.map((p) => [p.name, p.sharedRatings])).toEqual([
      ['Leder 07', [1]],
      ['Leder 08', []],
      ['Leder 09', []],
    ]);
  });

  it.each([
    ['none of them', 0, 'shown'],
    ['all of them', 6, 'shown'],
    ['all but one', 5, 'withheld'],
  ])('When %s shared their rating by name, then the average of the six is %s', (_who, sharing, status) => {
    const records = week(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'], IN_WEEK_10, 6, (i) => ({ shareRatingWithManager: i < sharing }));
    const digest = cohortDigest({ ...records, scope: { kind: 'manager', managerId: 'h1' } });
    expect(digest.groups.map((g) => g.levels)).toEqual([[3]]);
    // Five named ratings and the average of six would give the sixth away.
    expect(digest.groups[0].current.averageRating.status).toBe(status);
    expect(digest.groups[0].current.responseRate.status).toBe(status);
    expect(digest.people.filter((p) => p.sharedRatings.length).length).toBe(sharing);
  });

  it('When a manager has enough leaders, then they get one set of figures, counts without names and quotes without a level', () => {
    const records = week(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'], IN_WEEK_10, 5, (i) => ({ text: i < 2 ? 'Trioerne virker' : '', mayShare: true }));
    const digest = cohortDigest({ ...records, scope: { kind: 'manager', managerId: 'h1' }, paused: new Set(['l1']), reachable: new Set(['l1', 'l2']) });
    expect(digest.groups).toHaveLength(1);
    expect(digest.groups[0]).toMatchObject({ levels: [3], participants: 6, current: { responseRate: { status: 'shown', value: 5 / 6, leaders: 6 } } });
    expect(digest).toMatchObject({ groupTooSmall: false, notReached: [], notReachedCount: 4, pausedCount: 1, reflections: 2 });
    expect(digest.quotes).toEqual([{ text: 'Trioerne virker' }]);
  });

  it('When only three of a manager\'s six leaders checked in, then how many wrote a reflection is withheld with their average', () => {
    const records = week(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'], IN_WEEK_10, 3, () => ({ text: 'Trioerne virker', mayShare: true }));
    const digest = cohortDigest({ ...records, scope: { kind: 'manager', managerId: 'h1' } });
    // Six got the prompt, so the response rate has enough leaders behind it; the three answers do not.
    expect(digest.groups[0].current.responseRate.status).toBe('shown');
    expect(digest.groups[0].current.averageRating.status).toBe('withheld');
    expect(digest.reflections).toBeNull();
    expect(digest.quotes).toEqual([]);
  });
});

describe('The weekly digest: quotes and names', () => {
  const everybodyAnswers = (extra: (i: number) => Partial<DigestCheckIn>) => merge(week(ids(1), IN_WEEK_10, 3, extra), week(ids(2), IN_WEEK_10, 6, extra), week(ids(3), IN_WEEK_10, 12, extra));

  it('When leaders allowed quoting, then at most five different texts are quoted, newest first, without names, labelled with their group', () => {
    const records = merge(week(ids(1), IN_WEEK_10, 2), week(ids(2), IN_WEEK_10, 6), week(ids(3), '2027-03-10T14:00:00+01:00', 12, (i) => ({ text: `Refleksion ${i % 7}`, mayShare: true })));
    const { quotes } = cohortDigest(records);
    // Twelve answers, seven different texts: each once.
    expect(quotes.map((q) => q.text)).toEqual(['Refleksion 4', 'Refleksion 3', 'Refleksion 2', 'Refleksion 1', 'Refleksion 0']);
    expect(quotes[0]).toEqual({ text: 'Refleksion 4', levels: [3] });
  });

  it('When two leaders write the same words, then they are quoted once', () => {
    const { quotes } = cohortDigest(everybodyAnswers(() => ({ text: 'Godt  modul', mayShare: true })));
    // The newest of the 21 alike answers, from level 3.
    expect(quotes).toEqual([{ text: 'Godt  modul', levels: [3] }]);
  });

  it('When a leader did not allow quoting or wrote nothing, then nothing of theirs is quoted', () => {
    const { quotes } = cohortDigest(everybodyAnswers((i) => (i % 2 ? { text: 'Privat', mayShare: false } : { text: '  ', mayShare: true })));
    expect(quotes).toEqual([]);
  });

  it('When the programme shows names in quotes, then each quote carries the leader name', () => {
    const records = everybodyAnswers((i) => (i === 0 ? { text: 'Refleksion', mayShare: true } : {}));
    const digest = cohortDigest({ ...records, privacy: { minimumGroupSize: 5, showNamesInQuotes: true, showNonResponderNames: false } });
    expect(digest.quotes[0]).toEqual({ text: 'Refleksion', levels: [1, 2], name: 'Direktør 1' });
  });

  it('When the programme shows non-responder names, then owners see who got a prompt this week and did not answer, and managers never do', () => {
    const records = merge(week(ids(3), IN_WEEK_10, 10), week(['h1'], IN_WEEK_9, 0));
    const privacy = { minimumGroupSize: 5, showNamesInQuotes: false, showNonResponderNames: true };
    expect(cohortDigest({ ...records, privacy }).nonResponders.map((p) => p.participantId)).toEqual(['l11', 'l12']);
    expect(cohortDigest(records).nonResponders).toEqual([]);
    expect(cohortDigest({ ...records, privacy, scope: { kind: 'manager', managerId: 'h3' } }).nonResponders).toEqual([]);
  });

  it('When leaders cannot be reached or paused reminders, then owners get the names of those not reached and only the number who paused', () => {
    const digest = cohortDigest({ reachable: new Set(COHORT.map((p) => p.id).filter((id) => !['l3', 'l4'].includes(id))), paused: new Set(['l1', 'l2']) });
    expect(digest.notReached).toEqual([
      { participantId: 'l3', name: 'Leder 03' },
      { participantId: 'l4', name: 'Leder 04' },
    ]);
    expect(digest).toMatchObject({ notReachedCount: 2, pausedCount: 2 });
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
      privacy: { minimumGroupSize: 3, showNamesInQuotes: false, showNonResponderNames: false },
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
      meetingFollowUps: [followUp('lead-1', '2027-02-09', IN_WEEK_9, 'yes'), followUp('lead-1', '2027-03-09', '2027-03-16T09:00:00+01:00')],
    });
    expect(digest.meetings?.roundDate).toBe('2027-02-09');
  });

  it('When no round has had its follow-ups yet, then the digest has no meeting rates', () => {
    expect(digestOf().meetings).toBeUndefined();
  });
});
