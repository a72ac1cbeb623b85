/**
 * Weekly digests: on Monday 08:00 the dispatcher sends one digest per programme owner and per
 * manager, with the past week's numbers, through the same outbox; a second run sends nothing.
 * What a manager sees is decided by the small-group rule: no figure about fewer than five leaders,
 * and names only next to ratings a leader chose to share.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';
import { adaptiveCardProblems } from '../helpers/validate-card';
import { programmeSchema, type Programme } from '../../src/domain/programme/model';
import type { CheckIn } from '../../src/store/store-schema';
import type { ConfigInput } from '../../src/config/config-schema';

// Monday 8 March 2027, 08:00 in Copenhagen: the digest for week 9 (1–7 March) is due.
const MONDAY = new Date('2027-03-08T07:00:00Z');
const PROMPT_SENT = new Date('2027-03-05T13:00:05Z'); // Friday of week 9, 14:00 local
const ANSWERED = '2027-03-05T15:00:00.000Z';
let bot: TestBot;

/**
 * The small test programme plus Lone Lind (level 2), who manages six leaders: Anders Kjær manages
 * two (Sofie and Jonas), fewer than the minimum group size of five; Lone has enough.
 */
function programmeWithTwoManagers(): Programme {
  const small = smallProgramme();
  const lones = Array.from({ length: 6 }, (_, i) => ({
    id: `l${i + 1}`,
    name: `Leder ${i + 1}`,
    email: `leder${i + 1}@kommune.example`,
    aadObjectId: `aad-l${i + 1}`,
    level: 3 as const,
    area: 'Teknik og Miljø',
    group: 'g1',
    managerId: 'p6',
  }));
  return programmeSchema.parse({
    ...small,
    participants: [
      ...small.participants.map((p) => (p.id === 'p4' ? { ...p, aadObjectId: 'aad-p4' } : p)),
      { id: 'p6', name: 'Lone Lind', email: 'lone.lind@kommune.example', aadObjectId: 'aad-p6', level: 2, area: 'Teknik og Miljø', group: 'g1', managerId: 'p1' },
      ...lones,
    ],
  });
}

function checkIn(participantId: string, rating: number, extra: Partial<CheckIn> = {}): CheckIn {
  return { promptKey: `reflection:s3a:${participantId}`, participantId, sessionId: 's3a', rating, text: '', mayShare: false, submittedAt: ANSWERED, updatedAt: ANSWERED, ...extra };
}

/** Week 9: prompts to Sofie, Jonas and Lone's six leaders; Sofie shares her rating with Anders, Jonas does not. */
async function seedWeek9() {
  const leaders = ['p3', 'p4', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
  const prompts = leaders.map((id) => ({
    key: `reflection:s3a:${id}`,
    kind: 'reflection' as const,
    participantId: id,
    sessionId: 's3a',
    dueAt: PROMPT_SENT.toISOString(),
    expiresAt: '2027-03-12T13:00:00.000Z',
  }));
  await bot.store.enqueueDeliveries(prompts, PROMPT_SENT);
  for (const p of prompts) await bot.store.recordDeliveryOutcome(p.key, { status: 'sent', activityId: 'x', sentTo: `a:conv-${p.participantId}` }, PROMPT_SENT);
  await bot.store.saveCheckIn(checkIn('p3', 4, { text: 'Trioerne virker [se her](https://evil.example)', mayShare: true, shareRatingWithManager: true }));
  await bot.store.saveCheckIn(checkIn('p4', 2, { text: 'Jonas skriver om sin afdeling', mayShare: true }));
  for (const [i, id] of ['l1', 'l2', 'l3', 'l4', 'l5'].entries()) await bot.store.saveCheckIn(checkIn(id, 1 + i, { text: i === 0 ? 'Vi taler samme sprog nu' : '' , mayShare: i === 0 }));
  await bot.store.setRemindersPaused('p4', true, PROMPT_SENT);
}

async function start(config: Partial<ConfigInput> = {}) {
  bot = await startTestBot({
    programme: programmeWithTwoManagers(),
    now: MONDAY,
    config: { owners: ['mette.holm@kommune.example', 'hr.chef@kommune.example'], ...config },
  });
  for (const id of ['p1', 'p2', 'p6']) await installFor(bot, id);
  await seedWeek9();
  bot.connector.reset();
}
afterEach(() => bot.close());

describe('On Monday morning', () => {
  beforeEach(() => start());

  it('When Monday 08:00 comes, then each owner and manager with a chat gets exactly one digest, and a second run sends nothing', async () => {
    const report = await bot.dispatcher.tick();
    const digests = await bot.store.listDeliveries({ kinds: ['digest'] });
    expect(digests.map((d) => d.key).sort()).toEqual([
      'digest:2027-W09:manager:p1',
      'digest:2027-W09:manager:p2',
      'digest:2027-W09:manager:p6',
      'digest:2027-W09:owner:hr.chef@kommune.example',
      'digest:2027-W09:owner:p1',
    ]);
    expect(digests.find((d) => d.key.includes('hr.chef'))).toMatchObject({ status: 'skipped', reason: 'no-conversation' });
    expect(bot.connector.cards('a:conv-p1')).toHaveLength(2); // Mette: owner and manager of Anders and Lone
    expect(bot.connector.cards('a:conv-p2')).toHaveLength(1); // Anders: manager of Sofie and Jonas
    expect(report.sent).toBe(4);

    bot.connector.reset();
    const again = await bot.dispatcher.tick();
    expect(again.added).toBe(0);
    expect(bot.connector.cards()).toHaveLength(0);
  });

  it('When the owner reads the programme digest, then the week-9 numbers are right, nobody is named for not answering, the quote is anonymous and inert, and the card is valid', async () => {
    await bot.dispatcher.tick();
    const owner = bot.connector.cards('a:conv-p1').find((c) => cardText(c).includes('Ugens overblik for'))!;
    const text = cardText(owner);
    expect(text).toContain('uge 9');
    // Level 3: eight prompts sent in week 9, seven answered; ratings 4, 2, 1, 2, 3, 4, 5.
    expect(text).toContain('Niveau 3 (ledere af medarbejdere)\nsvarprocent 88 %, gennemsnit 3,0 (uge 8: ingen udsendt)');
    expect(text).toContain('Trioerne virker \\[se her\\]\\(https://evil.example\\)');
    const quote = text.split('\n').find((l) => l.includes('Trioerne virker'))!;
    expect(quote).not.toContain('Sofie'); // quotes carry no names by default
    expect(quote).toContain('(niveau 3)');
    expect(text).not.toContain('Har ikke svaret'); // non-responders are not named unless the programme switches it on
    // Pausing is the leader's own choice: a number, never a name.
    expect(text).toMatch(/^Har sat påmindelser på pause: 1$/m);
    expect(text).toContain('Tal vises kun, når mindst 5 ledere står bag dem');
    const problems = adaptiveCardProblems(owner).filter((p) => !/Unknown element type "Chart\./.test(p));
    expect(problems).toEqual([]);
    expect(JSON.stringify(owner).length).toBeLessThan(28 * 1024);
  });

  it('When a manager of fewer leaders than the minimum reads the digest, then it holds no figure about them: only the rating Sofie chose to share', async () => {
    await bot.dispatcher.tick();
    const [card] = bot.connector.cards('a:conv-p2');
    const text = cardText(card);
    expect(text).toContain('Ugens overblik over dine ledere, uge 9');
    expect(text).toContain('Du har 2 ledere i forløbet. Ugens overblik viser kun tal for grupper på mindst 5 ledere');
    // Sofie ticked "Anders Kjær (din leder) må se min vurdering med mit navn"; Jonas did not.
    expect(text).toContain('Sofie Nørgaard (niveau 3)\nhar delt sin vurdering med dig: 4');
    const jonas = (card.body as any[]).flatMap((e) => e.items ?? []).flatMap((e: any) => e.facts ?? []).find((f: any) => f.title.startsWith('Jonas'));
    expect(jonas.value).toBe('kommende: Ledelse tæt på medarbejderne torsdag den 11. marts');
    // No rate, no average, no count, no quote, no check-in status, no pause: nothing about the two as a group either.
    expect(JSON.stringify(card)).not.toMatch(/%|gennemsnit|svarprocent|tjekket ind|pause|Kan ikke nås|refleksioner|Jonas skriver|Trioerne|Chart\./i);
  });

  it('When a manager of enough leaders reads the digest, then they see their group\'s figures and no leader by name who did not share', async () => {
    await bot.dispatcher.tick();
    const text = cardText(bot.connector.cards('a:conv-p6')[0]);
    expect(text).toContain('Dine 6 ledere\nsvarprocent 83 %, gennemsnit 3,0 (uge 8: ingen udsendt)');
    expect(text).not.toContain('delt sin vurdering');
    expect(text).toContain('»Vi taler samme sprog nu«');
    expect(text).not.toContain('(niveau 3)«');
  });

  it('When only one level has a figure and only one week has ratings, then the owner\'s digest draws no lone bar or dot: the figures are text', async () => {
    await bot.dispatcher.tick();
    const owner = bot.connector.cards('a:conv-p1').find((c) => cardText(c).includes('Ugens overblik for'))!;
    // Levels 1 and 2 got no prompt in week 9 and nobody got one in week 8: one bar, one point.
    expect(JSON.stringify(owner)).not.toMatch(/"type":"Chart\./);
    expect(cardText(owner)).toContain('svarprocent 88 %, gennemsnit 3,0 (uge 8: ingen udsendt)');
  });
});

describe('When someone asks for the digest in chat', () => {
  beforeEach(() => start());

  const ask = async (participantId: string, aadObjectId: string, text: string) => {
    bot.connector.reset();
    const conversationId = `a:conv-${participantId}`;
    await bot.post(personalMessage({ text, user: { id: `29:${participantId}`, name: participantId, aadObjectId }, serviceUrl: bot.connector.serviceUrl, conversationId }));
    return cardText(bot.connector.cards(conversationId)[0]);
  };

  it('When an owner writes "ugens overblik" on Monday morning, then she gets the week just ended, not the one just begun', async () => {
    const text = await ask('p1', 'aad-p1', 'ugens overblik');
    expect(text).toContain('Ugens overblik for Fælles ledelse (test), uge 9');
    expect(text).toContain('svarprocent 88 %');
  });

  it('When an owner asks for the week still running, then she is told it is not over and gets the last whole week', async () => {
    const text = await ask('p1', 'aad-p1', 'ugens overblik uge 10');
    expect(text).toContain('Uge 10 er ikke slut endnu. Ugens overblik viser kun hele uger, så her er uge 9.');
    expect(text).toContain('uge 9');
  });

  it('When an owner writes "digest level 3", then she gets level 3 only', async () => {
    const text = await ask('p1', 'aad-p1', 'digest level 3');
    expect(text).toContain('niveau 3, uge 9');
    expect(text).not.toContain('Niveau 1 (direktion)');
  });

  it('When an owner asks for an earlier week, then she gets that week\'s numbers', async () => {
    const text = await ask('p1', 'aad-p1', 'ugens overblik uge 8');
    expect(text).toContain('uge 8');
    expect(text).toContain('ingen refleksioner sendt ud i uge 8 eller 7');
  });

  it('When a manager who is not an owner asks, then he gets the digest about his own people', async () => {
    const text = await ask('p2', 'aad-p2', 'digest');
    expect(text).toContain('Ugens overblik over dine ledere, uge 9');
    expect(text).toContain('har delt sin vurdering med dig: 4');
  });

  it('When a leader without reports asks, then she is told who digests are for', async () => {
    const text = await ask('p3', 'aad-p3', 'ugens overblik');
    expect(text).toContain('Ugens overblik er for ledere med medarbejdere');
  });
});

describe('When a manager\'s leaders answered two weeks running', () => {
  beforeEach(async () => {
    await start();
    // Week 8: Lone's six leaders got a prompt on Friday 26 February and all answered (ratings 2, 3, 4, 2, 3, 4).
    const sent = new Date('2027-02-26T13:00:05Z');
    const six = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
    const prompts = six.map((id) => ({ key: `reflection:s2:${id}`, kind: 'reflection' as const, participantId: id, sessionId: 's2', dueAt: sent.toISOString(), expiresAt: '2027-03-05T13:00:00.000Z' }));
    await bot.store.enqueueDeliveries(prompts, sent);
    for (const p of prompts) await bot.store.recordDeliveryOutcome(p.key, { status: 'sent', activityId: 'x', sentTo: `a:conv-${p.participantId}` }, sent);
    const at = '2027-02-26T15:00:00.000Z';
    for (const [i, id] of six.entries()) await bot.store.saveCheckIn({ ...checkIn(id, 2 + (i % 3)), promptKey: `reflection:s2:${id}`, sessionId: 's2', submittedAt: at, updatedAt: at });
  });

  it('When Lone reads week 9, then her leaders\' average is a line over both weeks on a 1–5 axis, and their one response rate is text, not a lone bar', async () => {
    await bot.dispatcher.tick();
    const [card] = bot.connector.cards('a:conv-p6');
    const line = (card.body as any[]).find((e) => e.type === 'Chart.Line');
    expect([line.yMin, line.yMax]).toEqual([1, 5]);
    // Week 8: (2+3+4+2+3+4)/6 = 3.0; week 9: (1+2+3+4+5)/5 = 3.0.
    expect(line.data.map((series: any) => series.values.map((v: any) => [v.x, v.y]))).toEqual([[['Uge 8', 3], ['Uge 9', 3]]]);
    expect(JSON.stringify(card)).not.toContain('Chart.VerticalBar');
    expect(cardText(card)).toContain('Dine 6 ledere\nsvarprocent 83 %, gennemsnit 3,0 ► (uge 8: 100 %, 3,0)');
  });
});

describe('When the programme raises the minimum group size', () => {
  beforeEach(() => start({ digest: { minimumGroupSize: 7 } }));

  it('When a manager of six leaders reads the digest, then it holds no figure about them, because six is below the minimum of seven', async () => {
    await bot.dispatcher.tick();
    const [card] = bot.connector.cards('a:conv-p6');
    const text = cardText(card);
    expect(text).toContain('Du har 6 ledere i forløbet. Ugens overblik viser kun tal for grupper på mindst 7 ledere');
    expect(JSON.stringify(card)).not.toMatch(/%|gennemsnit|svarprocent|refleksioner|Vi taler samme sprog|Chart\./i);
  });
});

describe('When the programme names non-responders to owners', () => {
  beforeEach(() => start({ digest: { showNonResponderNamesToOwners: true } }));

  it('When the owner reads the digest, then those who got a prompt in the week and did not answer are named, and managers still get no names', async () => {
    await bot.dispatcher.tick();
    const owner = cardText(bot.connector.cards('a:conv-p1').find((c) => cardText(c).includes('Ugens overblik for'))!);
    expect(owner).toContain('Har ikke svaret på ugens refleksion endnu: 1 – Leder 6');
    expect(cardText(bot.connector.cards('a:conv-p6')[0])).not.toContain('Har ikke svaret');
  });
});
