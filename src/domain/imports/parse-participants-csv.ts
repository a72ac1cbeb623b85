/**
 * Reads the participant list HR exports from Excel: ";" (Danish Excel) or "," separated, UTF-8
 * with or without a byte-order mark, CRLF or LF, quoted cells, headers in Danish or English.
 *
 * Every problem is reported at once, each naming the row as Excel shows it (the header is row 1)
 * and the column as the file names it, so HR can fix the sheet in one go:
 * "participants.csv row 14, column level: must be 1, 2 or 3, got '4'".
 *
 * A column the file does not have leaves that field of existing participants as it is; a column
 * that is there but empty in a row clears it (no group, no manager, no electives).
 */
import Papa from 'papaparse';
import { z } from 'zod';
import type { Language, Level, Programme } from '../programme/model';
import {
  COLUMN_LABELS,
  REQUIRED_FIELDS,
  detectSeparator,
  fieldOfHeader,
  type ParticipantField,
} from './participant-csv-columns';
import { describeElectives, describeGroups, resolveElectives, resolveGroup } from './participant-references';

/** One problem in the file: row as Excel numbers it (header = 1), column as the header names it. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/**
 * One valid data row. Optional fields are left out when the file has no such column (keep what
 * the programme has) and null when the cell is empty (clear it).
 */
export interface ParticipantRow {
  row: number;
  name: string;
  email: string;
  level: Level;
  area: string;
  /** Group id, resolved from an id or a group name. */
  group?: string | null;
  /** The manager's e-mail, lower case; resolved to a participant id when the import is planned. */
  managerEmail?: string | null;
  /** Elective module ids, resolved from ids or titles; [] when the cell is empty. */
  electives?: string[];
  locale?: Language | null;
  /** A wanted id for a new participant; existing participants keep theirs. */
  id?: string;
  /** An empty cell keeps the stored object id: HR's exports rarely carry it. */
  aadObjectId?: string;
}

export interface ParticipantsCsv {
  rows: ParticipantRow[];
  errors: RowError[];
  /** Things that are not wrong but worth saying, e.g. columns that were ignored. */
  warnings: string[];
}

/** "participants.csv row 14, column level: must be 1, 2 or 3, got '4'" (no column part when the problem is the whole row). */
export function formatRowError(fileName: string, error: RowError): string {
  return `${fileName} row ${error.row}${error.column ? `, column ${error.column}` : ''}: ${error.message}`;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const emailSchema = z.string().email();
const isEmail = (v: string) => emailSchema.safeParse(v).success;
const got = (expected: string) => (value: string) => ({ message: `${expected}, got '${value}'` });
const required = z.string().min(1, 'must not be empty');
const optional = (check: (v: string) => boolean, expected: string) =>
  z.string().refine((v) => v === '' || check(v), got(expected)).optional();

/** One schema for the cells of a row; cross-row checks (duplicates, managers) come after. */
const rowCellsSchema = z.object({
  name: required,
  email: required.refine(isEmail, got('must be an e-mail address')),
  level: required.refine((v) => ['1', '2', '3'].includes(v), got('must be 1, 2 or 3')),
  area: required,
  group: z.string().optional(),
  manager: optional(isEmail, "must be the manager's e-mail address"),
  electives: z.string().optional(),
  locale: optional((v) => toLanguage(v) !== undefined, 'must be da or en'),
  id: optional((v) => v.length <= 100 && ID_PATTERN.test(v), 'must be letters, digits, ".", "_", ":" or "-", starting with a letter or digit'),
  aadObjectId: z.string().optional(),
});

/** "da", "DA", "da-DK", "dansk", "Danish" → da; likewise for English. */
function toLanguage(value: string): Language | undefined {
  const v = value.toLowerCase();
  if (/^(da([-_].*)?|dansk|danish)$/.test(v)) return 'da';
  if (/^(en([-_].*)?|engelsk|english)$/.test(v)) return 'en';
  return undefined;
}

/**
 * Parses and validates a participant CSV. With `programme`, groups, electives, managers, ids and
 * object ids are checked against it too (what the import needs); without it only the file itself.
 */
export function parseParticipantsCsv(text: string, fileName: string, programme?: Programme): ParticipantsCsv {
  const withoutBom = text.replace(/^\uFEFF/, '');
  // Excel honours (and hides) a first line "sep=;"; it is not the header row, so rows keep Excel's numbers.
  const sepLine = /^sep=([;,])[ \t]*\r?\n/i.exec(withoutBom);
  const clean = sepLine ? withoutBom.slice(sepLine[0].length) : withoutBom;
  const separator = sepLine ? (sepLine[1] as ';' | ',') : detectSeparator(clean);
  const parsed = Papa.parse<string[]>(clean, { delimiter: separator, skipEmptyLines: false });
  const errors: RowError[] = parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, column: '', message: describeQuoteError(e.code) }));
  const warnings: string[] = [];
  const [header = [], ...records] = parsed.data;
  const columns = readHeader(header, fileName, errors, warnings);
  // A broken header or an unclosed quote shifts everything after it: more messages would only mislead.
  if (errors.length) return { rows: [], errors, warnings };

  const rows: ParticipantRow[] = [];
  records.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) return; // Excel leaves ";;;;" lines below the data
    let used = cells.length; // empty cells at the end of a line are harmless
    while (used > 0 && cells[used - 1].trim() === '') used -= 1;
    if (used > header.length) {
      const message = `has ${used} cells but the header has ${header.length}; put a cell that contains '${separator}' in double quotes`;
      errors.push({ row, column: '', message });
      return;
    }
    // Rows with errors take part in the checks across rows too, so every problem shows at once.
    rows.push(readRow(cells, row, columns, programme, errors));
  });
  checkAcrossRows(rows, columns, programme, errors);
  // In the order HR reads the sheet: row by row, left to right.
  const position = new Map([...columns.values()].map((c) => [c.header, c.index]));
  errors.sort((a, b) => a.row - b.row || (position.get(a.column) ?? -1) - (position.get(b.column) ?? -1));
  return { rows: errors.length ? [] : rows, errors, warnings };
}

type Columns = Map<ParticipantField, { index: number; header: string }>;

function readHeader(header: string[], fileName: string, errors: RowError[], warnings: string[]): Columns {
  const columns: Columns = new Map();
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim();
    if (!name) return;
    const field = fieldOfHeader(name);
    const earlier = field && columns.get(field);
    if (!field) ignored.push(`'${name}'`);
    else if (earlier) errors.push({ row: 1, column: name, message: `'${earlier.header}' and '${name}' are the same column; keep one` });
    else columns.set(field, { index, header: name });
  });
  for (const field of REQUIRED_FIELDS) {
    if (!columns.has(field)) errors.push({ row: 1, column: field, message: `the column is missing; add a column named ${COLUMN_LABELS[field]}` });
  }
  if (ignored.length > 1) warnings.push(`${fileName}: columns ${ignored.join(', ')} are not used and were ignored`);
  else if (ignored.length) warnings.push(`${fileName}: column ${ignored[0]} is not used and was ignored`);
  return columns;
}

function describeQuoteError(code: string): string {
  if (code === 'MissingQuotes') return 'a quoted cell is never closed (a double quote " is missing)';
  return 'a double quote " inside a cell must be doubled ("") and the cell put in double quotes';
}

function readRow(cells: string[], row: number, columns: Columns, programme: Programme | undefined, errors: RowError[]): ParticipantRow {
  const input: Partial<Record<ParticipantField, string>> = {};
  for (const [field, { index }] of columns) input[field] = (cells[index] ?? '').trim();
  const fail = (field: ParticipantField, message: string) => errors.push({ row, column: columns.get(field)!.header, message });
  const result = rowCellsSchema.safeParse(input);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const field = issue.path[0] as ParticipantField;
      if (!seen.has(field)) fail(field, issue.message);
      seen.add(field);
    }
  }
  const out: ParticipantRow = {
    row,
    name: input.name ?? '',
    email: input.email ?? '',
    level: Number(input.level) as Level,
    area: input.area ?? '',
  };
  if (input.group !== undefined) {
    const group = input.group && programme ? resolveGroup(programme, input.group) : input.group;
    if (input.group && !group) fail('group', `unknown group '${input.group}'; the groups are: ${describeGroups(programme!)}`);
    out.group = group || null;
  }
  if (input.electives !== undefined) {
    const { ids, unknown } = resolveElectives(programme, input.electives);
    unknown.forEach((u) => fail('electives', `unknown elective '${u}'; the electives are: ${describeElectives(programme!)}`));
    const most = programme?.electivesPerParticipant;
    if (most !== undefined && ids.length > most) fail('electives', `at most ${most} ${most === 1 ? 'elective' : 'electives'} per leader, got ${ids.length} (${ids.join(', ')})`);
    out.electives = ids;
  }
  if (input.manager !== undefined) out.managerEmail = input.manager.toLowerCase() || null;
  if (input.locale !== undefined) out.locale = toLanguage(input.locale) ?? null;
  if (input.id) out.id = input.id;
  if (input.aadObjectId) out.aadObjectId = input.aadObjectId;
  return out;
}

/** Duplicates within the file, managers that exist nowhere, and ids that belong to someone else. */
function checkAcrossRows(rows: ParticipantRow[], columns: Columns, programme: Programme | undefined, allErrors: RowError[]): void {
  const header = (field: ParticipantField) => columns.get(field)!.header;
  // One message per cell: a cell already reported (say, a malformed e-mail) is not also "unknown".
  const reported = new Set(allErrors.map((e) => `${e.row}:${e.column}`));
  const errors = {
    push(e: RowError) {
      if (!reported.has(`${e.row}:${e.column}`)) allErrors.push(e);
      reported.add(`${e.row}:${e.column}`);
    },
  };
  const firstRow = (key: 'email' | 'id' | 'aadObjectId') => {
    const seen = new Map<string, number>();
    for (const r of rows) {
      const value = r[key]?.toLowerCase();
      if (!value) continue;
      const earlier = seen.get(value);
      if (earlier) errors.push({ row: r.row, column: header(key), message: `duplicate ${key === 'email' ? 'e-mail' : key === 'id' ? 'id' : 'object id'} '${r[key]}', also in row ${earlier}` });
      else seen.set(value, r.row);
    }
  };
  firstRow('email');
  firstRow('id');
  firstRow('aadObjectId');
  const known = programme?.participants ?? [];
  const byEmail = new Map(known.map((p) => [p.email.toLowerCase(), p]));
  // Looked up once per row: maps keep a file of 200,000 rows against as many leaders linear.
  const byId = new Map(known.map((p) => [p.id, p]));
  const byObjectId = new Map<string, (typeof known)[number]>();
  for (const p of known) if (p.aadObjectId && !byObjectId.has(p.aadObjectId.toLowerCase())) byObjectId.set(p.aadObjectId.toLowerCase(), p);
  const inFile = new Set(rows.map((r) => r.email.toLowerCase()));
  for (const r of rows) {
    const email = r.email.toLowerCase();
    if (r.managerEmail === email) errors.push({ row: r.row, column: header('manager'), message: "must be the manager's e-mail, not the leader's own" });
    else if (r.managerEmail && !inFile.has(r.managerEmail) && !byEmail.has(r.managerEmail))
      errors.push({ row: r.row, column: header('manager'), message: `unknown manager '${r.managerEmail}': not in this file and not in the programme` });
    const existing = byEmail.get(email);
    const owner = r.id ? byId.get(r.id) : undefined;
    if (r.id && existing && existing.id !== r.id)
      errors.push({ row: r.row, column: header('id'), message: `the programme knows ${r.email} as '${existing.id}', got '${r.id}'; an id cannot change (leave the cell empty)` });
    else if (r.id && owner && owner.email.toLowerCase() !== email)
      errors.push({ row: r.row, column: header('id'), message: `id '${r.id}' belongs to ${owner.email} in the programme` });
    const holder = r.aadObjectId && byObjectId.get(r.aadObjectId.toLowerCase());
    if (holder && holder.email.toLowerCase() !== email)
      errors.push({ row: r.row, column: header('aadObjectId'), message: `object id '${r.aadObjectId}' belongs to ${holder.email} in the programme` });
  }
}
