/**
 * Card actions and "my data" downloads are limited per user like messages, and refusals are
 * audited without letting one user flood the audit log: the first refusal of a kind is written at
 * once, repeats are counted and written as one summary entry.
 */
import { smallProgramme } from '../helpers/programmes';
import { ANDERS, SOFIE, cardAction, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-03-05T13:00:00Z');
let bot: TestBot;
afterEach(() => bot.close());

describe('When a user acts faster than the limit', () => {
  beforeEach(async () => {
    bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { security: { messagesPerMinutePerUser: 5 } } });
  });

  it('When Sofie presses card buttons 12 times in a minute, then 5 are processed, one "slow down" card comes back and the rest get 429', async () => {
    const statuses: number[] = [];
    const texts: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { status, body } = await bot.invoke(cardAction(bot, 'eraseCheckIns', { forParticipant: 'p3', confirm: 'false' }, SOFIE));
      statuses.push(status);
      texts.push(JSON.stringify(body?.value ?? body));
    }
    expect(statuses).toEqual([...Array(6).fill(200), ...Array(6).fill(429)]);
    expect(texts.filter((t) => t.includes('Intet er slettet'))).toHaveLength(5);
    expect(texts[5]).toContain('hurtigere, end jeg kan følge med');
  });

  it('When a my-data link is opened more often than the limit, then the extra downloads get 429, and only the served ones are audited', async () => {
    const { card } = await say(bot, 'mine data', SOFIE);
    const path = new URL(card.actions.find((a: any) => a.type === 'Action.OpenUrl').url).pathname;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fetch(`${bot.url}${path}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect((await bot.store.listAudit()).filter((a) => a.action === 'myData.downloaded')).toHaveLength(5);
  });
});

describe('When actions are refused', () => {
  beforeEach(async () => {
    bot = await startTestBot({ programme: smallProgramme(), now: NOW });
  });

  it('When Anders presses a card made for Sofie 300 times, then the audit log gets the first refusal and one entry counting the other 299', async () => {
    for (let i = 0; i < 300; i++) await press(bot, 'eraseCheckIns', { forParticipant: 'p3', confirm: 'true' }, ANDERS);
    const refused = () => bot.store.listAudit({ limit: 1000 }).then((all) => all.filter((a) => a.action === 'selfService.refused'));
    expect(await refused()).toEqual([expect.objectContaining({ actor: 'aad-p2', details: expect.objectContaining({ attempted: 'eraseCheckIns', cardFor: 'p3' }) })]);
    await bot.close();
    const after = await refused();
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({ actor: 'aad-p2', details: { attempted: 'eraseCheckIns', repeated: 299 } });
  });

  it('When Anders presses "I can\'t come" on a reminder sent to Sofie, then the refusal is audited like every other refusal', async () => {
    await bot.store.enqueueDeliveries([{ key: 'reminder:s4:p3:P7D', kind: 'reminder', participantId: 'p3', sessionId: 's4', offset: 'P7D', dueAt: NOW.toISOString(), expiresAt: '2027-03-08T08:00:00.000Z' }], NOW);
    const { text } = await press(bot, 'absence', { deliveryKey: 'reminder:s4:p3:P7D', reason: '' }, ANDERS);
    expect(text).toContain('Dette kort blev sendt til en anden leder');
    expect(await bot.store.listAbsences()).toEqual([]);
    expect((await bot.store.listAudit()).filter((a) => a.action === 'absence.refused')).toEqual([
      expect.objectContaining({ actor: 'aad-p2', details: expect.objectContaining({ deliveryKey: 'reminder:s4:p3:P7D', byParticipant: 'p2' }) }),
    ]);
  });
});
