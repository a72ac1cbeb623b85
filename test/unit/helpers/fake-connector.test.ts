/**
 * The fake Bot Connector must be at least as strict as Teams, or the end-to-end tests prove
 * nothing about Teams. These tests speak plain HTTP to it, as the Bot Connector's REST API is
 * documented, without the bot in between.
 */
import { FakeConnector } from '../../helpers/fake-connector';

const TEAM = '19:programme-team@thread.tacv2';
const TENANT = '11111111-1111-4111-8111-111111111111';
let connector: FakeConnector;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; retryAfter: string | null }> {
  const res = await fetch(new URL(path, connector.serviceUrl), {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, retryAfter: res.headers.get('retry-after') };
}

const send = (conversationId: string) => call('POST', `v3/conversations/${encodeURIComponent(conversationId)}/activities`, { type: 'message', text: 'hej' });
const create = (userId: string, extra: Record<string, unknown> = {}) =>
  call('POST', 'v3/conversations', { isGroup: false, members: [{ id: userId }], tenantId: TENANT, channelData: { tenant: { id: TENANT } }, ...extra });

beforeEach(async () => {
  connector = await FakeConnector.start();
});
afterEach(() => connector.close());

describe('Rate limits per bot per thread', () => {
  it('When a bot sends 8 messages to one chat at once, then the eighth is answered 429 Throttled with Retry-After', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push(await send('a:one-chat'));
    expect(statuses.slice(0, 7).map((s) => s.status)).toEqual([201, 201, 201, 201, 201, 201, 201]);
    expect(statuses[7]).toMatchObject({ status: 429, body: { error: { code: 'Throttled' } }, retryAfter: '1' });
  });

  it('When a bot sends one message each to many chats, then only the app-wide 50 per second applies', async () => {
    const statuses = await Promise.all(Array.from({ length: 51 }, (_, i) => send(`a:chat-${i}`)));
    expect(statuses.filter((s) => s.status === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s.status === 429)).toHaveLength(1);
  });

  it('When a bot reads one team’s members 15 times at once, then the fifteenth read is throttled (14 per second)', async () => {
    const [member] = connector.addTeam(TEAM, { members: [{ name: 'A', aadObjectId: 'aad-a', email: 'a@kommune.example' }] });
    const reads = [];
    for (let i = 0; i < 15; i++) reads.push(await call('GET', `v3/conversations/${encodeURIComponent(TEAM)}/members/${encodeURIComponent(member.id)}`));
    expect(reads.slice(0, 14).every((r) => r.status === 200)).toBe(true);
    expect(reads[14].status).toBe(429);
  });

  it('When a test lowers the app-wide limit, then it applies; raising it above Teams’ 50 is refused', async () => {
    await expect(FakeConnector.start({ globalLimitPerSecond: 51 })).rejects.toThrow('never kinder than Teams');
  });
});

describe('Members and rosters', () => {
  it('When a member is looked up by Teams id, Entra object id or UPN, then the same opaque 29: id comes back', async () => {
    const [member] = connector.addTeam(TEAM, { members: [{ name: 'Sofie', aadObjectId: '00000000-0000-4000-8000-000000000003', email: 'sofie@kommune.example' }] });
    expect(member.id).toMatch(/^29:1/);
    expect(member.id).not.toContain('00000000-0000-4000-8000-000000000003');
    for (const key of [member.id, '00000000-0000-4000-8000-000000000003', 'SOFIE@kommune.example']) {
      const found = await call('GET', `v3/conversations/${encodeURIComponent(TEAM)}/members/${encodeURIComponent(key)}`);
      expect(found).toMatchObject({ status: 200, body: { id: member.id, aadObjectId: '00000000-0000-4000-8000-000000000003' } });
    }
    const missing = await call('GET', `v3/conversations/${encodeURIComponent(TEAM)}/members/nobody@kommune.example`);
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'MemberNotFoundInConversation' } } });
  });

  it('When the roster is read in pages, then page sizes are held to 50..500 and the continuation token walks every member once', async () => {
    connector.addTeam(TEAM, { members: Array.from({ length: 1_120 }, (_, i) => ({ name: `Leader ${i}`, email: `leader${i}@kommune.example` })) });
    const pageOf = async (pageSize: number, token?: string) =>
      call('GET', `v3/conversations/${encodeURIComponent(TEAM)}/pagedmembers?pageSize=${pageSize}${token ? `&continuationToken=${encodeURIComponent(token)}` : ''}`);
    expect((await pageOf(10)).body.members).toHaveLength(50);
    const seen = new Set<string>();
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await pageOf(10_000, token);
      expect(page.status).toBe(200);
      expect(page.body.members.length).toBeLessThanOrEqual(500);
      page.body.members.forEach((m: { id: string }) => seen.add(m.id));
      token = page.body.continuationToken;
      pages++;
    } while (token);
    expect(seen.size).toBe(1_120);
    expect(pages).toBe(3);
    expect((await pageOf(100, 'not-a-token')).status).toBe(400);
  });

  it('When the app is not installed in the team, then its roster cannot be read (403 BotNotInConversationRoster)', async () => {
    connector.addTeam(TEAM, { installed: false, members: [{ name: 'A' }] });
    const read = await call('GET', `v3/conversations/${encodeURIComponent(TEAM)}/pagedmembers`);
    expect(read).toMatchObject({ status: 403, body: { error: { code: 'BotNotInConversationRoster' } } });
  });
});

describe('Creating a personal chat', () => {
  it('When the user is in a team where the app is installed, then the chat is created, and again the same chat', async () => {
    const [member] = connector.addTeam(TEAM, { members: [{ name: 'A' }] });
    const first = await create(member.id);
    expect(first.status).toBe(201);
    expect(first.body.id).toMatch(/^a:/);
    expect((await create(member.id)).body.id).toBe(first.body.id);
  });

  it('When the user is in no team with the app and never installed it, then Teams refuses with 403 ForbiddenOperationException', async () => {
    const outsider = connector.addMember({ name: 'Outsider' });
    expect(await create(outsider.id)).toMatchObject({ status: 403, body: { error: { code: 'ForbiddenOperationException' } } });
    connector.installPersonally(outsider.id);
    expect((await create(outsider.id)).status).toBe(201);
  });

  it('When the request names an Entra object id, two members or no tenant, then it is refused as Teams does', async () => {
    const [member] = connector.addTeam(TEAM, { members: [{ name: 'A', aadObjectId: 'aad-a' }] });
    expect((await create('aad-a')).status).toBe(400);
    expect((await create(member.id, { members: [{ id: member.id }, { id: member.id }] })).body.error.code).toBe('BadSyntax');
    expect((await create(member.id, { tenantId: undefined, channelData: {} })).body.error.code).toBe('BadSyntax');
  });
});

describe('Injected faults', () => {
  it('When chaos asks for 20% server errors, then about a fifth of the answers are 5xx, the same on every run with the same seed', async () => {
    const run = async () => {
      const chaotic = await FakeConnector.start({ chaos: { serverErrorRate: 0.2, seed: 7 } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 40; i++) {
          const res = await fetch(new URL(`v3/conversations/a:c${i}/activities`, chaotic.serviceUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
          statuses.push(res.status);
          await res.text();
        }
        return statuses;
      } finally {
        await chaotic.close();
      }
    };
    const first = await run();
    const errors = first.filter((s) => s >= 500).length;
    expect(errors).toBeGreaterThan(2);
    expect(errors).toBeLessThan(16);
    expect(await run()).toEqual(first);
  });
});
