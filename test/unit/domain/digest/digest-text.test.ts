import { buildDigest, type Digest, type LevelFigures } from '../../../../src/domain/digest/digest';
import { digestAsText } from '../../../../src/domain/digest/digest-text';
import { programmeSchema, type Programme } from '../../../../src/domain/programme/model';

const CPH = 'Europe/Copenhagen';

const programme: Programme = programmeSchema.parse({
  id: 'digest-text-test',
  name: { da: 'Lederudvikling', en: 'Leadership development' },
  timeZone: CPH,
  modules: [
    { id: 'm1', number: 1, kind: 'gathering', title: { da: 'Fællessamling 2', en: 'Joint gathering 2' }, description: { da: '', en: '' } },
    { id: 'm3', number: 3, kind: 'module', audience: { levels: [3] }, title: { da: 'Ledermodul', en: 'Leaders module' }, description: { da: '', en: '' } },
  ],
  sessions: [
    { id: 'gathering', moduleId: 'm1', start: '2027-03-18T09:00:00+01:00', end: '2027-03-18T15:30:00+01:00', place: { name: 'Rådhuset' } },
    { id: 'l3', moduleId: 'm3', start: '2027-03-22T09:00:00+01:00', end: '2027-03-22T15:30:00+01:00', place: { name: 'Rådhuset' } },
  ],
  participants: [
    { id: 'head', name: 'Hanne Holm', email: 'head@kommune.example', level: 2, area: 'Børn og Unge' },
    { id: 'anna', name: 'Anna Andersen', email: 'anna@kommune.example', level: 3, area: 'Børn og Unge', managerId: 'head' },
    { id: 'bo', name: 'Bo Berg', email: 'bo@kommune.example', level: 3, area: 'Børn og Unge', managerId: 'head' },
  ],
});

function figures(level: 1 | 2 | 3, values: Partial<LevelFigures>): LevelFigures {
  return {
    level,
    participants: 10,
    promptsSent: 0,
    responses: 0,
    responseRate: null,
    previousResponseRate: null,
    averageRating: null,
    previousAverageRating: null,
    ratingTrend: 'none',
    ...values,
  };
}

const digest: Digest = {
  week: '2027-W10',
  previousWeek: '2027-W09',
  from: '2027-03-08T00:00:00+01:00',
  to: '2027-03-15T00:00:00+01:00',
  scope: { kind: 'programme' },
  levels: [
    figures(1, { participants: 0 }),
    figures(2, { promptsSent: 10, responses: 5, responseRate: 0.5, averageRating: 3, previousAverageRating: 3.1, ratingTrend: 'flat' }),
    figures(3, {
      promptsSent: 21,
      responses: 13,
      responseRate: 13 / 21,
      previousResponseRate: 12 / 25,
      averageRating: 3.8,
      previousAverageRating: 3.4,
      ratingTrend: 'up',
    }),
  ],
  reflections: 7,
  previousReflections: 4,
  upcoming: [
    {
      sessionId: 'gathering',
      moduleId: 'm1',
      start: '2027-03-18T09:00:00+01:00',
      expected: 6,
      absences: [
        { participantId: 'anna', name: 'Anna Andersen', reason: 'Lægebesøg' },
        { participantId: 'bo', name: 'Bo Berg' },
      ],
    },
    { sessionId: 'l3', moduleId: 'm3', start: '2027-03-22T09:00:00+01:00', expected: 2, absences: [] },
  ],
  notReached: [{ participantId: 'carl', name: 'Carl Carlsen' }],
  paused: [],
  nonResponders: [],
  quotes: [
    { text: 'Jeg har inviteret\nen kollega ind.', level: 3 },
    { text: 'Vi taler samme sprog nu.', level: 2, name: 'Hanne Holm' },
  ],
  people: [],
};

describe('The weekly digest as text', () => {
  it('When a Danish owner reads it, then numbers use decimal comma and "62 %", with arrows and "–" for no data', () => {
    expect(digestAsText(digest, programme, 'da')).toBe(
      [
        'Ugens overblik for Lederudvikling, uge 10',
        'mandag den 8. marts – søndag den 14. marts',
        '',
        'Niveau 1 (direktion): ingen deltagere',
        'Niveau 2 (chefer): svarprocent 50 % (uge 9: –), gennemsnit 3,0 ► (3,1)',
        'Niveau 3 (ledere af medarbejdere): svarprocent 62 % (uge 9: 48 %), gennemsnit 3,8 ▲ (3,4)',
        '',
        'Refleksioner i ugen: 7 (uge 9: 4)',
        '',
        'Kommende sessioner (de næste 14 dage)',
        '- Fællessamling 2, torsdag den 18. marts kl. 09.00: 6 forventet, 2 afbud (Anna Andersen og Bo Berg)',
        '- Ledermodul, mandag den 22. marts kl. 09.00: 2 forventet, ingen afbud',
        '',
        'Kan ikke nås (ingen chat med botten og ikke i et team med appen): 1 – Carl Carlsen',
        'Har sat påmindelser på pause: 0',
        '',
        'Fra ugens refleksioner',
        '- »Jeg har inviteret en kollega ind.« (niveau 3)',
        '- »Vi taler samme sprog nu.« – Hanne Holm, niveau 2',
      ].join('\n'),
    );
  });

  it('When an English owner reads it, then numbers use a decimal point and "62%"', () => {
    const lines = digestAsText(digest, programme, 'en').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Weekly digest for Leadership development, week 10',
        'Monday 8 March – Sunday 14 March',
        'Level 1 (top management): no participants',
        'Level 2 (heads of area): response rate 50% (week 9: –), average 3.0 ► (3.1)',
        'Level 3 (leaders of employees): response rate 62% (week 9: 48%), average 3.8 ▲ (3.4)',
        'Reflections this week: 7 (week 9: 4)',
        '- Joint gathering 2, Thursday 18 March at 09:00: 6 expected, 2 absences (Anna Andersen and Bo Berg)',
        '- Leaders module, Monday 22 March at 09:00: 2 expected, no absences',
        'Cannot be reached (no chat with the bot, in no team with the app): 1 – Carl Carlsen',
        '- “Jeg har inviteret en kollega ind.” (level 3)',
        '- “Vi taler samme sprog nu.” – Hanne Holm, level 2',
      ]),
    );
  });

  it('When someone gave a reason for an absence, then the text names them but not the reason', () => {
    expect(digestAsText(digest, programme, 'da')).not.toContain('Lægebesøg');
  });

  it.each([
    ['up', ' ▲ '],
    ['down', ' ▼ '],
    ['flat', ' ► '],
  ] as const)('When the trend is %s, then the arrow is "%s"', (ratingTrend, arrow) => {
    const one = { ...digest, levels: [figures(3, { averageRating: 3.5, previousAverageRating: 3.5, ratingTrend })] };
    expect(digestAsText(one, programme, 'en')).toContain(`average 3.5${arrow}(3.5)`);
  });

  it('When nothing happened in the week, then every figure reads "–" and no arrow is shown', () => {
    const empty = buildDigest({
      programme,
      checkIns: [],
      prompts: [],
      absences: [],
      reachable: new Set(['head', 'anna', 'bo']),
      paused: new Set(),
      week: '2027-W10',
      scope: { kind: 'programme', level: 3 },
      privacy: { showNamesInQuotes: false, showNonResponderNames: false },
      now: new Date('2027-04-15T08:00:00+02:00'),
    });
    expect(digestAsText(empty, programme, 'da')).toBe(
      [
        'Ugens overblik for Lederudvikling, niveau 3, uge 10',
        'mandag den 8. marts – søndag den 14. marts',
        '',
        'Niveau 3 (ledere af medarbejdere): svarprocent – (uge 9: –), gennemsnit – (–)',
        '',
        'Refleksioner i ugen: 0 (uge 9: 0)',
        '',
        'Kommende sessioner (de næste 14 dage)',
        'Ingen sessioner de næste 14 dage.',
        '',
        'Kan ikke nås (ingen chat med botten og ikke i et team med appen): 0',
        'Har sat påmindelser på pause: 0',
      ].join('\n'),
    );
  });

  it('When a manager reads it, then each of their leaders has a line and empty levels are left out', () => {
    const forManager = buildDigest({
      programme,
      checkIns: [
        {
          promptKey: 'reflection:x:anna',
          participantId: 'anna',
          sessionId: 'x',
          rating: 4,
          text: '',
          mayShare: false,
          submittedAt: '2027-03-16T10:00:00+01:00',
          updatedAt: '2027-03-16T10:00:00+01:00',
        },
      ],
      prompts: [],
      absences: [{ sessionId: 'l3', participantId: 'bo', reason: 'Ferie' }],
      reachable: new Set(['anna', 'bo']),
      paused: new Set(['bo']),
      week: '2027-W11',
      scope: { kind: 'manager', managerId: 'head' },
      privacy: { showNamesInQuotes: false, showNonResponderNames: true },
      now: new Date('2027-03-17T08:00:00+01:00'),
    });
    const text = digestAsText(forManager, programme, 'da');
    expect(text).toContain('Ugens overblik over lederne med Hanne Holm som nærmeste leder, uge 11');
    expect(text).not.toContain('Niveau 1');
    expect(text).toContain('Niveau 3 (ledere af medarbejdere): svarprocent – (uge 10: –), gennemsnit 4,0 (–)');
    expect(text).toContain('Har sat påmindelser på pause: 1 – Bo Berg');
    expect(text).toContain(
      [
        'Dine ledere',
        '- Anna Andersen (niveau 3): tjekket ind, vurdering 4; kommende: Fællessamling 2 torsdag den 18. marts og Ledermodul mandag den 22. marts',
        '- Bo Berg (niveau 3): ikke tjekket ind i ugen; kommende: Fællessamling 2 torsdag den 18. marts og Ledermodul mandag den 22. marts (afbud)',
      ].join('\n'),
    );
    expect(digestAsText(forManager, programme, 'en')).toContain(
      '- Bo Berg (level 3): no check-in this week; upcoming: Joint gathering 2 Thursday 18 March and Leaders module Monday 22 March (absent)',
    );
  });
});
