/**
 * Plans a participant import: the programme as it will be after the file is applied, and what
 * changes. Pure, so a dry run shows exactly what a real import would save.
 *
 * The e-mail address (any case) is the key, because it is the one value both HR's spreadsheet
 * and Teams know. Existing participants keep their id and Entra object id (check-ins, deliveries
 * and conversations refer to them); leaders missing from the file are deactivated, never deleted,
 * so their history stays. Applying the same file twice changes nothing the second time.
 */
import { CodedError } from '../errors';
import { programmeSchema, type Participant, type Programme } from '../programme/model';
import type { ParticipantRow } from './parse-participants-csv';

export interface ParticipantImportPlan {
  next: Programme;
  /** Ids of new participants, in file order. */
  added: string[];
  /** Existing participants whose fields change (reactivation is reported in `reactivated`, not here). */
  changed: { id: string; fields: string[] }[];
  deactivated: string[];
  reactivated: string[];
  /** Participants nothing happens to. */
  unchanged: number;
}

/** The fields compared to tell whether a participant changed, in the order they are reported. */
const COMPARED: readonly (keyof Participant)[] = ['name', 'email', 'level', 'area', 'group', 'managerId', 'electives', 'locale', 'aadObjectId'];

/** Names of the fields that differ between two versions of a participant ("active" not included). */
export function changedFields(before: Participant, after: Participant): string[] {
  return COMPARED.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

/**
 * The programme after upserting `rows` (validated rows from parseParticipantsCsv) by e-mail.
 * Throws IMPORT_INVALID if the result does not validate (for instance a manager e-mail the
 * parser could not check because it had no programme).
 */
export function planParticipantImport(programme: Programme, rows: ParticipantRow[]): ParticipantImportPlan {
  const byEmail = new Map(programme.participants.map((p) => [p.email.toLowerCase(), p]));
  const taken = new Set(programme.participants.map((p) => p.id));
  const idOf = new Map(programme.participants.map((p) => [p.email.toLowerCase(), p.id]));
  // Ids first, so a manager can be a leader further down the same file.
  const ids = rows.map((row) => {
    const email = row.email.toLowerCase();
    const id = byEmail.get(email)?.id ?? row.id ?? participantIdFromEmail(email, taken);
    taken.add(id);
    idOf.set(email, id);
    return id;
  });
  const updated = new Map<string, Participant>();
  rows.forEach((row, i) => updated.set(ids[i], applyRow(byEmail.get(row.email.toLowerCase()), ids[i], row, idOf)));

  const plan: Omit<ParticipantImportPlan, 'next'> = { added: [], changed: [], deactivated: [], reactivated: [], unchanged: 0 };
  const participants = programme.participants.map((before) => {
    const after = updated.get(before.id) ?? { ...before, active: false };
    const fields = changedFields(before, after);
    if (fields.length) plan.changed.push({ id: before.id, fields });
    if (before.active && !after.active) plan.deactivated.push(before.id);
    if (!before.active && after.active) plan.reactivated.push(before.id);
    if (!fields.length && before.active === after.active) plan.unchanged += 1;
    return after;
  });
  const existing = new Set(programme.participants.map((p) => p.id));
  for (const id of ids) {
    if (existing.has(id)) continue;
    participants.push(updated.get(id)!);
    plan.added.push(id);
  }
  const result = programmeSchema.safeParse({ ...programme, participants });
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new CodedError('IMPORT_INVALID', `The import would make the programme invalid: ${problems.join('; ')}`);
  }
  return { next: result.data, ...plan };
}

/**
 * How many of the active leaders an import would deactivate, when that is more than `maxShare`
 * (0–1) of them; undefined when it is within bounds. A file missing most leaders is far more
 * often a wrong or truncated export (only the header row) than a real change.
 */
export function excessiveDeactivation(before: Programme, deactivated: readonly string[], maxShare: number): { count: number; active: number } | undefined {
  const active = before.participants.filter((p) => p.active).length;
  return active > 0 && deactivated.length > maxShare * active ? { count: deactivated.length, active } : undefined;
}

/** A participant as the row describes them; columns the file does not have keep what `existing` has. */
function applyRow(existing: Participant | undefined, id: string, row: ParticipantRow, idOf: Map<string, string>): Participant {
  const managerId =
    row.managerEmail === undefined ? existing?.managerId : row.managerEmail === null ? undefined : idOf.get(row.managerEmail) ?? row.managerEmail;
  const next: Participant = {
    id,
    name: row.name,
    // A difference only in case is not a change: Exchange addresses are case-insensitive.
    email: existing && existing.email.toLowerCase() === row.email.toLowerCase() ? existing.email : row.email,
    aadObjectId: row.aadObjectId ?? existing?.aadObjectId,
    level: row.level,
    area: row.area,
    group: row.group === undefined ? existing?.group : row.group ?? undefined,
    managerId,
    electives: row.electives ?? existing?.electives ?? [],
    locale: row.locale === undefined ? existing?.locale : row.locale ?? undefined,
    active: true,
  };
  // Leave absent fields out rather than undefined, so the stored JSON stays tidy.
  return Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Participant;
}

/**
 * A readable id for a new participant from their e-mail: "sofie.noergaard@kommune.dk" →
 * "sofie.noergaard". When that is taken, the whole address ("sofie.noergaard-kommune.dk"), then a
 * number. The same file against the same programme always gives the same ids.
 */
export function participantIdFromEmail(email: string, taken: ReadonlySet<string>): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFD')
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
      .slice(0, 90);
  const local = slug(email.split('@')[0]) || 'participant';
  for (const candidate of [local, slug(email.replace('@', '-')) || local]) if (!taken.has(candidate)) return candidate;
  let n = 2;
  while (taken.has(`${local}-${n}`)) n += 1;
  return `${local}-${n}`;
}
