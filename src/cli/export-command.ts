import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { CodedError } from '../domain/errors';
import { inZone } from '../domain/calendar/format-date';
import type { Language, Programme } from '../domain/programme/model';
import type { CheckIn, OutboxItem } from '../store/store-schema';
import type { CliContext } from './cli-context';

/** What `export <data>` can write. */
export const EXPORTS = ['check-ins', 'deliveries'] as const;
export type ExportKind = (typeof EXPORTS)[number];

export interface ExportOptions {
  format?: string;
  out?: string;
  /** ";" by default (Danish Excel), "," or "tab". */
  separator?: string;
  /** commander sets false for --no-bom. */
  bom?: boolean;
}

/**
 * Column names are English and fixed whatever the language: HR's pivot tables and formulas refer
 * to them, so they must not change when someone switches the bot's default language.
 */
const CHECK_IN_COLUMNS = ['participant name', 'email', 'level', 'area', 'module number', 'module title', 'session date', 'rating', 'text', 'may share', 'submitted', 'updated'];
const DELIVERY_COLUMNS = ['key', 'kind', 'participant', 'status', 'attempts', 'reason', 'due', 'sent'];

/**
 * A cell that starts like this is prefixed with "'", so a leader's free text stays text in Excel
 * and never runs as a formula on HR's machine. Only the first character counts: papaparse's own
 * pattern (/^[=+\-@\t\r].*$/) needs the rest of the cell to be one line, so "=HYPERLINK(...)"
 * followed by a line break slipped through. Tab, CR and LF are included because Excel skips them
 * before a formula.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * `export check-ins|deliveries --format csv [--out file] [--separator ,] [--no-bom]`. The default
 * opens right in Danish Excel: ";" between cells (Danish Excel reads "," as the decimal sign), a
 * UTF-8 byte-order mark (without it Excel guesses Windows-1252 and garbles æ, ø and å), CRLF line
 * ends, and times as "YYYY-MM-DD HH:mm" in the programme's time zone, which Excel reads as dates.
 * Without --out the CSV goes to stdout.
 */
export async function exportCommand(
  ctx: CliContext,
  kind: string,
  options: ExportOptions,
  io: { out: (line: string) => void; write: (chunk: string) => void },
): Promise<void> {
  if (!(EXPORTS as readonly string[]).includes(kind)) throw new CodedError('CLI_USAGE', `export: unknown data '${kind}'; choose ${EXPORTS.join(' or ')}`);
  if ((options.format ?? 'csv') !== 'csv') throw new CodedError('CLI_USAGE', `--format must be csv, got '${options.format}'`);
  const delimiter = separatorOf(options.separator ?? ';');
  const programme = await ctx.store.getProgramme();
  const language = ctx.config.defaultLocale;
  const { columns, rows } =
    kind === 'check-ins'
      ? { columns: CHECK_IN_COLUMNS, rows: checkInRows(programme, await ctx.store.listCheckIns(), language) }
      : { columns: DELIVERY_COLUMNS, rows: deliveryRows(programme, await ctx.store.listDeliveries()) };
  const body = Papa.unparse({ fields: columns, data: rows }, { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START });
  const csv = `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
  if (!options.out) return io.write(csv);
  const file = path.resolve(options.out);
  fs.writeFileSync(file, csv, 'utf8');
  io.out(`${rows.length} ${kind} written to ${file}`);
}

function separatorOf(value: string): string {
  if (value === ';' || value === ',') return value;
  if (value === 'tab' || value === '\\t' || value === '\t') return '\t';
  throw new CodedError('CLI_USAGE', `--separator must be ';', ',' or 'tab', got '${value}'`);
}

/** "2027-03-04 09:00" in the programme's zone; empty when there is no time. */
function localTime(instant: string | undefined, zone: string): string {
  return instant ? inZone(instant, zone).toFormat('yyyy-MM-dd HH:mm') : '';
}

/**
 * One row per check-in, ordered by session date, then name. Ratings are whole numbers (1–5), so
 * no decimal separator is involved; levels and module numbers are written as numbers, so pivot
 * tables can sum and average them.
 */
export function checkInRows(programme: Programme, checkIns: readonly CheckIn[], language: Language): (string | number)[][] {
  const participants = new Map(programme.participants.map((p) => [p.id, p]));
  const sessions = new Map(programme.sessions.map((s) => [s.id, s]));
  const modules = new Map(programme.modules.map((m) => [m.id, m]));
  const zone = programme.timeZone;
  return checkIns
    .map((c) => {
      const p = participants.get(c.participantId);
      const session = sessions.get(c.sessionId);
      const module = session && modules.get(session.moduleId);
      return {
        start: session ? Date.parse(session.start) : 0,
        name: p?.name ?? c.participantId,
        row: [
          p?.name ?? c.participantId,
          p?.email ?? '',
          p?.level ?? '',
          p?.area ?? '',
          module?.number ?? '',
          module?.title[language] ?? '',
          localTime(session?.start, zone),
          c.rating,
          c.text,
          c.mayShare ? 'yes' : 'no',
          localTime(c.submittedAt, zone),
          localTime(c.updatedAt, zone),
        ],
      };
    })
    .sort((a, b) => a.start - b.start || a.name.localeCompare(b.name, 'da'))
    .map((x) => x.row);
}

/** One row per delivery in the outbox, in the order they are due. */
export function deliveryRows(programme: Programme, deliveries: readonly OutboxItem[]): (string | number)[][] {
  const names = new Map(programme.participants.map((p) => [p.id, p.name]));
  const zone = programme.timeZone;
  return [...deliveries]
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key))
    .map((d) => [
      d.key,
      d.kind,
      d.participantId ? (names.get(d.participantId) ?? d.participantId) : (d.conversationId ?? ''),
      d.status,
      d.attempts,
      d.reason ?? '',
      localTime(d.dueAt, zone),
      localTime(d.sentAt, zone),
    ]);
}
