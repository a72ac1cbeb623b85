/** The HTTP edge: health checks and bad requests get clear answers and never take the bot down. */
import { personalMessage } from '../helpers/activities';
import { smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: new Date('2027-01-11T08:00:00Z') });
});
afterAll(() => bot.close());

const post = (body: string) =>
  fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

it('When the platform calls /healthz, then it answers 200 ok', async () => {
  const res = await fetch(`${bot.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

it('When the body is not JSON, then the answer is 400 without a stack trace', async () => {
  const res = await post('{"type": "message", ');
  expect(res.status).toBe(400);
  expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
});

it('When an activity has no type, then it is rejected with 400 and nothing is sent', async () => {
  bot.connector.reset();
  const res = await post(JSON.stringify({ text: 'hi' }));
  expect(res.status).toBe(400);
  expect(await res.json()).toMatchObject({ error: { code: 'INVALID_ACTIVITY', message: expect.stringContaining('type') } });
  expect(bot.connector.sent()).toHaveLength(0);
});

it('When the body is larger than the limit, then it is refused and the bot keeps answering', async () => {
  const res = await post(JSON.stringify({ type: 'message', text: 'x'.repeat(400 * 1024) }));
  expect(res.status).toBe(413);
  bot.connector.reset();
  const ok = await bot.post(
    personalMessage({ text: 'help', user: { id: '29:p1', name: 'Mette', aadObjectId: 'aad-p1' }, serviceUrl: bot.connector.serviceUrl }),
  );
  expect(ok).toBe(200);
  expect(bot.connector.sent()).toHaveLength(1);
});

it('When an unknown activity type arrives, then it is ignored safely', async () => {
  bot.connector.reset();
  const activity = { ...personalMessage({ text: '', serviceUrl: bot.connector.serviceUrl }), type: 'somethingNew' };
  expect(await bot.post(activity)).toBe(200);
  expect(bot.connector.sent()).toHaveLength(0);
});
