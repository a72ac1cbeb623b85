/**
 * The bot and its admin CLI as operators run them: the compiled `dist/` (built by the jest global
 * set-up) in their own processes, configured through the environment.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node dist/src/index.js` (what `npm start` runs) on a free port. */
export function startBotProcess(env: Record<string, string>): BotProcess {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'index.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', ...env },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The bot's /api/messages URL once it says it is running. */
export async function endpointOf(bot: BotProcess, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /"endpoint":"([^"]+)"/.exec(bot.output());
    if (match) return match[1];
    if (bot.child.exitCode !== null) throw new Error(`bot exited: ${bot.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bot did not start: ${bot.output()}`);
}

/** Stops a bot process the way the platform does (SIGTERM) and waits for it. */
export async function stopBotProcess(bot: BotProcess): Promise<number | null> {
  if (bot.child.exitCode === null) bot.child.kill('SIGTERM');
  return bot.exited;
}

/** Runs `node dist/src/cli/main.js …` (what `npm run cli --` runs); rejects with stdout/stderr on a non-zero exit. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', 'main.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
  });
}
