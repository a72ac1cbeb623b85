/**
 * The admin command line: `npm run cli -- <command>`. Each command is a small function in its own
 * file; this file only parses arguments and reports errors as one readable line.
 */
import { Command } from 'commander';
import { asCodedError } from '../domain/errors';
import { openCliContext } from './cli-context';
import { digestCommand } from './digest-command';
import { dispatchCommand } from './dispatch-command';
import { planCommand } from './plan-command';

const out = (line: string) => process.stdout.write(`${line}\n`);
// `npm run cli -- plan … | head` closes stdout early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

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

program.parseAsync(process.argv).catch((err: unknown) => {
  const coded = asCodedError(err, 'CLI_FAILED');
  process.stderr.write(`programme-bot: [${coded.code}] ${coded.message}\n`);
  process.exit(1);
});
