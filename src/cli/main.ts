/**
 * The admin command line: `npm run cli -- <command>`. Each command is a small function in its own
 * file; this file only parses arguments and reports errors as one readable line.
 */
import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { asCodedError } from '../domain/errors';
import { auditCommand } from './audit-command';
import { loadCliConfig, openCliContext } from './cli-context';
import { broadcastCommand } from './broadcast-command';
import { changeSessionCommand } from './change-session-command';
import { digestCommand } from './digest-command';
import { dispatchCommand } from './dispatch-command';
import { exportCommand } from './export-command';
import { importParticipantsCommand, importProgrammeCommand } from './import-command';
import { migrateCommand, migrateStoreCommand } from './migrate-command';

import { pairingPreviewCommand, pairingSendCommand, pairingSwapCommand } from './pairing-command';
import { planCommand } from './plan-command';
import { reachCommand } from './reach-command';

const out = (line: string) => process.stdout.write(`${line}\n`);
// `npm run cli -- plan … | head` closes stdout early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

/** A yes/no question on the terminal, or none when stdin is not one (cron, a pipe): then only --yes confirms. */
function terminalConfirm(): ((question: string) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return /^(y|yes|j|ja)$/i.test((await prompt.question(question)).trim());
    } finally {
      prompt.close();
    }
  };
}

async function withContext(readOnly: boolean, run: (ctx: Awaited<ReturnType<typeof openCliContext>>) => Promise<void>): Promise<void> {
  const ctx = await openCliContext({ readOnly });
  try {
    await run(ctx);
  } finally {
    await ctx.store.close();
  }
}

const program = new Command('programme-bot').description('Programme Bot administration').showHelpAfterError();

program
  .command('plan')
  .description('list the reminders, reflection prompts and nudges that would go out in a window')
  .requiredOption('--from <date>', 'start of the window (date or ISO date-time, programme time zone)')
  .requiredOption('--to <date>', 'end of the window (exclusive)')
  .option('--json', 'print JSON instead of a table')
  .action((options) => withContext(true, (ctx) => planCommand(ctx, options, out)));

program
  .command('reach')
  .description('who the bot can write to now, who it cannot and why, and the team rosters it reads')
  .option('--json', 'print JSON instead of text')
  .action((options) => withContext(true, (ctx) => reachCommand(ctx, options, out)));

program
  .command('dispatch')
  .description('run the scheduler once: plan what is due, add it to the outbox and send it')
  .option('--now <instant>', 'run as if it were this instant (ISO date-time); default: the real clock')
  .action((options) => withContext(false, (ctx) => dispatchCommand(ctx, options, out)));

program
  .command('digest')
  .description('preview a weekly digest as text and card JSON, without sending it')
  .option('--preview', 'print the digest and write its card JSON (required)')
  .option('--week <week>', 'ISO week, e.g. 2027-W10 (default: the last complete week)')
  .option('--for <email>', 'the owner or manager whose digest to show (default: the programme-wide digest)')
  .option('--level <level>', 'programme digest for one level (1, 2 or 3)')
  .option('--lang <lang>', 'da or en (default: the recipient\'s language)')
  .option('--out <file>', 'where to write the card JSON')
  .action((options) => withContext(true, (ctx) => digestCommand(ctx, options, out)));

program
  .command('change-session <sessionId>')
  .description('move a session to a new time and/or place; everyone affected is told')
  .option('--start <datetime>', 'new start, local time in the programme zone (e.g. 2027-03-04T09:00)')
  .option('--end <datetime>', 'new end (default: same length as before)')
  .option('--place <name>', 'new place name')
  .option('--room <room>', 'new room')
  .option('--address <address>', 'new address')
  .option('--dry-run', 'show what would change, who would be told and who cannot be reached; change nothing')
  .option('--yes', 'save and notify without asking (without it a terminal is asked, and anything else refused)')
  .option('--actor <name>', 'who made the change, for the audit log')
  .action((sessionId, options) => withContext(Boolean(options.dryRun), (ctx) => changeSessionCommand(ctx, sessionId, options, { out, confirm: terminalConfirm() })));

// A dry run only reads, so it works while the bot holds the store's lock.
const importCommand = program.command('import').description('import leaders (CSV from Excel) or the programme (YAML or JSON)');

importCommand
  .command('participants <file>')
  .description('upsert leaders by e-mail from a CSV file; leaders missing from the file are deactivated')
  .option('--dry-run', 'show what would change, save nothing')
  .option('--actor <name>', 'who the audit log names (default: cli:<your user name>)')
  .option('--allow-mass-deactivation', 'save even if more than imports.maxDeactivationShare of the active leaders would be deactivated')
  .action((file, options) => withContext(Boolean(options.dryRun), (ctx) => importParticipantsCommand(ctx, file, options, out)));

importCommand
  .command('programme <file>')
  .description('replace the schedule from a .yaml, .yml or .json programme file, keeping participants\' ids and object ids')
  .option('--dry-run', 'show what would change, save nothing')
  .option('--actor <name>', 'who the audit log names (default: cli:<your user name>)')
  .option('--allow-mass-deactivation', 'save even if more than imports.maxDeactivationShare of the active leaders would be deactivated')
  .action((file, options) => withContext(Boolean(options.dryRun), (ctx) => importProgrammeCommand(ctx, file, options, out)));

program
  .command('export <data>')
  .description('export check-ins or deliveries as CSV for Excel')
  .option('--format <format>', 'csv (the only format for now)', 'csv')
  .option('--out <file>', 'write to this file (default: stdout)')
  .option('--separator <separator>', "';' for Danish Excel, ',' or 'tab'", ';')
  .option('--no-bom', 'leave out the UTF-8 byte-order mark')
  .action((data, options) =>
    withContext(true, (ctx) => exportCommand(ctx, data, options, { out, write: (chunk: string) => void process.stdout.write(chunk) })),
  );

program
  .command('audit')
  .description('print the audit log: who imported or changed what, and when')
  .option('--limit <n>', 'the latest n entries (default 100)')
  .action((options) => withContext(true, (ctx) => auditCommand(ctx, options, out)));

program
  .command('broadcast')
  .description('send an announcement to levels, groups, electives or channels, with a progress bar')
  .requiredOption('--audience <audience...>', 'everyone, level:N, group:ID, elective:ID or channel:ID (repeatable)')
  .requiredOption('--title <title>', 'the announcement title')
  .option('--text <text>', 'the text (Markdown as Teams supports it)')
  .option('--text-file <file>', 'read the text from a file')
  .option('--link <url>', 'optional https link button')
  .option('--link-title <text>', 'text of the link button')
  .option('--send-at <datetime>', 'send later (local time in the programme zone); pending deliveries go out with the scheduler')
  .option('--actor <name>', 'who sends it, for the audit log')
  .action((options) => withContext(false, (ctx) => broadcastCommand(ctx, options, out)));

program
  .command('migrate')
  .description('PostgreSQL store: apply the schema migrations the database lacks (also `npm run migrate`)')
  .action(async () => migrateCommand(await loadCliConfig(), out));

program
  .command('migrate-store')
  .description('copy an embedded store file into the (migrated, empty) PostgreSQL store, checking every count')
  .requiredOption('--from <file>', 'the lowdb store file, e.g. data/programme-bot.json')
  .action(async (options) => migrateStoreCommand(await loadCliConfig(), options, out));

const pairing = program.command('pairing').description('rounds of sparring partners: preview, swap by hand, send');

pairing
  .command('preview')
  .description('pair the leaders for the next round and save it as the open preview (or show a stored round again)')
  .option('--date <date>', "the round's day, YYYY-MM-DD (default: the next day on the schedule; never a day off)")
  .option('--absent <leader...>', 'leaders absent for this round: ids, e-mails or names')
  .option('--seed <n>', 'make the pairing with this seed (to repeat an earlier preview)')
  .option('--show <roundId>', "show a stored round checked again against today's leaders ('current' for the open preview); makes nothing new")
  .option('--json', 'print JSON instead of text')
  .option('--actor <name>', 'who asks, for the round and the audit log')
  .action((options) => withContext(options.show !== undefined, (ctx) => pairingPreviewCommand(ctx, options, out)));

pairing
  .command('swap <roundId> <leaderA> <leaderB>')
  .description('swap two leaders (ids, e-mails or names) between their groups in the open preview')
  .requiredOption('--version <n>', "the preview's version, as printed by 'pairing preview'")
  .action((roundId, a, b, options) => withContext(false, (ctx) => pairingSwapCommand(ctx, roundId, a, b, options, out)));

pairing
  .command('send <roundId>')
  .description("send the preview: each leader's intro card and, later, the follow-up go through the outbox")
  .requiredOption('--version <n>', "the preview's version, as printed by 'pairing preview'")
  .option('--actor <name>', 'who sends it, for the audit log')
  .action((roundId, options) => withContext(false, (ctx) => pairingSendCommand(ctx, roundId, options, out)));

program.parseAsync(process.argv).catch((err: unknown) => {
  const coded = asCodedError(err, 'CLI_FAILED');
  process.stderr.write(`programme-bot: [${coded.code}] ${coded.message}\n`);
  process.exit(1);
});
