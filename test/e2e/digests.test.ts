/**
 * Weekly digests: on Monday 08:00 the dispatcher sends one digest per programme owner and per
 * manager, with the past week's numbers, through the same outbox; a second run sends nothing.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';
import { adaptiveCardProblems } from '../helpers/validate-card';

// Monday 8 March 2027, 08:00 in Copenhagen: the digest for week 9 (1–7 March) is due.
const MONDAY = new Date('2027-03-08T07:00:00Z');
const PROMPT_SENT = new Date('2027-03-05T13:00:05Z'); // Friday of week 9, 14:00 local
let bot: TestBot;


async function seedWeek9() {
  const prompts = [
    { key: 'reflection:s3a:p3', kind: 'reflection' as const, participantId: 'p3', sessionId: 's3a', dueAt: PROMPT_SENT.toISOString(), expiresAt: '2027-03-12T13:00:00.000Z' },
    { key: 'reflection:s3a:p4', kind: 'reflection' as const, participantId: 'p4', sessionId: 's3a', dueAt: PROMPT_SENT.toISOString(), expiresAt: '2027-03-12T13:00:00.000Z' },
  ];
  await bot.store.enqueueDeliveries(prompts, PROMPT_SENT);
  for (const p of prompts) await bot.store.recordDeliveryOutcome(p.key, { status: 'sent', activityId: 'x', sentTo: `a:conv-${p.participantId}` }, PROMPT_SENT);
  await bot.store.saveCheckIn({
    promptKey: 'reflection:s3a:p3',
    participantId: 'p3',
    sessionId: 's3a',
    rating: 4,
    text: 'Trioerne virker [se her](https://evil.example)',
    mayShare: true,
    submittedAt: '2027-03-05T15:00:00.000Z',
    updatedAt: '2027-03-05T15:00:00.000Z',
  });
}

beforeEach(async () => {
  bot = await startTestBot({
    programme: smallProgramme(),
    now: MONDAY,
    config: { owners: ['mette.holm@kommune.example', 'hr.chef@kommune.example'] },
  });
  await installFor(bot, 'p1');
  await installFor(bot, 'p2');
  await seedWeek9();
  bot.connector.reset();
});
afterEach(() => bot.close());

it('When Monday 08:00 comes, then each owner and manager with a chat gets exactly one digest, and a second run sends nothing', async () => {
  const report = await bot.dispatcher.tick();
  const digests = await bot.store.listDeliveries({ kinds: ['digest'] });
  expect(digests.map((d) => d.key).sort()).toEqual([
    'digest:2027-W09:manager:p1',
    'digest:2027-W09:manager:p2',
    'digest:2027-W09:owner:hr.chef@kommune.example',
    'digest:2027-W09:owner:p1',
  ]);
  expect(digests.find((d) => d.key.includes('hr.chef'))).toMatchObject({ status: 'skipped', reason: 'no-conversation' });
  expect(bot.connector.cards('a:conv-p1')).toHaveLength(2); // Mette: owner and manager of Anders
  expect(bot.connector.cards('a:conv-p2')).toHaveLength(1); // Anders: manager of Sofie and Jonas
  expect(report.sent).toBe(3);

  bot.connector.reset();
  const again = await bot.dispatcher.tick();
  expect(again.added).toBe(0);
  expect(bot.connector.cards()).toHaveLength(0);
});

it('When the owner reads the programme digest, then the week-9 numbers are right, the quote is anonymous and inert, and the card is valid', async () => {
  await bot.dispatcher.tick();
  const owner = bot.connector.cards('a:conv-p1').find((c) => cardText(c).includes('Ugens overblik for'))!;
  const text = cardText(owner);
  expect(text).toContain('uge 9');
  // Level 3: two prompts sent in week 9, one answered, rating 4.
  expect(text).toContain('Niveau 3 (ledere af medarbejdere)\nsvarprocent 50 %');
  expect(text).toMatch(/gennemsnit 4,0/);
  expect(text).toContain('Trioerne virker \\[se her\\]\\(https://evil.example\\)');
  const quote = text.split('\n').find((l) => l.includes('Trioerne virker'))!;
  expect(quote).not.toContain('Sofie'); // quotes carry no names by default
  expect(quote).toContain('niveau 3');
  expect(text).toContain('Jonas Østergaard'); // owners see who has not answered
  const chart = (owner.body as any[]).find((e) => e.type === 'Chart.VerticalBar');
  expect(chart.data).toEqual(expect.arrayContaining([{ x: 'Niveau 3', y: 50 }]));
  // Clients without charts drop them; the same figures are listed as text in the FactSet below.
  expect(chart.fallback).toBe('drop');
  expect((owner.body as any[]).some((e) => e.type === 'FactSet' && JSON.stringify(e).includes('svarprocent 50 %'))).toBe(true);
  const problems = adaptiveCardProblems(owner).filter((p) => !/Unknown element type "Chart\./.test(p));
  expect(problems).toEqual([]);
  expect(JSON.stringify(owner).length).toBeLessThan(28 * 1024);
});

it('When a manager reads their digest, then it is about their own people only, without non-responder lists', async () => {
  await bot.dispatcher.tick();
  const text = cardText(bot.connector.cards('a:conv-p2')[0]);
  expect(text).toContain('Anders Kjær');
  // The people list is a FactSet: name, then status.
  expect(text).toContain('Sofie Nørgaard (niveau 3)\ntjekket ind, vurdering 4');
  expect(text).toMatch(/Jonas Østergaard \(niveau 3\)\nikke tjekket ind i ugen/);
  expect(text).not.toContain('Har ikke svaret på ugens refleksion');
  expect(text).not.toContain('Mette Holm');
});

describe('When someone asks for the digest in chat', () => {
  const ask = async (participantId: string, aadObjectId: string, text: string) => {
    bot.connector.reset();
    const conversationId = `a:conv-${participantId}`;
    await bot.post(personalMessage({ text, user: { id: `29:${participantId}`, name: participantId, aadObjectId }, serviceUrl: bot.connector.serviceUrl, conversationId }));
    return cardText(bot.connector.cards(conversationId)[0]);
  };

  it('When an owner writes "ugens overblik", then she gets the programme digest for the week so far', async () => {
    const text = await ask('p1', 'aad-p1', 'ugens overblik');
    expect(text).toContain('Ugens overblik for Fælles ledelse (test), uge 10');
  });

  it('When an owner writes "digest level 3", then she gets level 3 only', async () => {
    const text = await ask('p1', 'aad-p1', 'digest level 3');
    expect(text).toContain('niveau 3, uge 10');
    expect(text).not.toContain('Niveau 1 (direktion)');
  });

  it('When an owner asks for an earlier week, then she gets that week\'s numbers', async () => {
    const text = await ask('p1', 'aad-p1', 'ugens overblik uge 9');
    expect(text).toContain('uge 9');
    expect(text).toMatch(/svarprocent 50 %/);
  });

  it('When a manager who is not an owner asks, then he gets the digest about his own people', async () => {
    const text = await ask('p2', 'aad-p2', 'digest');
    expect(text).toContain('Ugens overblik over lederne med Anders Kjær som nærmeste leder');
  });

  it('When a leader without reports asks, then she is told who digests are for', async () => {
    const text = await ask('p3', 'aad-p3', 'ugens overblik');
    expect(text).toContain('Ugens overblik er for ledere med medarbejdere');
  });
});
