import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { packageApp } from '../../../src/cli/package-app';
import { readPngInfo } from '../../../src/cli/validate-manifest';
import { loadEnvFiles } from '../../../src/config/load-env-files';
import { CodedError } from '../../../src/domain/errors';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// What packaging reads for env local: the committed file plus a developer's own .user file.
const LOCAL_ENV = loadEnvFiles(ROOT, 'local', {});

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-package-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A project root in the temp dir with the real manifest/ folder and the given env file. */
function copyProject(envName: string, envText: string): string {
  const root = path.join(tmp, 'project');
  fs.cpSync(path.join(ROOT, 'manifest'), path.join(root, 'manifest'), { recursive: true });
  fs.mkdirSync(path.join(root, 'env'));
  fs.writeFileSync(path.join(root, 'env', `.env.${envName}`), envText);
  return root;
}

async function packagingError(promise: Promise<unknown>): Promise<CodedError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CodedError);
  return err as CodedError;
}

describe('Teams app package', () => {
  it('When the app is packaged with the committed local env, then the zip holds a filled-in manifest, its Danish strings and valid icons', async () => {
    const outDir = path.join(tmp, 'out');
    const { zipPath, manifest } = await packageApp({ rootDir: ROOT, envName: 'local', env: {}, outDir });

    expect(zipPath).toBe(path.join(outDir, 'appPackage.local.zip'));
    const zip = new AdmZip(zipPath);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'da.json', 'manifest.json', 'outline.png']);

    const manifestText = zip.readAsText('manifest.json');
    expect(manifestText).not.toContain('${{');
    expect(zip.readAsText('da.json')).not.toContain('${{');
    const zipped = JSON.parse(manifestText);
    expect(zipped.id).toBe(LOCAL_ENV.TEAMS_APP_ID);
    expect(zipped.bots[0].botId).toBe(LOCAL_ENV.BOT_ID);
    expect(zipped.name.short).toBe('Programme Bot local');
    expect(zipped.validDomains).toEqual(['localhost']);
    expect(zipped.developer.privacyUrl).toMatch(/^https:\/\/example\.org\//);
    expect(JSON.parse(zip.readAsText('da.json'))['name.full']).toBe('Programme Bot – lederudvikling');
    expect(manifest.bots?.[0].scopes).toEqual(['personal', 'team', 'groupChat']);

    expect(readPngInfo(zip.readFile('color.png')!)).toMatchObject({ width: 192, height: 192 });
    expect(readPngInfo(zip.readFile('outline.png')!)).toMatchObject({ width: 32, height: 32, hasTransparency: true });
  });

  it('When variables are missing or empty, then packaging fails naming every one of them and writes no zip', async () => {
    const envText = fs
      .readFileSync(path.join(ROOT, 'env', '.env.local'), 'utf8')
      .replace(/^TEAMS_APP_ID=.*$/m, '')
      .replace(/^DEVELOPER_PRIVACY_URL=.*$/m, 'DEVELOPER_PRIVACY_URL=');
    const root = copyProject('test', envText);

    const err = await packagingError(packageApp({ rootDir: root, envName: 'test', env: {} }));

    expect(err.code).toBe('ENV_VARIABLES_MISSING');
    expect(err.message).toContain('TEAMS_APP_ID (used in manifest.json)');
    expect(err.message).toContain('DEVELOPER_PRIVACY_URL (used in manifest.json)');
    expect(err.message).toContain(path.join('env', '.env.test'));
    expect(err.message).not.toContain('BOT_ID');
    expect(fs.existsSync(path.join(root, 'appPackage'))).toBe(false);
  });

  it('When the bot id is not a GUID, then packaging fails naming the field and the value', async () => {
    const err = await packagingError(
      packageApp({ rootDir: ROOT, envName: 'local', env: { BOT_ID: 'programme-bot' }, outDir: path.join(tmp, 'out') }),
    );

    expect(err.code).toBe('MANIFEST_INVALID');
    expect(err.message).toContain('manifest.json, bots[0].botId: must be a GUID');
    expect(err.message).toContain('got "programme-bot"');
    expect(fs.existsSync(path.join(tmp, 'out'))).toBe(false);
  });

  it('When the bot domain is given as a URL, then packaging asks for the host name only', async () => {
    const err = await packagingError(
      packageApp({ rootDir: ROOT, envName: 'local', env: { BOT_DOMAIN: 'https://bot.example.org' }, outDir: path.join(tmp, 'out') }),
    );

    expect(err.code).toBe('MANIFEST_INVALID');
    expect(err.message).toContain('validDomains[0]: must be a host name without a scheme');
  });

  it('When the colour icon is used as the outline icon, then packaging names its wrong size and missing transparency', async () => {
    const root = copyProject('local', fs.readFileSync(path.join(ROOT, 'env', '.env.local'), 'utf8'));
    fs.copyFileSync(path.join(root, 'manifest', 'color.png'), path.join(root, 'manifest', 'outline.png'));

    const err = await packagingError(packageApp({ rootDir: root, envName: 'local', env: {}, outDir: path.join(tmp, 'out') }));

    expect(err.code).toBe('MANIFEST_INVALID');
    expect(err.message).toContain('outline.png (icons.outline): must be 32×32 pixels, got 192×192');
    expect(err.message).toContain('outline.png (icons.outline): must be white on a transparent background');
  });

  it('When the environment has no env file, then packaging says which file is missing', async () => {
    const err = await packagingError(packageApp({ rootDir: ROOT, envName: 'prod', env: {}, outDir: path.join(tmp, 'out') }));

    expect(err.code).toBe('ENV_FILE_NOT_FOUND');
    expect(err.message).toContain(path.join('env', '.env.prod'));
  });
});
