/**
 * Installing the app for leaders the bot cannot reach, through Microsoft Graph: the real bot
 * process, with credentials and `graph.installAppForUsers` on, against a fake identity platform
 * and Graph on loopback (HTTPS, with a certificate the test makes and the process trusts through
 * NODE_EXTRA_CA_CERTS, as an operator would for a private CA).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData, type StoreData } from '../../src/store/store-schema';
import { projectRoot } from '../../src/project-root';
import { FakeGraph } from '../helpers/fake-graph';
import { cohortProgramme, entraId } from '../helpers/programmes';

const BOT_ID = '5a0c3a52-7b3e-4e0b-9a51-0f1e2d3c4b5a';
const TENANT = '11111111-1111-4111-8111-111111111111';

it('When leaders are in no team with the app and never opened it, then the bot installs the app for them with its own Graph token, honouring 429 and recording refusals', async () => {
  const graph = await FakeGraph.start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-graph-run-'));
  const dataFile = path.join(dir, 'store.json');
  const store = await openFileStore(dataFile, { seed: () => newStoreData(cohortProgramme(3)) });
  await store.close();
  // Leder 0 (by Entra id): throttled once. Leder 1 (e-mail only, so by UPN): already has the app. Leder 2: permission missing.
  graph.failNextInstall(entraId(0), [{ status: 429, code: 'TooManyRequests', retryAfter: '1' }]);
  graph.installedFor.add('leder1@kommune.example');
  graph.failNextInstall(entraId(2), [{ status: 403, code: 'Forbidden' }]);

  let output = '';
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'index.js')], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: '0',
      LOG_LEVEL: 'info',
      DATA_FILE: dataFile,
      BOT_ID,
      SECRET_BOT_PASSWORD: 'test-secret',
      BOT_TENANT_ID: TENANT,
      GRAPH_INSTALL_APP_FOR_USERS: 'true',
      TEAMS_APP_CATALOG_ID: 'catalog-app-id',
      GRAPH_BASE_URL: `${graph.url}/v1.0`,
      GRAPH_AUTHORITY_HOST: graph.url,
      NODE_EXTRA_CA_CERTS: graph.certFile,
    },
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stored = () => JSON.parse(fs.readFileSync(dataFile, 'utf8')) as StoreData;
  try {
    const deadline = Date.now() + 60_000;
    while (stored().appInstallations.length < 3) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no installations recorded:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The bot's own app registration, app-only, for Graph.
    expect(graph.tokenRequests[0]).toMatchObject({ grant_type: 'client_credentials', client_id: BOT_ID, client_secret: 'test-secret', scope: `${graph.url}/.default` });
    const byUser = (user: string) => graph.installRequests.filter((r) => r.user === user.toLowerCase()).map((r) => r.status);
    expect(byUser(entraId(0))).toEqual([429, 201]);
    expect(byUser('leder1@kommune.example')).toEqual([409]);
    expect(byUser(entraId(2))).toEqual([403]);
    expect(graph.installRequests[0].body).toEqual({ 'teamsApp@odata.bind': `${graph.url}/v1.0/appCatalogs/teamsApps/catalog-app-id` });
    const installations = Object.fromEntries(stored().appInstallations.map((a) => [a.participantId, [a.status, a.reason]]));
    expect(installations).toEqual({ p0: ['installed', undefined], p1: ['already-installed', undefined], p2: ['failed', 'HTTP 403 Forbidden'] });
  } finally {
    child.kill('SIGTERM');
    await exited;
    await graph.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
