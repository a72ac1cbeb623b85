/**
 * Plans a programme import: the new schedule replaces the old one, but people are handled with
 * the same care as a participant import, because check-ins, deliveries and conversations refer
 * to participant ids and Teams links people by their Entra object id.
 *
 * - A file without a `participants` key is a schedule-only file: the current participants stay
 *   as they are (they must still fit the new schedule: their groups and electives must exist).
 * - A file with `participants: []` while the programme has participants is refused: it would
 *   deactivate everyone, which is never what an author of a schedule means.
 * - Participants are matched by e-mail (any case), then by id (a changed e-mail address). A
 *   matched participant keeps the stored object id when the file has none, and must keep their id.
 * - Participants the file leaves out are kept, deactivated, never deleted; references of theirs
 *   that the new schedule no longer has (group, electives, manager) are dropped.
 */
import { programmeSchema, type Participant, type Programme } from '../programme/model';
import { describeIssue } from './parse-programme-file';
import { changedFields } from './plan-participant-import';

export interface ProgrammeImportPlan {
  /** The programme to save; undefined when there are errors. */
  next?: Programme;
  errors: string[];
  participants: { added: string[]; changed: { id: string; fields: string[] }[]; deactivated: string[]; reactivated: string[]; unchanged: number };
  sessions: { added: string[]; changed: string[]; removed: string[] };
  modules: { added: string[]; removed: string[] };
}

/** Merges a parsed programme file (see parseProgrammeFile) into the current programme. */
export function planProgrammeImport(current: Programme, incoming: Programme, participantsGiven: boolean, fileName: string): ProgrammeImportPlan {
  const plan: ProgrammeImportPlan = {
    errors: [],
    participants: { added: [], changed: [], deactivated: [], reactivated: [], unchanged: 0 },
    sessions: diffById(current.sessions, incoming.sessions),
    modules: (({ added, removed }) => ({ added, removed }))(diffById(current.modules, incoming.modules)),
  };
  const active = current.participants.filter((p) => p.active).length;
  if (participantsGiven && incoming.participants.length === 0 && current.participants.length > 0) {
    plan.errors.push(
      `${fileName}: the participants list is empty, but the programme has ${current.participants.length} participants (${active} active). ` +
        'Leave the participants key out to import the schedule only, or import participants with "import participants <file.csv>".',
    );
    return plan;
  }
  const participants = participantsGiven ? mergeParticipants(current, incoming, fileName, plan) : current.participants;
  if (plan.errors.length) return plan;
  const merged = { ...incoming, participants };
  const result = programmeSchema.safeParse(merged);
  if (!result.success) {
    // Name the person, not only the index: kept participants are not in the file at all.
    plan.errors = result.error.issues.map((issue) => {
      const who = issue.path[0] === 'participants' ? participants[issue.path[1] as number]?.email : undefined;
      const kept = who && !incoming.participants.some((p) => p.email.toLowerCase() === who.toLowerCase());
      return `${describeIssue(fileName, issue, merged)}${who ? ` (${who}${kept ? ', kept from the current programme' : ''})` : ''}`;
    });
    return plan;
  }
  if (!participantsGiven) plan.participants.unchanged = participants.length;
  return { ...plan, next: result.data };
}

function mergeParticipants(current: Programme, incoming: Programme, fileName: string, plan: ProgrammeImportPlan): Participant[] {
  const byEmail = new Map(current.participants.map((p) => [p.email.toLowerCase(), p]));
  const byId = new Map(current.participants.map((p) => [p.id, p]));
  const matched = new Set<string>();
  const summary = plan.participants;
  const next = incoming.participants.map((p, i) => {
    const sameEmail = byEmail.get(p.email.toLowerCase());
    if (sameEmail && sameEmail.id !== p.id) {
      plan.errors.push(`${fileName}, participants.${i}.id: the programme knows ${p.email} as '${sameEmail.id}', got '${p.id}'; an id cannot change (check-ins and deliveries refer to it)`);
    }
    const before = sameEmail ?? byId.get(p.id);
    if (!before) {
      summary.added.push(p.id);
      return p;
    }
    matched.add(before.id);
    const after = { ...p, aadObjectId: p.aadObjectId ?? before.aadObjectId };
    const fields = changedFields(before, after);
    if (fields.length) summary.changed.push({ id: p.id, fields });
    if (!before.active && after.active) summary.reactivated.push(p.id);
    if (before.active && !after.active) summary.deactivated.push(p.id);
    if (!fields.length && before.active === after.active) summary.unchanged += 1;
    return stripUndefined(after);
  });
  const groups = new Set(incoming.groups.map((g) => g.id));
  const electives = new Set(incoming.modules.filter((m) => m.kind === 'elective').map((m) => m.id));
  const ids = new Set([...next.map((p) => p.id), ...current.participants.map((p) => p.id)]);
  for (const p of current.participants) {
    if (matched.has(p.id)) continue;
    if (p.active) summary.deactivated.push(p.id);
    else summary.unchanged += 1;
    next.push(
      stripUndefined({
        ...p,
        active: false,
        group: p.group && groups.has(p.group) ? p.group : undefined,
        managerId: p.managerId && ids.has(p.managerId) ? p.managerId : undefined,
        electives: p.electives.filter((e) => electives.has(e)),
      }),
    );
  }
  return next;
}

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): { added: string[]; changed: string[]; removed: string[] } {
  const old = new Map(before.map((x) => [x.id, x]));
  const fresh = new Set(after.map((x) => x.id));
  return {
    added: after.filter((x) => !old.has(x.id)).map((x) => x.id),
    changed: after.filter((x) => old.has(x.id) && JSON.stringify(old.get(x.id)) !== JSON.stringify(x)).map((x) => x.id),
    removed: before.filter((x) => !fresh.has(x.id)).map((x) => x.id),
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
