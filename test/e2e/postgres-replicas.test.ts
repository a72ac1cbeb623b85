/**
 * Several replicas of the bot on one PostgreSQL database, each its own process behind (as it were)
 * a load balancer: what one replica does, the others must respect.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Participant, Programme } from '../../src/domain/programme/model';
import { createPool } from '../../src/store/postgres/database';
import { listWaitlist } from '../../src/store/postgres/self-service-rows';
import { personalMessage } from '../helpers/activities';
import { endpointOf, startBotProcess, stopBotProcess, type BotProcess } from '../helpers/bot-process';
import { FakeConnector } from '../helpers/fake-connector';
import { cardText, smallProgramme } from '../helpers/programmes';
import { createTestDatabase, type TestDatabase } from '../helpers/test-postgres';

const RACERS: Participant[] = Array.from({ length: 20 }, (_, i) => ({
  id: `r${i}`, name: `Leder ${i}`, email: `r${i}@kommune.example`, aadObjectId: `aad-r${i}`, level: 3, area: 'Kultur', electives: [], locale: 'da', active: true,
}));

/** The small programme plus e4 "Innovation" (3 seats, nobody yet) and twenty leaders who race for it. */
function raceProgramme(): Programme {
  const base = smallProgramme();
  const e2 = base.modules.find((m) => m.id === 'e2')!;
  const se2 = base.sessions.find((s) => s.id === 'se2')!;
  return {
    ...base,
    modules: [...base.modules, { ...e2, id: 'e4', number: 14, capacity: 3, audience: { electives: ['e4'] }, title: { da: 'Innovation', en: 'Innovation' } }],
    sessions: [...base.sessions, { ...se2, id: 'se4', moduleId: 'e4', start: '2099-06-10T09:00:00+02:00', end: '2099-06-10T15:00:00+02:00' }],
    participants: [...base.participants, ...RACERS],
  };
}

let database: TestDatabase;
let dir: string;
let connector: FakeConnector;
const bots: BotProcess[] = [];
beforeEach(async () => {
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-replicas-'));
  connector = await FakeConnector.start();
}, 60_000);
afterEach(async () => {
  await Promise.all(bots.splice(0).map(stopBotProcess));
  await connector.close();
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

it('When twenty leaders race for the last three seats through two replicas at once, then exactly three are admitted and seventeen wait in line, in order', async () => {
  const programmeFile = path.join(dir, 'programme.json');
  fs.writeFileSync(programmeFile, JSON.stringify(raceProgramme()));
  const env = { DATABASE_URL: database.url, PROGRAMME_FILE: programmeFile };
  bots.push(startBotProcess(env), startBotProcess(env));
  const endpoints = await Promise.all(bots.map((b) => endpointOf(b)));

  const answers = await Promise.all(
    RACERS.map(async (r, i) => {
      const user = { id: `29:${r.id}`, name: r.name, aadObjectId: r.aadObjectId! };
      const invoke = {
        ...personalMessage({ text: '', user, locale: 'da-DK', serviceUrl: connector.serviceUrl, conversationId: `a:conv-${r.id}` }),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'electiveChoice', data: { forParticipant: r.id, electiveIds: 'e2,e4', joinWaitlist: 'true' } }, trigger: 'manual' },
      };
      // Every other leader's request goes to the other replica.
      const res = await fetch(endpoints[i % 2], { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(invoke) });
      return { status: res.status, text: cardText(((await res.json()) as { value: unknown }).value) };
    }),
  );
  expect(answers.map((a) => a.status)).toEqual(RACERS.map(() => 200));
  // Each leader is told the truth: three have a seat, the others their place in line, 1 to 17.
  expect(answers.filter((a) => a.text.includes('Du har plads på: Coachende ledelse og Innovation.'))).toHaveLength(3);
  const places = answers.flatMap((a) => /Du er nr\. (\d+) på ventelisten til Innovation/.exec(a.text)?.[1] ?? []).map(Number);
  expect(places.sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));

  const pool = createPool({ url: database.url, poolSize: 2 });
  try {
    const seated = await pool.query<{ id: string }>("SELECT id FROM participants WHERE document->'electives' ? 'e4'");
    expect(seated.rows).toHaveLength(3);
    const line = await listWaitlist(pool, { electiveId: 'e4' });
    expect(line).toHaveLength(17);
    expect(new Set([...seated.rows.map((r) => r.id), ...line.map((w) => w.participantId)]).size).toBe(20);
    const audit = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'electives.chosen'");
    expect(audit.rows[0].n).toBe(20);
  } finally {
    await pool.end();
  }
}, 120_000);
