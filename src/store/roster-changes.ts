/**
 * The roster operations as pure functions of the store data: the lowdb store applies them to its
 * document; a database store implements the same operations as statements in one transaction.
 */
import type { Participant } from '../domain/programme/model';
import { releaseWaiting } from './outbox-changes';
import type { RosterMember, RosterSync, StoreData } from './store-schema';

/** One member of a team as Teams' roster read returns it. */
export interface RosterEntry {
  /** Teams user id ("29:…"). */
  userId: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
}

export interface SavedRoster {
  /** Members read. */
  members: number;
  /** Of them, participants of the programme (the only ones kept). */
  matched: number;
  /** Waiting deliveries that are due again because their leader can now be reached. */
  released: number;
}

/**
 * The participant a roster member is: by Entra object id first, else by UPN or e-mail against
 * the participant's e-mail (for leaders imported without an object id).
 */
export function participantForMember(participants: readonly Participant[], member: RosterEntry): Participant | undefined {
  const aad = member.aadObjectId?.toLowerCase();
  if (aad) {
    const byAad = participants.find((p) => p.aadObjectId?.toLowerCase() === aad);
    if (byAad) return byAad;
  }
  const names = [member.userPrincipalName, member.email].filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase());
  return names.length ? participants.find((p) => !p.aadObjectId && names.includes(p.email.toLowerCase())) : undefined;
}

function upsertSync(syncs: readonly RosterSync[], teamId: string, change: (row: RosterSync) => RosterSync): RosterSync[] {
  const existing = syncs.find((s) => s.teamId === teamId) ?? { teamId };
  return [...syncs.filter((s) => s.teamId !== teamId), change(existing)];
}

/**
 * Replaces a team's roster with a complete read: keeps the participants among the members,
 * records the read, and releases the waiting deliveries of every participant found. A new read
 * asked for after `startedAt` stays asked for.
 */
export function saveRoster(
  data: StoreData,
  teamId: string,
  entries: readonly RosterEntry[],
  { startedAt, now }: { startedAt: Date; now: Date },
): { data: StoreData; result: SavedRoster } {
  const at = now.toISOString();
  const kept = new Map<string, RosterMember>();
  for (const entry of entries) {
    const participant = participantForMember(data.programme.participants, entry);
    if (participant && !kept.has(participant.id)) {
      kept.set(participant.id, { teamId, participantId: participant.id, userId: entry.userId, aadObjectId: entry.aadObjectId, syncedAt: at });
    }
  }
  const rosterMembers = [...data.rosterMembers.filter((m) => m.teamId !== teamId), ...kept.values()];
  const rosterSyncs = upsertSync(data.rosterSyncs, teamId, (row) => ({
    ...row,
    requestedAt: row.requestedAt && Date.parse(row.requestedAt) > startedAt.getTime() ? row.requestedAt : undefined,
    syncedAt: at,
    members: entries.length,
    matched: kept.size,
    lastError: undefined,
    lastErrorAt: undefined,
  }));
  const { data: released, released: count } = releaseWaiting({ ...data, rosterMembers, rosterSyncs }, new Set(kept.keys()), now);
  return { data: released, result: { members: entries.length, matched: kept.size, released: count } };
}

/** Asks for a full read of a team's roster (installation, members added, an import). */
export function requestRosterSync(data: StoreData, teamId: string, now: Date): StoreData {
  return { ...data, rosterSyncs: upsertSync(data.rosterSyncs, teamId, (row) => ({ ...row, requestedAt: now.toISOString() })) };
}

/** Records why a read did not finish; the request stays, so the next tick tries again. */
export function recordRosterSyncFailure(data: StoreData, teamId: string, reason: string, now: Date): StoreData {
  return { ...data, rosterSyncs: upsertSync(data.rosterSyncs, teamId, (row) => ({ ...row, lastError: reason, lastErrorAt: now.toISOString() })) };
}

/** Forgets members who left a team, or (no user ids) the whole team's roster when the app was removed. */
export function removeRosterMembers(data: StoreData, teamId: string, userIds?: readonly string[]): { data: StoreData; result: number } {
  const gone = (m: RosterMember) => m.teamId === teamId && (!userIds || userIds.includes(m.userId));
  const rosterMembers = data.rosterMembers.filter((m) => !gone(m));
  const removed = data.rosterMembers.length - rosterMembers.length;
  const rosterSyncs = userIds ? data.rosterSyncs : data.rosterSyncs.filter((s) => s.teamId !== teamId);
  return removed || !userIds ? { data: { ...data, rosterMembers, rosterSyncs }, result: removed } : { data, result: 0 };
}
