/**
 * Reaching every leader under Teams' real limits: the app is installed in the programme's team,
 * no leader ever opened the bot, and the fake Bot Connector enforces Teams' read and send limits.
 * The bot reads the team's roster in pages, opens each leader's 1:1 chat and sends the reminder;
 * transient failures are retried, and a leader in no roster waits rather than being skipped.
 */
import { event, personalMessage } from '../helpers/activities';
import { FakeConnector, type FakeConnectorOptions, type TeamsMember } from '../helpers/fake-connector';
import { cohortMembers, cohortProgramme, WAVE_DUE } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

// The team of the fixture team-bot-added.json: its id is its General channel's conversation id.
const TEAM = '19:general-channel@thread.tacv2';
let bot: TestBot | undefined;

afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** Starts the bot with the cohort, the team (app installed) holding `inTeam` of its leaders, and the install event posted. */
async function installedWith(size: number, inTeam = size, options: FakeConnectorOptions = {}): Promise<{ bot: TestBot; members: TeamsMember[] }> {
  const programme = cohortProgramme(size);
  const connector = await FakeConnector.start(options);
  const members = connector.addTeam(TEAM, { members: cohortMembers(programme).slice(0, inTeam) });
  bot = await startTestBot({ programme, now: WAVE_DUE, connector });
  expect(await bot.post(event('team-bot-added', connector.serviceUrl))).toBe(200);
  return { bot, members };
}

/** How many reminder cards each of the given members' chats received. */
function cardsPerMember(b: TestBot, members: TeamsMember[]): number[] {
  return members.map((m) => {
    const chat = b.connector.chatOf(m.id);
    return chat ? b.connector.cards(chat).length : 0;
  });
}

describe('The first reminder wave after installing the app in the programme’s team', () => {
  it('When 200 leaders never opened the bot, then the roster is read in one page and all 200 get the reminder exactly once', async () => {
    const { bot: b, members } = await installedWith(200);
    // Installing asks for a roster read; nothing was read inside the install turn.
    expect(b.connector.reads()).toHaveLength(0);

    const report = await b.dispatcher.tick();

    expect(report).toMatchObject({ added: 200, sent: 200, opened: 200, waiting: 0, failed: 0, skipped: 0 });
    expect(report.rosters).toMatchObject({ synced: 1, matched: 200 });
    expect(cardsPerMember(b, members)).toEqual(members.map(() => 1));
    // One paged read of the whole team, no look-up per leader.
    const reads = b.connector.reads(TEAM);
    expect(reads).toHaveLength(1);
    expect(reads[0].path).toMatch(/pagedmembers$/);
    expect(reads[0].query.pageSize).toBe('500');
    // Each chat was opened with the leader's opaque Teams id and the tenant.
    for (const created of b.connector.created()) {
      expect(created.parameters).toMatchObject({ isGroup: false, tenantId: '11111111-1111-4111-8111-111111111111' });
      expect(members.map((m) => m.id)).toContain(created.parameters.members[0].id);
    }
    // The leaders' Teams ids are stored, without anyone outside the programme.
    expect(await b.store.listRosterMembers({ teamId: TEAM })).toHaveLength(200);
  }, 120_000);

  it('When the team has more members than a page holds, then every page is read with its continuation token and only participants are kept', async () => {
    // 1,100 members, of whom the programme's 3 leaders come last.
    const programme = cohortProgramme(3);
    const connector = await FakeConnector.start();
    const others = Array.from({ length: 1_097 }, (_, i) => ({ name: `Medarbejder ${i}`, email: `medarbejder${i}@kommune.example` }));
    connector.addTeam(TEAM, { members: [...others, ...cohortMembers(programme)] });
    bot = await startTestBot({ programme, now: WAVE_DUE, connector });
    await bot.post(event('team-bot-added', connector.serviceUrl));

    const report = await bot.dispatcher.tick();

    expect(report.rosters).toMatchObject({ synced: 1, matched: 3, pages: 3 });
    const tokens = connector.reads(TEAM).map((r) => r.query.continuationToken);
    expect(tokens[0]).toBeUndefined();
    expect(tokens.slice(1).every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    expect((await bot.store.listRosterMembers()).map((m) => m.participantId).sort()).toEqual(['p0', 'p1', 'p2']);
    expect(report.sent).toBe(3);
  }, 60_000);
});

describe('Transient failures on the way', () => {
  it('When the roster read meets 503, 429 and a dropped connection, then it is retried and every leader is still reached', async () => {
    const { bot: b, members } = await installedWith(6);
    b.connector.failNextRead(TEAM, [{ status: 503 }, { status: 429, retryAfter: '1' }, { hangUp: true }]);

    const report = await b.dispatcher.tick();

    expect(b.connector.reads(TEAM).map((r) => r.status)).toEqual([503, 429, undefined, 200]);
    expect(report).toMatchObject({ sent: 6, waiting: 0, skipped: 0, failed: 0 });
    expect(cardsPerMember(b, members)).toEqual([1, 1, 1, 1, 1, 1]);
  }, 60_000);

  it('When opening chats meets 503, 504 and 429, then those deliveries are retried, never skipped, and each leader gets one card', async () => {
    const { bot: b, members } = await installedWith(6);
    b.connector.failNextCreate([{ status: 503 }, { status: 504 }, { status: 429, retryAfter: '1' }, { hangUp: true }]);

    const report = await b.dispatcher.tick();

    expect(report).toMatchObject({ sent: 6, waiting: 0, skipped: 0, failed: 0 });
    expect(report.retried).toBe(4);
    expect(cardsPerMember(b, members)).toEqual([1, 1, 1, 1, 1, 1]);
    const reminders = await b.store.listDeliveries({ kinds: ['reminder'] });
    expect(reminders.every((r) => r.status === 'sent')).toBe(true);
  }, 60_000);

  it('When Teams refuses to open a leader’s chat (403 ForbiddenOperationException), then that reminder waits instead of failing for good', async () => {
    const { bot: b } = await installedWith(3);
    b.connector.failNextCreate([{ status: 403, code: 'ForbiddenOperationException', message: "Bot is not installed in user's personal scope" }]);
    const report = await b.dispatcher.tick();
    expect(report).toMatchObject({ sent: 2, waiting: 1, failed: 0 });
    const [waiting] = await b.store.listDeliveries({ statuses: ['waiting'] });
    expect(waiting.reason).toBe('cannot-open-chat:ForbiddenOperationException');
  }, 60_000);
});

describe('Leaders in no known roster', () => {
  it('When a leader is in no roster, then the reminder waits as no-conversation, and goes out when they open the bot before it expires', async () => {
    const { bot: b } = await installedWith(4, 3);
    const first = await b.dispatcher.tick();
    expect(first).toMatchObject({ sent: 3, waiting: 1 });
    const [waiting] = await b.store.listDeliveries({ statuses: ['waiting'] });
    expect(waiting).toMatchObject({ participantId: 'p3', reason: 'no-conversation' });

    // Leder 3 (imported by e-mail, Entra id unknown to the bot) opens the bot later that day.
    const leader = b.connector.addMember({ name: 'Leder 3', aadObjectId: 'entra-p3', email: 'leder3@kommune.example' });
    b.connector.installPersonally(leader.id);
    expect(
      await b.post(
        event('personal-bot-added', b.connector.serviceUrl, {
          from: { id: leader.id, aadObjectId: 'entra-p3' },
          conversation: { conversationType: 'personal', tenantId: '11111111-1111-4111-8111-111111111111', id: 'a:leder-3' },
        }),
      ),
    ).toBe(200);
    expect(await b.store.findDelivery(waiting.key)).toMatchObject({ status: 'pending' });

    const second = await b.dispatcher.tick();
    expect(second.sent).toBe(1);
    expect(b.connector.cards('a:leder-3').map((c) => JSON.stringify(c)).filter((c) => c.includes('Fællessamling 1'))).toHaveLength(1);
  }, 60_000);

  it('When the waiting reminder expired before the leader opened the bot, then it is recorded as expired, not sent late', async () => {
    const { bot: b } = await installedWith(2, 1);
    await b.dispatcher.tick();
    // A week later the session has started: the reminder is no longer worth sending.
    const late = await startTestBot({ programme: await b.store.getProgramme(), now: new Date('2027-03-08T09:00:00Z'), store: b.store, connector: b.connector });
    try {
      await late.dispatcher.tick();
      // The P7D reminder waited and expired; the P1D one, planned late, expired too.
      const reminders = await b.store.listDeliveries({ participantId: 'p1', kinds: ['reminder'] });
      expect(reminders.map((r) => [r.key, r.status, r.reason])).toEqual([
        ['reminder:s1:p1:P7D', 'skipped', 'expired'],
        ['reminder:s1:p1:P1D', 'skipped', 'expired'],
      ]);
    } finally {
      await late.close();
    }
  }, 60_000);
});

describe('Keeping the roster current', () => {
  it('When members join the team, then the roster is read again and the newcomer is reached; a leaver is forgotten', async () => {
    const { bot: b, members } = await installedWith(3, 2);
    await b.dispatcher.tick();
    const [newcomer] = b.connector.addTeamMembers(TEAM, [cohortMembers(await b.store.getProgramme())[2]]);
    const joined = {
      ...event('team-bot-added', b.connector.serviceUrl),
      membersAdded: [{ id: newcomer.id, aadObjectId: newcomer.aadObjectId }],
      channelData: { team: { id: TEAM }, eventType: 'teamMemberAdded', tenant: { id: '11111111-1111-4111-8111-111111111111' } },
    };
    expect(await b.post(joined)).toBe(200);

    const report = await b.dispatcher.tick();
    expect(report.rosters).toMatchObject({ synced: 1, matched: 3, released: 1 });
    expect(report.sent).toBe(1);
    expect(b.connector.cards(b.connector.chatOf(newcomer.id)!)).toHaveLength(1);

    // A new event with its own id (Teams never reuses one; a reused id is answered as a replay).
    const left = { ...joined, id: 'member-removed-1', membersAdded: undefined, membersRemoved: [{ id: members[0].id }], channelData: { ...joined.channelData, eventType: 'teamMemberRemoved' } };
    expect(await b.post(left)).toBe(200);
    expect(await b.store.listRosterMembers({ userId: members[0].id })).toEqual([]);
  }, 60_000);

  it('When the roster was read a day ago, then the next tick reads it again; within the day it does not', async () => {
    const { bot: b } = await installedWith(2);
    await b.dispatcher.tick();
    await b.dispatcher.tick();
    expect(b.connector.reads(TEAM)).toHaveLength(1);
    const tomorrow = await startTestBot({ programme: await b.store.getProgramme(), now: new Date(WAVE_DUE.getTime() + 25 * 3_600_000), store: b.store, connector: b.connector });
    try {
      const report = await tomorrow.dispatcher.tick();
      expect(report.rosters.synced).toBe(1);
      expect(b.connector.reads(TEAM)).toHaveLength(2);
    } finally {
      await tomorrow.close();
    }
  }, 60_000);
});

describe('First contact without waiting on the roster', () => {
  it('When a leader the roster sync found writes for the first time, then they are recognised without any roster request', async () => {
    const { bot: b, members } = await installedWith(2);
    await b.dispatcher.tick();
    b.connector.reset();
    // Leder 1 was imported without an Entra id; the roster had them under their UPN.
    const user = { id: members[1].id, name: 'Leder 1', aadObjectId: members[1].aadObjectId };
    expect(await b.post(personalMessage({ text: 'hvornår er mit næste modul?', user, serviceUrl: b.connector.serviceUrl, conversationId: 'a:leder-1' }))).toBe(200);
    expect(b.connector.reads()).toHaveLength(0);
    expect(JSON.stringify(b.connector.cards('a:leder-1'))).toContain('Fællessamling 1');
    expect(await b.store.findParticipantByAadObjectId(members[1].aadObjectId!)).toMatchObject({ id: 'p1' });
  }, 60_000);

  it('When the one roster look-up of an unknown user fails, then the turn makes exactly one attempt (no SDK retries)', async () => {
    const { bot: b } = await installedWith(1);
    const stranger = b.connector.addMember({ name: 'Leder 0', email: 'leder0-alias@kommune.example' });
    b.connector.failNextRead('a:stranger', [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    const user = { id: stranger.id, name: 'Someone', aadObjectId: 'entra-unknown' };
    expect(await b.post(personalMessage({ text: 'hjælp', user, serviceUrl: b.connector.serviceUrl, conversationId: 'a:stranger' }))).toBe(200);
    expect(b.connector.reads('a:stranger').map((r) => r.status)).toEqual([503]);
  }, 60_000);

  it('When the roster look-up hangs far longer than a test may run, then the turn still answers (the look-up is bounded)', async () => {
    const { bot: b } = await installedWith(1);
    const stranger = b.connector.addMember({ name: 'Someone', email: 'someone@kommune.example' });
    // 60 s is three times the test's own timeout: only a bounded look-up lets the turn finish.
    b.connector.failNextRead('a:hanging', [{ status: 200, delayMs: 60_000 }]);
    const user = { id: stranger.id, name: 'Someone', aadObjectId: 'entra-someone' };
    expect(await b.post(personalMessage({ text: 'hjælp', user, serviceUrl: b.connector.serviceUrl, conversationId: 'a:hanging' }))).toBe(200);
    expect(b.connector.reads('a:hanging')).toHaveLength(1);
    expect(b.connector.cards('a:hanging')).toHaveLength(1);
  });
});
