/**
 * The bot as `npm start` runs it: the compiled composition root (`dist/src/index.js`, built by the
 * jest global set-up) in its own process, so start-up behaviour is tested on the real thing.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * Starts the compiled bot from the project root (so env/.env.local is read, as with `npm start`).
 * `NODE_ENV` is "development" and `PORT` 0 unless given; an `undefined` value removes a variable.
 * Backups (written at shutdown) go beside DATA_FILE unless BACKUP_DIR says otherwise, never into
 * the project's own data/ folder.
 */
export function startBotProcess(env: Record<string, string | undefined>): BotProcess {
  let output = '';
  const backups = env.DATA_FILE ? { BACKUP_DIR: path.join(path.dirname(env.DATA_FILE), 'backups') } : {};
  const merged: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', ...backups, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  // Node on the build output, so a break in `dist/` is caught and signals reach the bot itself.
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'index.js')], { cwd: ROOT, env: merged as NodeJS.ProcessEnv });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * The /api/messages URL the process logs once it listens; throws with its output if it exits first
 * or has not started within `waitMs` (a safety net for a hung process, not a speed requirement:
 * on a machine busy with other work a start can take a minute; a bot that starts returns at once).
 */
export async function endpointOf(started: BotProcess, waitMs = 100_000): Promise<string> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const match = /"endpoint":"([^"]+)"/.exec(started.output());
    if (match) return match[1];
    if (started.child.exitCode !== null) throw new Error(`bot exited: ${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bot did not start: ${started.output()}`);
}

/** Stops the process with SIGTERM (an orderly shutdown) and waits for it. */
export async function stopBotProcess(started: BotProcess): Promise<void> {
  if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGTERM');
  await started.exited;
}

/** Runs `node dist/src/cli/main.js …` (what `npm run cli --` runs); rejects with stdout and stderr on a non-zero exit. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', 'main.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
  });
}
