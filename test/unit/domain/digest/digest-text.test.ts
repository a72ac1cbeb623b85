import { buildDigest, type Digest, type FigureGroup, type WeekFigures } from '../../../../src/domain/digest/digest';
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

const NONE: WeekFigures = { responseRate: { status: 'none' }, averageRating: { status: 'none' } };
const shown = (rate: number, average: number | null, leaders = 10): WeekFigures => ({
  responseRate: { status: 'shown', value: rate, leaders },
  averageRating: average === null ? { status: 'none' } : { status: 'shown', value: average, leaders },
});

function group(levels: (1 | 2 | 3)[], values: Partial<FigureGroup>): FigureGroup {
  return { levels, participants: 10, current: NONE, previous: NONE, ratingTrend: 'none', ...values };
}

const digest: Digest = {
  week: '2027-W10',
  previousWeek: '2027-W09',
  from: '2027-03-08T00:00:00+01:00',
  to: '2027-03-15T00:00:00+01:00',
  scope: { kind: 'programme' },
  minimumGroupSize: 5,
  groups: [
    group([1, 2], { current: shown(0.5, 3), previous: { responseRate: { status: 'withheld' }, averageRating: { status: 'withheld' } } }),
    group([3], { current: shown(13 / 21, 3.8, 21), previous: shown(12 / 25, 3.4, 25), ratingTrend: 'up' }),
  ],
  groupTooSmall: false,
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
  notReachedCount: 1,
  pausedCount: 0,
  nonResponders: [],
  quotes: [
    { text: 'Jeg har inviteret\nen kollega ind.', levels: [3] },
    { text: 'Vi taler samme sprog nu.', levels: [1, 2], name: 'Hanne Holm' },
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
        'Niveau 1 og 2 (direktion og chefer): svarprocent 50 %, gennemsnit 3,0 (uge 9: vises ikke)',
        'Niveau 3 (ledere af medarbejdere): svarprocent 62 %, gennemsnit 3,8 ▲ (uge 9: 48 %, 3,4)',
        '',
        'Skrevne refleksioner i ugen: 7 (uge 9: 4)',
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
        '- »Vi taler samme sprog nu.« – Hanne Holm, niveau 1 og 2',
        '',
        'Tal vises kun, når mindst 5 ledere står bag dem; mindre niveauer er lagt sammen. Refleksioner citeres uden navn og kun med lederens samtykke.',
      ].join('\n'),
    );
  });

  it('When an English owner reads it, then numbers use a decimal point and "62%"', () => {
    const lines = digestAsText(digest, programme, 'en').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Weekly digest for Leadership development, week 10',
        'Monday 8 March – Sunday 14 March',
        'Levels 1 and 2 (top management and heads of area): response rate 50%, average 3.0 (week 9: not shown)',
        'Level 3 (leaders of employees): response rate 62%, average 3.8 ▲ (week 9: 48%, 3.4)',
        'Written reflections this week: 7 (week 9: 4)',
        '- Joint gathering 2, Thursday 18 March at 09:00: 6 expected, 2 absences (Anna Andersen and Bo Berg)',
        '- Leaders module, Monday 22 March at 09:00: 2 expected, no absences',
        'Cannot be reached (no chat with the bot, in no team with the app): 1 – Carl Carlsen',
        '- “Jeg har inviteret en kollega ind.” (level 3)',
        '- “Vi taler samme sprog nu.” – Hanne Holm, levels 1 and 2',
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
    const one = { ...digest, groups: [group([3], { current: shown(0.5, 3.5), previous: shown(0.5, 3.5), ratingTrend })] };
    expect(digestAsText(one, programme, 'en')).toContain(`average 3.5${arrow}(week 9: 50%, 3.5)`);
  });

  it('When no prompt went out in either week, then the digest says so instead of showing empty figures', () => {
    const empty = buildDigest({
      programme,
      checkIns: [],
      prompts: [],
      absences: [],
      reachable: new Set(['head', 'anna', 'bo']),
      paused: new Set(),
      week: '2027-W10',
      scope: { kind: 'programme', level: 3 },
      privacy: { minimumGroupSize: 5, showNamesInQuotes: false, showNonResponderNames: false },
      now: new Date('2027-04-15T08:00:00+02:00'),
    });
    expect(digestAsText(empty, programme, 'da')).toBe(
      [
        'Ugens overblik for Lederudvikling, niveau 3, uge 10',
        'mandag den 8. marts – søndag den 14. marts',
        '',
        'Niveau 3 (ledere af medarbejdere): ingen refleksioner sendt ud i uge 10 eller 9',
        '',
        'Kommende sessioner (de næste 14 dage)',
        'Ingen sessioner de næste 14 dage.',
        '',
        'Kan ikke nås (ingen chat med botten og ikke i et team med appen): 0',
        'Har sat påmindelser på pause: 0',
        '',
        'Tal vises kun, når mindst 5 ledere står bag dem; mindre niveauer er lagt sammen. Refleksioner citeres uden navn og kun med lederens samtykke.',
      ].join('\n'),
    );
  });

  it('When the current week had no prompts but the week before had, then it says none went out this week, with last week beside it', () => {
    const one = { ...digest, groups: [group([3], { current: NONE, previous: shown(0.4, 3.2) })] };
    expect(digestAsText(one, programme, 'da')).toContain('Niveau 3 (ledere af medarbejdere): ingen refleksioner sendt ud (uge 9: 40 %, 3,2)');
    const withheld = { ...digest, groups: [group([1, 2, 3], { current: { responseRate: { status: 'withheld' }, averageRating: { status: 'withheld' } }, previous: NONE })] };
    expect(digestAsText(withheld, programme, 'en')).toContain('All levels: not shown: fewer than 5 leaders behind it (week 9: none sent)');
    const fewAnswers = { ...digest, groups: [group([3], { current: { responseRate: { status: 'shown', value: 0.3, leaders: 10 }, averageRating: { status: 'withheld' } } })] };
    expect(digestAsText(fewAnswers, programme, 'da')).toContain('svarprocent 30 %, gennemsnit vises ikke: under 5 svar (uge 9: ingen udsendt)');
  });

  it('When a manager with fewer leaders than the minimum reads it, then it explains why there are no figures and names only shared ratings', () => {
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
          shareRatingWithManager: true,
          submittedAt: '2027-03-16T10:00:00+01:00',
          updatedAt: '2027-03-16T10:00:00+01:00',
        },
        {
          promptKey: 'reflection:x:bo',
          participantId: 'bo',
          sessionId: 'x',
          rating: 2,
          text: 'Svært',
          mayShare: true,
          submittedAt: '2027-03-16T10:00:00+01:00',
          updatedAt: '2027-03-16T10:00:00+01:00',
        },
      ],
      prompts: [],
      absences: [{ sessionId: 'l3', participantId: 'bo', reason: 'Ferie' }],
      reachable: new Set(['anna']),
      paused: new Set(['bo']),
      week: '2027-W11',
      scope: { kind: 'manager', managerId: 'head' },
      privacy: { minimumGroupSize: 5, showNamesInQuotes: false, showNonResponderNames: true },
      now: new Date('2027-03-22T08:00:00+01:00'),
    });
    const text = digestAsText(forManager, programme, 'da');
    expect(text).toContain('Ugens overblik over dine ledere, uge 11');
    expect(text).toContain('Du har 2 ledere i forløbet. Ugens overblik viser kun tal for grupper på mindst 5 ledere');
    expect(text).not.toMatch(/Niveau|svarprocent|gennemsnit|pause|Kan ikke nås|Svært|tjekket ind/);
    expect(text).toContain(
      [
        'Dine ledere',
        '- Anna Andersen (niveau 3): har delt sin vurdering med dig: 4; kommende: Ledermodul mandag den 22. marts',
        '- Bo Berg (niveau 3): kommende: Ledermodul mandag den 22. marts (afbud)',
      ].join('\n'),
    );
    expect(digestAsText(forManager, programme, 'en')).toContain('- Anna Andersen (level 3): has shared their rating with you: 4; upcoming: Leaders module Monday 22 March');
  });
});
