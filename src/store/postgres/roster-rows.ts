/** Team rosters and Graph app installations as statements; see RosterStore. */
import type { Participant } from '../../domain/programme/model';
import { participantForMember, type RosterEntry, type SavedRoster } from '../roster-changes';
import type { AppInstallation, RosterMember, RosterSync } from '../store-schema';
import type { Queryable } from './database';
import { releaseWaiting } from './outbox-rows';
import { APP_INSTALLATIONS, asJson, fromRow, insertFromJson, ROSTER_MEMBERS, ROSTER_SYNCS } from './tables';

/**
 * Replaces a team's roster with a complete read, records the read and releases the waiting
 * deliveries of every participant found. Run in a transaction. A read asked for after
 * `startedAt` stays asked for.
 */
export async function saveRoster(
  db: Queryable,
  participants: readonly Participant[],
  teamId: string,
  entries: readonly RosterEntry[],
  { startedAt, now }: { startedAt: Date; now: Date },
): Promise<SavedRoster> {
  const at = now.toISOString();
  const kept = new Map<string, RosterMember>();
  for (const entry of entries) {
    const participant = participantForMember(participants, entry);
    if (participant && !kept.has(participant.id)) {
      kept.set(participant.id, { teamId, participantId: participant.id, userId: entry.userId, aadObjectId: entry.aadObjectId, syncedAt: at });
    }
  }
  await db.query('DELETE FROM roster_members WHERE team_id = $1', [teamId]);
  if (kept.size) await db.query(insertFromJson(ROSTER_MEMBERS), [asJson([...kept.values()])]);
  await db.query(
    `INSERT INTO roster_syncs (team_id, synced_at, members, matched) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id) DO UPDATE SET seq = DEFAULT,
       requested_at = CASE WHEN roster_syncs.requested_at > $5 THEN roster_syncs.requested_at END,
       synced_at = $2, members = $3, matched = $4, last_error = NULL, last_error_at = NULL`,
    [teamId, now, entries.length, kept.size, startedAt],
  );
  const released = await releaseWaiting(db, [...kept.keys()], now);
  return { members: entries.length, matched: kept.size, released };
}

export async function requestRosterSync(db: Queryable, teamId: string, now: Date): Promise<void> {
  await db.query(`INSERT INTO roster_syncs (team_id, requested_at) VALUES ($1, $2) ON CONFLICT (team_id) DO UPDATE SET seq = DEFAULT, requested_at = $2`, [teamId, now]);
}

export async function recordRosterSyncFailure(db: Queryable, teamId: string, reason: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO roster_syncs (team_id, last_error, last_error_at) VALUES ($1, $2, $3)
     ON CONFLICT (team_id) DO UPDATE SET seq = DEFAULT, last_error = $2, last_error_at = $3`,
    [teamId, reason, now],
  );
}

/** Forgets members who left, or (no user ids) the team's whole roster and its reads. Run in a transaction. */
export async function removeRosterMembers(db: Queryable, teamId: string, userIds?: readonly string[]): Promise<number> {
  const removed = await db.query('DELETE FROM roster_members WHERE team_id = $1 AND ($2::text[] IS NULL OR user_id = ANY($2::text[]))', [teamId, userIds ?? null]);
  if (!userIds) await db.query('DELETE FROM roster_syncs WHERE team_id = $1', [teamId]);
  return removed.rowCount ?? 0;
}

export async function listRosterMembers(db: Queryable, filter: { participantId?: string; userId?: string; aadObjectId?: string; teamId?: string }): Promise<RosterMember[]> {
  const { rows } = await db.query(
    `SELECT * FROM roster_members
      WHERE ($1::text IS NULL OR participant_id = $1) AND ($2::text IS NULL OR user_id = $2)
        AND ($3::text IS NULL OR lower(aad_object_id) = lower($3)) AND ($4::text IS NULL OR team_id = $4)
      ORDER BY seq`,
    [filter.participantId ?? null, filter.userId ?? null, filter.aadObjectId ?? null, filter.teamId ?? null],
  );
  return rows.map((row) => fromRow(ROSTER_MEMBERS, row));
}

export async function listRosterSyncs(db: Queryable): Promise<RosterSync[]> {
  const { rows } = await db.query('SELECT * FROM roster_syncs ORDER BY seq');
  return rows.map((row) => fromRow(ROSTER_SYNCS, row));
}

export async function recordAppInstallation(db: Queryable, entry: AppInstallation): Promise<void> {
  await db.query(
    insertFromJson(APP_INSTALLATIONS, 'ON CONFLICT (participant_id) DO UPDATE SET seq = DEFAULT, status = excluded.status, reason = excluded.reason, at = excluded.at'),
    [asJson([entry])],
  );
}

export async function listAppInstallations(db: Queryable): Promise<AppInstallation[]> {
  const { rows } = await db.query('SELECT * FROM app_installations ORDER BY seq');
  return rows.map((row) => fromRow(APP_INSTALLATIONS, row));
}
