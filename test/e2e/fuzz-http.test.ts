/**
 * Property-based robustness: thousands of malformed activities and card payloads thrown at the
 * real HTTP endpoint. The process never crashes, never answers 5xx for a client's mistake, and the
 * store stays valid throughout.
 */
import fc from 'fast-check';
import { storeDataSchema } from '../../src/store/store-schema';
import { fixture } from '../helpers/activities';
import { smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: new Date('2027-03-05T13:00:00Z'), config: { admins: ['aad-p1'] } });
});
afterAll(() => bot.close());

const post = async (body: string) => {
  const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await res.text();
  return res.status;
};

const anything = fc.anything({ maxDepth: 3, withNullPrototype: false });
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('hjælp', 'tjek ind', 'ugens overblik niveau 3', 'ny meddelelse', 'flyt session', '${x}', '<at>Bot</at> hvornår', '\u0000\uffff', 'x'.repeat(5000)));
const verbs = fc.constantFrom('checkIn', 'absence', 'announcementPreview', 'announcementSend', 'announcementCancel', 'sessionChange', 'unknownVerb');
const users = fc.constantFrom({ id: '29:p1', aadObjectId: 'aad-p1' }, { id: '29:p3', aadObjectId: 'aad-p3' }, { id: '29:x', aadObjectId: 'aad-nobody' }, { id: '29:y' });

/** Activities that look right at first glance, with fields replaced by arbitrary values. */
const mutatedActivity = fc
  .record({
    base: fc.constantFrom('personal-message', 'personal-bot-added', 'installation-update', 'team-bot-added'),
    type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event', 'typing', 'messageReaction'), fc.string()),
    text,
    from: fc.oneof(users, anything),
    value: fc.oneof(
      anything,
      fc.record({ action: fc.record({ type: fc.constantFrom('Action.Execute', 'Action.Submit'), verb: verbs, data: fc.dictionary(fc.string({ maxLength: 12 }), anything) }) }),
      fc.record({ question: anything }),
    ),
    name: fc.oneof(fc.constant('adaptiveCard/action'), fc.string()),
    drop: fc.subarray(['conversation', 'from', 'recipient', 'serviceUrl', 'channelId', 'channelData', 'membersAdded']),
    extra: fc.dictionary(fc.constantFrom('conversation', 'channelData', 'membersAdded', 'locale', 'entities', 'replyToId', 'action'), anything),
  })
  .map(({ base, type, text, from, value, name, drop, extra }) => {
    const activity: Record<string, unknown> = { ...fixture(base), serviceUrl: bot.connector.serviceUrl, type, text, from, value, name, ...extra };
    for (const key of drop) delete activity[key];
    return JSON.stringify(activity);
  });

const garbage = fc.oneof(
  fc.string({ maxLength: 200 }),
  anything.map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom('{', '[]', 'null', '"x"', '{"type":', '\u00ff\u00fe'),
);

it('When thousands of malformed activities arrive, then no answer is a 5xx, the bot keeps answering, and the store stays valid', async () => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(fc.oneof({ arbitrary: mutatedActivity, weight: 4 }, { arbitrary: garbage, weight: 1 }), async (body) => {
      const status = await post(body);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      return status < 500;
    }),
    { numRuns: 2500, seed: 20270305 },
  );
  // Still alive and answering a normal question afterwards (a new activity id: the fuzzed ones
  // reused the fixture's, and a repeated id is answered as a replay, without a reply).
  bot.connector.reset();
  const ok = await post(JSON.stringify({ ...fixture('personal-message'), id: 'after-fuzzing', serviceUrl: bot.connector.serviceUrl, text: 'hjælp', from: { id: '29:p3', aadObjectId: 'aad-p3' } }));
  expect(ok).toBe(200);
  expect(bot.connector.sent()).toHaveLength(1);
  expect(storeDataSchema.safeParse(await bot.store.snapshot()).success).toBe(true);
  expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
}, 120_000);
