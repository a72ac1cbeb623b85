/**
 * The connector sender against a fake Bot Connector on loopback, through the real TeamsAdapter
 * built as src/start-bot.ts builds it (no app id: anonymous, requests go to the reference's
 * serviceUrl). The fake records every HTTP attempt, which is how these tests show that one send
 * is one attempt: the retries belong to the outbox worker, not to the SDK.
 */
import { CardFactory, MessageFactory, type ConversationReference } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { createConnectorSender, type ConnectorSender } from '../../../src/delivery/connector-sender';
import { decideAfterFailure } from '../../../src/delivery/retry-policy';
import { conversationRecordFrom } from '../../../src/teams/conversation-record';
import { personalMessage } from '../../helpers/activities';
import { FakeConnector } from '../../helpers/fake-connector';

const CONVERSATION = 'a:1personal-conversation';
const TENANT = '11111111-1111-4111-8111-111111111111';

let connector: FakeConnector;
let adapter: TeamsAdapter;
let sender: ConnectorSender;
let turnErrors: unknown[];

function storedReference(): Partial<ConversationReference> {
  // The reference exactly as the store keeps it after a leader wrote to the bot.
  const activity = personalMessage({ text: 'hej', serviceUrl: connector.serviceUrl, conversationId: CONVERSATION });
  return conversationRecordFrom(activity, new Date('2027-01-11T08:00:00Z')).reference as Partial<ConversationReference>;
}

function reminderCard() {
  const activity = MessageFactory.attachment(
    CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Modul 2 starter i morgen' }] }),
  );
  activity.summary = 'Modul 2 starter i morgen';
  return activity;
}

async function startWith(options: Parameters<typeof FakeConnector.start>[0] = {}, timeoutMs?: number): Promise<void> {
  connector = await FakeConnector.start(options);
  adapter = new TeamsAdapter({ MicrosoftAppId: undefined, MicrosoftAppPassword: undefined });
  turnErrors = [];
  adapter.onTurnError = async (_context, err) => {
    turnErrors.push(err);
  };
  sender = createConnectorSender({ adapter, timeoutMs });
}

afterEach(async () => {
  await connector.close();
});

describe('Sending a proactive message', () => {
  beforeEach(() => startWith());

  it('When Teams accepts the card, then the outcome carries the new activity id and the card went out as a new message', async () => {
    const outcome = await sender.send(storedReference(), reminderCard());
    expect(outcome).toEqual({ ok: true, activityId: 'activity-1' });
    const [sent] = connector.sent(CONVERSATION);
    // POST /v3/conversations/{id}/activities, not a reply to the proactive turn's made-up id.
    expect(sent.replyToId).toBeUndefined();
    expect(sent.activity).toMatchObject({ type: 'message', summary: 'Modul 2 starter i morgen', from: { id: '28:bot-app-id' }, recipient: { id: '29:1user-teams-id' } });
    expect(connector.cards(CONVERSATION)[0].body[0].text).toBe('Modul 2 starter i morgen');
  });

  it('When Teams answers 429 with Retry-After, then the outcome carries 429 and the header, after one attempt and without waiting', async () => {
    connector.failNext(CONVERSATION, [{ status: 429, retryAfter: '3' }]);
    const started = Date.now();
    const outcome = await sender.send(storedReference(), reminderCard());
    expect(outcome).toMatchObject({ ok: false, status: 429, retryAfter: '3' });
    // The SDK on its own would have slept 3 s and tried again.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(connector.attempts(CONVERSATION)).toHaveLength(1);
    expect(connector.throttledCount).toBe(1);
  });

  it('When the leader blocked the bot, then the outcome carries 403 ConversationBlockedByUser and the policy deactivates the conversation', async () => {
    connector.failNext(CONVERSATION, [{ status: 403, code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' }]);
    const outcome = await sender.send(storedReference(), reminderCard());
    expect(outcome).toMatchObject({ ok: false, status: 403, errorCode: 'ConversationBlockedByUser' });
    expect(outcome.ok === false && outcome.message).toContain('User blocked the conversation with the bot.');
    expect(decideAfterFailure({ ...(outcome as { status: number; errorCode: string }), attempt: 1, now: 0, random: () => 0.5 })).toEqual({
      action: 'deactivate',
      reason: 'ConversationBlockedByUser',
    });
    expect(connector.attempts(CONVERSATION)).toHaveLength(1);
  });

  it('When the conversation no longer exists, then the outcome carries 404 ConversationNotFound', async () => {
    connector.failNext(CONVERSATION, [{ status: 404, code: 'ConversationNotFound' }]);
    expect(await sender.send(storedReference(), reminderCard())).toMatchObject({ ok: false, status: 404, errorCode: 'ConversationNotFound' });
  });

  it('When Teams answers 503, then the outcome carries 503 after exactly one HTTP attempt', async () => {
    connector.failNext(CONVERSATION, [{ status: 503 }, { status: 503 }, { status: 503 }]);
    const outcome = await sender.send(storedReference(), reminderCard());
    expect(outcome).toMatchObject({ ok: false, status: 503 });
    expect(connector.attempts(CONVERSATION).map((a) => a.status)).toEqual([503]);
    // The next call is a new attempt of its own and meets the next scripted failure.
    expect(await sender.send(storedReference(), reminderCard())).toMatchObject({ ok: false, status: 503 });
    expect(connector.attempts(CONVERSATION)).toHaveLength(2);
  });

  it('When the connection drops without an answer, then the outcome has no status and one attempt was made', async () => {
    connector.failNext(CONVERSATION, [{ hangUp: true }]);
    const outcome = await sender.send(storedReference(), reminderCard());
    expect(outcome.ok).toBe(false);
    expect(outcome).not.toHaveProperty('status');
    expect(outcome.ok === false && outcome.errorCode).toBe('ECONNRESET');
    expect(connector.attempts(CONVERSATION)).toHaveLength(1);
  });

  it('When the stored reference has no serviceUrl, then nothing is sent and the outcome says why', async () => {
    const { serviceUrl: _dropped, ...reference } = storedReference();
    const outcome = await sender.send(reference, reminderCard());
    expect(outcome).toMatchObject({ ok: false, errorCode: 'InvalidReference' });
    expect(decideAfterFailure({ errorCode: 'InvalidReference', attempt: 1, now: 0, random: () => 0 }).action).toBe('fail');
    expect(connector.requests).toHaveLength(0);
  });

  it('When a send fails, then the app’s turn error handler never hears of it (no error card to the leader)', async () => {
    connector.failNext(CONVERSATION, [{ status: 500 }]);
    await sender.send(storedReference(), reminderCard());
    expect(turnErrors).toEqual([]);
    expect(connector.sent()).toHaveLength(0);
  });
});

describe('A slow Bot Connector', () => {
  beforeEach(() => startWith({}, 200));

  it('When Teams does not answer within the timeout, then the outcome is a Timeout without a status', async () => {
    connector.failNext(CONVERSATION, [{ status: 201, delayMs: 2_000 }]);
    const outcome = await sender.send(storedReference(), reminderCard());
    expect(outcome).toMatchObject({ ok: false, errorCode: 'Timeout' });
    expect(outcome).not.toHaveProperty('status');
    expect(connector.attempts(CONVERSATION)).toHaveLength(1);
  });
});

describe('Updating a card that was sent', () => {
  beforeEach(() => startWith());

  it('When the card is updated, then Teams receives a PUT for that activity with the new card', async () => {
    const first = await sender.send(storedReference(), reminderCard());
    expect(first.ok).toBe(true);
    const activityId = (first as { activityId: string }).activityId;

    const changed = MessageFactory.attachment(CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Tak for dit svar' }] }));
    expect(await sender.update(storedReference(), activityId, changed)).toEqual({ ok: true, activityId });

    const [update] = connector.updates(CONVERSATION);
    expect(update).toMatchObject({ activityId, activity: { id: activityId, type: 'message' } });
    expect(update.activity.attachments[0].content.body[0].text).toBe('Tak for dit svar');
  });

  it('When the update meets a 502, then the outcome carries 502 after one attempt', async () => {
    connector.failNext(CONVERSATION, [{ status: 502 }]);
    expect(await sender.update(storedReference(), 'activity-9', reminderCard())).toMatchObject({ ok: false, status: 502 });
    expect(connector.attempts(CONVERSATION)).toEqual([expect.objectContaining({ method: 'PUT', activityId: 'activity-9', status: 502 })]);
  });
});

describe('Opening a personal chat with a leader who never wrote to the bot', () => {
  beforeEach(async () => {
    await startWith();
    // Teams lets a bot open a chat only with a user in a team where the app is installed.
    connector.addTeam('19:team@thread.tacv2', { members: [{ id: '29:new-leader', name: 'New Leader' }] });
  });

  const target = () => ({ serviceUrl: connector.serviceUrl, tenantId: TENANT, userId: '29:new-leader', botId: '28:bot-app-id' });

  it('When the chat is created, then Teams got the tenant, the member and isGroup false, and the new reference can be sent to', async () => {
    const outcome = await sender.createPersonalConversation(target());
    const chat = connector.chatOf('29:new-leader')!;
    expect(outcome).toMatchObject({ ok: true, conversationId: chat });

    const [created] = connector.created();
    expect(created.parameters).toMatchObject({
      isGroup: false,
      bot: { id: '28:bot-app-id' },
      members: [{ id: '29:new-leader' }],
      tenantId: TENANT,
      channelData: { tenant: { id: TENANT } },
    });

    const reference = (outcome as { reference: Partial<ConversationReference> }).reference;
    expect(reference).toMatchObject({ serviceUrl: connector.serviceUrl, conversation: { id: chat, tenantId: TENANT }, user: { id: '29:new-leader' } });
    expect(await sender.send(reference, reminderCard())).toMatchObject({ ok: true });
    expect(connector.sent(chat)).toHaveLength(1);
  });

  it('When creating the chat meets a 503, then the outcome carries 503 after one attempt', async () => {
    connector.failNextCreate([{ status: 503 }, { status: 503 }]);
    expect(await sender.createPersonalConversation(target())).toMatchObject({ ok: false, status: 503 });
    expect(connector.requests.filter((r) => r.path === '/v3/conversations')).toHaveLength(1);
    expect(connector.created()).toHaveLength(0);
  });

  it('When the bot is not installed for the user, then the outcome carries Teams’ 403 code', async () => {
    connector.failNextCreate([{ status: 403, code: 'BotNotInConversationRoster' }]);
    expect(await sender.createPersonalConversation(target())).toMatchObject({ ok: false, status: 403, errorCode: 'BotNotInConversationRoster' });
  });
});

describe('What the SDK does on its own, outside the sender', () => {
  beforeEach(() => startWith());

  it('When a 429 with Retry-After 0 meets the plain adapter, then the connector client retries by itself; through the sender it does not', async () => {
    // This is why the sender strips the SDK's retry policy: left alone, core-rest-pipeline's
    // defaultRetryPolicy tries up to 3 more times (after Retry-After for 429/503, with backoff
    // for other 5xx, 408 and network errors) before the caller hears of a failure.
    connector.failNext(CONVERSATION, [{ status: 429, retryAfter: '0' }]);
    await adapter.continueConversationAsync('', storedReference(), async (context) => {
      await context.sendActivity('plain adapter');
    });
    expect(connector.attempts(CONVERSATION).map((a) => a.status)).toEqual([429, 201]);

    connector.reset();
    connector.failNext(CONVERSATION, [{ status: 429, retryAfter: '0' }]);
    expect(await sender.send(storedReference(), reminderCard())).toMatchObject({ ok: false, status: 429, retryAfter: '0' });
    expect(connector.attempts(CONVERSATION).map((a) => a.status)).toEqual([429]);
  });
});

describe('The fake connector’s app-wide rate limit', () => {
  beforeEach(() => startWith({ globalLimitPerSecond: 2 }));

  it('When more requests arrive in a second than the limit, then the extra one is answered 429 with Retry-After', async () => {
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await sender.send(storedReference(), reminderCard()));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(outcomes[2]).toMatchObject({ status: 429, retryAfter: '1' });
    expect(connector.throttledCount).toBe(1);
    expect(connector.sent()).toHaveLength(2);
    expect(connector.attempts()).toHaveLength(3);
  });
});
