/**
 * A leader's own data: "mine data" hands out a short-lived signed link to a JSON file with
 * everything the bot stores about them; "slet mine refleksioner" erases their check-in texts after
 * confirmation (ratings stay); and the retention rule erases every text some time after the
 * programme. The link's route is served here by a small test-only server with the same link key,
 * the way start-bot.ts serves it.
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { createCalendarLinks } from '../../src/links/calendar-links';
import { signMyDataToken } from '../../src/links/my-data-token';
import { configSchema } from '../../src/config/config-schema';
import { purgeExpiredCheckInTexts } from '../../src/features/purge-check-in-texts';
import { registerMyDataRoute } from '../../src/http/my-data-route';
import { smallProgramme } from '../helpers/programmes';
import { ANDERS, METTE, SOFIE, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-03-05T13:00:00Z'); // Friday 5 March 2027, the day after Sofie's module 3
const LINK_KEY = 'test-link-key-0123456789abcdef';
let bot: TestBot;

/** Serves GET /my-data/... with the bot's store and link key, at a clock `offsetMs` ahead of the bot's. */
async function myDataServer(offsetMs = 0): Promise<{ url: string; close: () => void }> {
  const server = restify.createServer();
  registerMyDataRoute(server, { store: bot.store, links: createCalendarLinks({ linkKey: LINK_KEY, port: 0 }), now: () => new Date(bot.clock().getTime() + offsetMs), downloadsPerMinute: 1000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function fetchData(link: string, offsetMs = 0): Promise<Response> {
  const server = await myDataServer(offsetMs);
  try {
    return await fetch(`${server.url}${new URL(link).pathname}`);
  } finally {
    server.close();
  }
}

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { linkKey: LINK_KEY } });
  const at = NOW.toISOString();
  for (const [participantId, sessionId, text, rating] of [['p3', 's1', 'Trioerne virker', 4], ['p3', 's3a', 'Jeg har brugt spørgsmålene', 5], ['p1', 's1', 'Mettes tekst', 3]] as const) {
    await bot.store.saveCheckIn({ promptKey: `reflection:${sessionId}:${participantId}`, participantId, sessionId, rating, text, mayShare: true, submittedAt: at, updatedAt: at });
  }
});
afterEach(() => bot.close());

describe('When a leader asks for their data', () => {
  it('When Sofie writes "mine data", then the link gives a JSON file with her profile, check-ins and absences, and nothing of others', async () => {
    await say(bot, 'jeg kan ikke komme den 8., fordi jeg er på kursus', SOFIE);
    const { card, text } = await say(bot, 'mine data', SOFIE);
    expect(text).toContain('Dine data');
    expect(text).toContain('Det virker i 15 minutter');
    const link = card.actions.find((a: any) => a.type === 'Action.OpenUrl').url;
    expect(link).toMatch(/\/my-data\/[^/]+\.json$/);

    const res = await fetchData(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data: any = await res.json();
    expect(data.profile).toMatchObject({ id: 'p3', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' });
    expect(data.checkIns.map((c: any) => c.text)).toEqual(['Trioerne virker', 'Jeg har brugt spørgsmålene']);
    expect(data.absences).toEqual([expect.objectContaining({ sessionId: 's4', reason: 'jeg er på kursus' })]);
    expect(data.conversations).toEqual([expect.objectContaining({ id: 'a:conv-p3', scope: 'personal', active: true })]);
    expect(JSON.stringify(data)).not.toContain('Mettes tekst');
    expect((await bot.store.listAudit()).map((a) => a.action)).toContain('myData.downloaded');
  });

  it('When the link is older than 15 minutes or its signature was changed, then it gives 404', async () => {
    const { card } = await say(bot, 'my data', METTE, 'en-US');
    const link: string = card.actions[0].url;
    expect((await fetchData(link, 16 * 60_000)).status).toBe(404);
    expect((await fetchData(link.replace(/\.[^./]+\.json$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.json'))).status).toBe(404);
    expect((await fetchData(link, 14 * 60_000)).status).toBe(200);
  });
});

describe('When a my-data link is forged or abused', () => {
  it('When a token is properly signed but promises a longer life than a link ever gets, then it gives 404', async () => {
    const inAYear = new Date(bot.clock().getTime() + 365 * 24 * 3600_000);
    const token = signMyDataToken('p3', inAYear, LINK_KEY);
    expect((await fetch(`${bot.url}/my-data/${token}.json`)).status).toBe(404);
    const fresh = signMyDataToken('p3', new Date(bot.clock().getTime() + 15 * 60_000), LINK_KEY);
    expect((await fetch(`${bot.url}/my-data/${fresh}.json`)).status).toBe(200);
  });
});

describe('When a leader deletes their check-ins', () => {
  it('When Sofie confirms "slet mine refleksioner", then her texts are erased, her ratings stay and Mette\'s text is untouched', async () => {
    const { card, text } = await say(bot, 'slet mine refleksioner', SOFIE);
    expect(text).toContain('Teksten i dine 2 refleksioner bliver slettet for altid.');
    const [confirm, keep] = executeActions(card);
    expect((await press(bot, keep.verb, keep.data, SOFIE)).text).toContain('Intet er slettet.');
    expect((await bot.store.listCheckIns({ participantId: 'p3' })).map((c) => c.text)).toEqual(['Trioerne virker', 'Jeg har brugt spørgsmålene']);

    const done = await press(bot, confirm.verb, confirm.data, SOFIE);
    expect(done.text).toContain('Teksten i 2 refleksioner er slettet. Dine vurderinger er bevaret.');
    expect((await bot.store.listCheckIns({ participantId: 'p3' })).map((c) => [c.text, c.rating, c.mayShare])).toEqual([
      ['', 4, false],
      ['', 5, false],
    ]);
    expect((await bot.store.listCheckIns({ participantId: 'p1' }))[0].text).toBe('Mettes tekst');
    expect((await say(bot, 'slet mine refleksioner', SOFIE)).text).toContain('Du har ingen refleksioner med tekst.');
  });

  it('When Anders presses the confirmation made for Sofie, then it is refused and her texts stay', async () => {
    const { card } = await say(bot, 'slet mine refleksioner', SOFIE);
    const [confirm] = executeActions(card);
    const refused = await press(bot, confirm.verb, confirm.data, ANDERS);
    expect(refused.text).toContain('Dette kort blev lavet til en anden leder, så jeg har ikke ændret noget.');
    expect((await bot.store.listCheckIns()).map((c) => c.text)).toEqual(['Trioerne virker', 'Jeg har brugt spørgsmålene', 'Mettes tekst']);
    expect((await bot.store.listAudit()).filter((a) => a.action === 'selfService.refused')).toEqual([
      expect.objectContaining({ actor: 'aad-p2', details: expect.objectContaining({ attempted: 'eraseCheckIns', byParticipant: 'p2', cardFor: 'p3' }) }),
    ]);
  });
});

describe('When the retention period after the programme has passed', () => {
  it('When the purge runs, then every check-in text is gone from the store and from the leader\'s data file, and ratings stay', async () => {
    const config = configSchema.parse({ retention: { checkInTextsAfterProgrammeEnd: 'P30D' } });
    // The last session ends Thursday 20 May 2027 at 15:00 in Copenhagen.
    expect((await purgeExpiredCheckInTexts(bot.store, config, new Date('2027-06-19T12:00:00Z'))).purged).toBe(0);
    expect((await purgeExpiredCheckInTexts(bot.store, config, new Date('2027-06-19T13:00:00Z'))).purged).toBe(3);
    const { card } = await say(bot, 'mine data', SOFIE);
    const data: any = await (await fetchData(card.actions[0].url)).json();
    expect(data.checkIns.map((c: any) => [c.text, c.rating])).toEqual([['', 4], ['', 5]]);
  });
});
