/**
 * Builds the Teams app package for one environment, Teams Toolkit style: the ${{VAR}}
 * placeholders in manifest/manifest.json and its localization files are filled from
 * env/.env.<env> (and env/.env.<env>.user), the result is validated and zipped, flat, with the
 * icons into appPackage/build/appPackage.<env>.zip, ready to upload in Teams.
 *
 *   node dist/src/cli/package-app.js [--env local]
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { Command } from 'commander';
import { projectRoot } from '../project-root';
import { loadEnvFiles } from '../config/load-env-files';
import { asCodedError, CodedError } from '../domain/errors';
import { validateAppPackage, type TeamsManifest } from './validate-manifest';

export interface PackageAppOptions {
  /** Project root: holds manifest/ and env/. */
  rootDir: string;
  /** Environment name: reads env/.env.<envName>; names the zip appPackage.<envName>.zip. */
  envName: string;
  /** Variables that win over the env files (the real environment, in the CLI). */
  env?: NodeJS.ProcessEnv;
  /** Where the zip is written; appPackage/build under rootDir by default. */
  outDir?: string;
}

export interface PackagedApp {
  zipPath: string;
  manifest: TeamsManifest;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Variables that may be empty or unset: a production build has no name suffix. */
const OPTIONAL_VARIABLES = new Set(['APP_NAME_SUFFIX']);

interface Template {
  file: string;
  text: string;
}

/**
 * Fills, validates and zips the app package for `envName`. Throws a CodedError
 * (ENV_FILE_NOT_FOUND, MANIFEST_UNREADABLE, ENV_VARIABLES_MISSING, MANIFEST_INVALID) whose
 * message names the file, the field or every missing variable.
 */
export async function packageApp(options: PackageAppOptions): Promise<PackagedApp> {
  const { rootDir, envName } = options;
  const envFile = path.join('env', `.env.${envName}`);
  if (!/^[A-Za-z0-9_-]+$/.test(envName) || !fs.existsSync(path.join(rootDir, envFile))) {
    throw new CodedError(
      'ENV_FILE_NOT_FOUND',
      `There is no ${envFile} for environment "${envName}". Use an existing environment (--env local) or create the file from env/.env.dev.`,
    );
  }
  const env = loadEnvFiles(rootDir, envName, options.env ?? {});
  const manifestDir = path.join(rootDir, 'manifest');
  const manifestTemplate = readTemplate(manifestDir, 'manifest.json');
  const templates = [manifestTemplate, ...localizationFiles(manifestTemplate).map((file) => readTemplate(manifestDir, file))];

  const missing = missingVariables(templates, env);
  if (missing.size > 0) {
    const list = [...missing].map(([name, files]) => `  - ${name} (used in ${[...files].join(', ')})`).join('\n');
    throw new CodedError(
      'ENV_VARIABLES_MISSING',
      `The app manifest cannot be filled for environment "${envName}": these variables are missing or empty:\n${list}\n` +
        `Set them in ${envFile} (secrets in ${envFile}.user) or in the environment.`,
    );
  }

  const [manifestJson, ...localizationJson] = templates.map((t) => trimStrings(JSON.parse(fill(t.text, env))) as unknown);
  const localizations = Object.fromEntries(templates.slice(1).map((t, i) => [t.file, localizationJson[i]]));
  const manifest = validateAppPackage({ dir: manifestDir, manifest: manifestJson, localizations });

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifestJson, null, 2)}\n`));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.addFile(icon, fs.readFileSync(path.join(manifestDir, icon)));
  }
  for (const [file, content] of Object.entries(localizations)) {
    zip.addFile(file, Buffer.from(`${JSON.stringify(content, null, 2)}\n`));
  }
  const outDir = options.outDir ?? path.join(rootDir, 'appPackage', 'build');
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  await zip.writeZipPromise(zipPath, { overwrite: true, perm: 0o644 });
  return { zipPath, manifest };
}

function readTemplate(dir: string, file: string): Template {
  const fullPath = path.join(dir, file);
  try {
    const text = fs.readFileSync(fullPath, 'utf8');
    JSON.parse(text);
    return { file, text };
  } catch (err) {
    throw new CodedError('MANIFEST_UNREADABLE', `${fullPath} could not be read as JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** The localization files the manifest names; their placeholders are filled like its own. */
function localizationFiles(manifest: Template): string[] {
  const info = (JSON.parse(manifest.text) as { localizationInfo?: { defaultLanguageFile?: unknown; additionalLanguages?: unknown } })
    .localizationInfo;
  const languages = Array.isArray(info?.additionalLanguages) ? (info.additionalLanguages as { file?: unknown }[]) : [];
  const files = [info?.defaultLanguageFile, ...languages.map((l) => l.file)];
  // Only plain names next to manifest.json are read; anything else is reported by the validation.
  return files.filter((f): f is string => typeof f === 'string' && /^[^/\\]+$/.test(f) && f !== '..');
}

/** Each missing variable with the files that use it. */
function missingVariables(templates: Template[], env: NodeJS.ProcessEnv): Map<string, Set<string>> {
  const missing = new Map<string, Set<string>>();
  for (const { file, text } of templates) {
    for (const [, name] of text.matchAll(PLACEHOLDER)) {
      if (OPTIONAL_VARIABLES.has(name) || (env[name] ?? '').trim() !== '') continue;
      missing.set(name, (missing.get(name) ?? new Set<string>()).add(file));
    }
  }
  return missing;
}

/** Replaces each placeholder, escaped for the JSON string it sits in. */
function fill(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => JSON.stringify((env[name] ?? '').trim()).slice(1, -1));
}

/** "Programme Bot ${{APP_NAME_SUFFIX}}" with an empty suffix must not end in a space. */
function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimStrings(item)]));
  }
  return value;
}

/** Command line: `node dist/src/cli/package-app.js [--env <name>]`. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command('package-app')
    .description('Builds the Teams app package appPackage/build/appPackage.<env>.zip from manifest/ and env/.env.<env>.')
    .option('-e, --env <name>', 'environment whose env/.env.<name> fills the manifest', 'local')
    .parse(argv);
  const { env: envName } = program.opts<{ env: string }>();
  const rootDir = projectRoot();
  // The real environment wins over the env files, as for the bot itself (CI can inject ids).
  const { zipPath, manifest } = await packageApp({ rootDir, envName, env: process.env });
  console.log(
    `Wrote ${path.relative(rootDir, zipPath)}: "${manifest.name.short}" ${manifest.version}, ` +
      `app id ${manifest.id}, bot id ${manifest.bots?.[0]?.botId ?? '(none)'}`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    const coded = asCodedError(err, 'PACKAGE_FAILED');
    console.error(`Could not build the Teams app package [${coded.code}]: ${coded.message}`);
    process.exitCode = 1;
  });
}
