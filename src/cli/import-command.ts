import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CodedError } from '../domain/errors';
import type { Programme } from '../domain/programme/model';
import { formatRowError, parseParticipantsCsv } from '../domain/imports/parse-participants-csv';
import { parseProgrammeFile } from '../domain/imports/parse-programme-file';
import { excessiveDeactivation, planParticipantImport, type ParticipantImportPlan } from '../domain/imports/plan-participant-import';
import { planProgrammeImport } from '../domain/imports/plan-programme-import';
import type { CliContext } from './cli-context';
import { installedTeams } from '../delivery/sync-rosters';

export interface ImportOptions {
  dryRun?: boolean;
  /** Saves even when more than imports.maxDeactivationShare of the active leaders would be deactivated. */
  allowMassDeactivation?: boolean;
  /** Who the audit log names; default "cli:<operating-system user>". */
  actor?: string;
}

type ParticipantSummary = Omit<ParticipantImportPlan, 'next'>;

/**
 * `import participants <file.csv> [--dry-run] [--actor <name>]`: upserts the leaders in HR's CSV
 * by e-mail. Prints what changes and every row error; with any error nothing is saved (exit 1).
 */
export async function importParticipantsCommand(ctx: CliContext, file: string, options: ImportOptions, out: (line: string) => void): Promise<void> {
  const name = path.basename(file);
  const current = await ctx.store.getProgramme();
  const csv = parseParticipantsCsv(readTextFile(file), name, current);
  csv.warnings.forEach((w) => out(`warning: ${w}`));
  if (csv.errors.length) {
    csv.errors.forEach((e) => out(formatRowError(name, e)));
    throw rejected(name, csv.errors.length);
  }
  const plan = planParticipantImport(current, csv.rows);
  out(`${name}: ${csv.rows.length} leaders`);
  printParticipants(plan, current, plan.next, out);
  const { added, changed, deactivated, reactivated } = plan;
  guardMassDeactivation(ctx, name, current, deactivated, options, out);
  await save(ctx, current, plan.next, options, out, {
    action: 'import.participants',
    details: { file: name, added, changed, deactivated, reactivated },
  });
}

/**
 * `import programme <file.yaml|file.json> [--dry-run]`: replaces the schedule (and, when the file
 * has them, the participants, merged by e-mail; see planProgrammeImport). Errors name the path
 * in the file; with any error nothing is saved (exit 1).
 */
export async function importProgrammeCommand(ctx: CliContext, file: string, options: ImportOptions, out: (line: string) => void): Promise<void> {
  const name = path.basename(file);
  const parsed = parseProgrammeFile(readTextFile(file), name);
  const current = await ctx.store.getProgramme();
  const plan = parsed.programme ? planProgrammeImport(current, parsed.programme, parsed.participantsGiven, name) : undefined;
  const errors = plan ? plan.errors : parsed.errors;
  if (!plan?.next) {
    errors.forEach((e) => out(e));
    throw rejected(name, errors.length);
  }
  const next = plan.next;
  out(`${name}: programme '${next.id}', ${next.modules.length} modules, ${next.sessions.length} sessions, ${next.groups.length} groups`);
  const list = (ids: string[]) => (ids.length ? ` (${ids.join(', ')})` : '');
  const { sessions, modules } = plan;
  out(`sessions: ${sessions.added.length} added${list(sessions.added)}, ${sessions.changed.length} changed${list(sessions.changed)}, ${sessions.removed.length} removed${list(sessions.removed)}`);
  out(`modules: ${modules.added.length} added${list(modules.added)}, ${modules.removed.length} removed${list(modules.removed)}`);
  if (parsed.participantsGiven) printParticipants(plan.participants, current, next, out);
  else out(`participants: none in the file, the current ${current.participants.length} are kept as they are`);
  const { added, changed, deactivated, reactivated } = plan.participants;
  guardMassDeactivation(ctx, name, current, deactivated, options, out);
  await save(ctx, current, next, options, out, {
    action: 'import.programme',
    details: { file: name, added, changed, deactivated, reactivated, sessions, modules },
  });
}

/**
 * Stops an import that would deactivate more than the configured share of the active leaders,
 * unless --allow-mass-deactivation says it is meant. A dry run only warns.
 */
function guardMassDeactivation(ctx: CliContext, fileName: string, current: Programme, deactivated: string[], options: ImportOptions, out: (line: string) => void): void {
  const maxShare = ctx.config.imports.maxDeactivationShare;
  const excess = excessiveDeactivation(current, deactivated, maxShare);
  if (!excess || options.allowMassDeactivation) return;
  const what = `${excess.count} of ${excess.active} active leaders (${Math.round((100 * excess.count) / excess.active)}%)`;
  const limit = `imports.maxDeactivationShare (${Math.round(100 * maxShare)}%)`;
  if (options.dryRun) return out(`warning: this would deactivate ${what}, more than ${limit}; saving it needs --allow-mass-deactivation.`);
  throw new CodedError(
    'IMPORT_MASS_DEACTIVATION',
    `${fileName} would deactivate ${what}, more than ${limit} allows. Is the file complete? Nothing was saved; if this is meant, run the import again with --allow-mass-deactivation.`,
  );
}

/** Saves the new programme with its audit entry, unless it is a dry run or nothing changes. */
async function save(
  ctx: CliContext,
  current: Programme,
  next: Programme,
  options: ImportOptions,
  out: (line: string) => void,
  audit: { action: string; details: Record<string, unknown> },
): Promise<void> {
  if (options.dryRun) return out('Dry run: nothing was saved.');
  if (JSON.stringify(current) === JSON.stringify(next)) return out('Nothing to change; nothing was saved.');
  const actor = options.actor?.trim() || defaultActor();
  // `current` is the programme this plan was made from: if the bot changed it meanwhile, the store refuses.
  await ctx.store.replaceProgramme(next, { at: new Date().toISOString(), actor, ...audit }, current);
  out(`Saved. Audit log: ${audit.action} by ${actor}.`);
  if (JSON.stringify(current.participants) !== JSON.stringify(next.participants)) {
    // New or changed leaders may be in a team already: read the rosters again at the next tick.
    for (const { teamId } of await installedTeams(ctx.store)) await ctx.store.requestRosterSync(teamId, new Date());
  }
}

function printParticipants(summary: ParticipantSummary, before: Programme, after: Programme, out: (line: string) => void): void {
  const emails = new Map([...before.participants, ...after.participants].map((p) => [p.id, p.email]));
  const section = (title: string, lines: string[]) => {
    out(`${title}: ${lines.length}`);
    lines.forEach((line) => out(`  ${line}`));
  };
  const who = (id: string) => `${id}  ${emails.get(id) ?? ''}`.trimEnd();
  section('added', summary.added.map(who));
  section('changed', summary.changed.map((c) => `${who(c.id)}: ${c.fields.join(', ')}`));
  section('deactivated', summary.deactivated.map(who));
  section('reactivated', summary.reactivated.map(who));
  out(`unchanged: ${summary.unchanged}`);
}

function rejected(fileName: string, count: number): CodedError {
  return new CodedError('IMPORT_REJECTED', `${count} ${count === 1 ? 'error' : 'errors'} in ${fileName}; nothing was saved.`);
}

/**
 * The file as text. Only UTF-8 is accepted: Excel's plain "CSV" is Windows-1252 and would turn
 * æ, ø and å into garbage without any error, so it is refused with the way to fix it.
 */
function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new CodedError('IMPORT_UNREADABLE', `${file} could not be read: ${(err as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const hint = file.toLowerCase().endsWith('.csv') ? ' In Excel, save it as "CSV UTF-8 (kommasepareret)" / "CSV UTF-8 (Comma delimited)".' : '';
    throw new CodedError('IMPORT_ENCODING', `${path.basename(file)} is not UTF-8 text.${hint}`);
  }
}

function defaultActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    // A container user without a passwd entry has no name.
    return 'cli';
  }
}
