/**
 * Roster sync: reads the whole roster of each team where the app is installed with Teams' paged
 * members API and stores the participants among the members (their opaque Teams user ids). Then a
 * leader who never wrote to the bot can be reached by opening a 1:1 chat, without one look-up per
 * leader: 10,000 members are 20 pages of 500, where one-by-one look-ups on one thread (3,600 an
 * hour) would take close to three hours.
 *
 * A team is read when the app is installed there, when members are added (both ask for a read),
 * after an import of leaders, and otherwise once a day. Every page is one read on the team's
 * thread, paced by the one rate limiter and retried under the one retry policy: a 429, 5xx or
 * timeout is tried again, never taken as "not a member".
 */
import type { ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { Store } from '../store/store';
import type { ConversationRecord, RosterSync } from '../store/store-schema';
import type { RosterEntry } from '../store/roster-changes';
import type { ConnectorSender, SendFailure } from './connector-sender';
import { waitForTurn, type RateLimiter } from './rate-limiter';
import { decideAfterFailure } from './retry-policy';

/** How often a team's roster is read in full even when nothing asked for it. */
export const ROSTER_SYNC_EVERY_MS = 24 * 3_600_000;

export interface RosterSyncDeps {
  store: Store;
  sender: ConnectorSender;
  limiter: RateLimiter;
  logger: Logger;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  shouldStop?: () => boolean;
}

export interface RosterSyncReport {
  /** Teams read in full. */
  synced: number;
  /** Pages read (each one request), retries included. */
  pages: number;
  /** Participants found, in the teams read. */
  matched: number;
  /** Waiting deliveries released because their leader was found. */
  released: number;
  /** Teams whose read did not finish this time (tried again at the next tick). */
  unfinished: number;
}

/** Whether a team's roster should be read now: never read, asked for since, or older than a day. */
export function isRosterSyncDue(sync: RosterSync | undefined, now: Date, everyMs = ROSTER_SYNC_EVERY_MS): boolean {
  if (!sync?.syncedAt) return true;
  if (sync.requestedAt) return true;
  return Date.parse(sync.syncedAt) + everyMs <= now.getTime();
}

/** The teams where the app is installed, one conversation each (the team's own, else a channel). */
export async function installedTeams(store: Store): Promise<{ teamId: string; conversation: ConversationRecord }[]> {
  const channels = (await store.listConversations({ scope: 'channel', active: true })).filter((c) => c.teamId);
  const teams = new Map<string, ConversationRecord>();
  for (const c of channels) if (!teams.has(c.teamId!) || c.id === c.teamId) teams.set(c.teamId!, c);
  return [...teams].map(([teamId, conversation]) => ({ teamId, conversation }));
}

/**
 * Reads every team whose roster is due. `budgetMs` bounds the time spent waiting on retries in
 * one call, so a failing team does not hold up the deliveries after it; it is read again later.
 */
export async function syncDueRosters(deps: RosterSyncDeps, { budgetMs = 120_000 }: { budgetMs?: number } = {}): Promise<RosterSyncReport> {
  const report: RosterSyncReport = { synced: 0, pages: 0, matched: 0, released: 0, unfinished: 0 };
  const deadline = deps.clock().getTime() + budgetMs;
  const syncs = new Map((await deps.store.listRosterSyncs()).map((s) => [s.teamId, s]));
  for (const { teamId, conversation } of await installedTeams(deps.store)) {
    if (deps.shouldStop?.()) break;
    if (!isRosterSyncDue(syncs.get(teamId), deps.clock())) continue;
    await syncTeam(deps, teamId, conversation, deadline, report);
  }
  if (report.synced || report.unfinished) deps.logger.info(report, 'rosters read');
  return report;
}

async function syncTeam(deps: RosterSyncDeps, teamId: string, team: ConversationRecord, deadline: number, report: RosterSyncReport): Promise<void> {
  const { store, sender, limiter, logger } = deps;
  const startedAt = deps.clock();
  // The team's roster is read on the team's thread: its id is the team id.
  const reference: Partial<ConversationReference> = {
    ...(team.reference as Partial<ConversationReference>),
    conversation: { id: teamId, isGroup: true, conversationType: 'channel', tenantId: team.tenantId } as ConversationReference['conversation'],
  };
  const entries: RosterEntry[] = [];
  let token: string | undefined;
  let attempt = 0;
  let restarts = 0;
  for (;;) {
    if (deps.shouldStop?.()) return void report.unfinished++;
    await waitForTurn(limiter, teamId, 'read', () => deps.clock().getTime(), deps.sleep);
    const page = await sender.readMemberPage(reference, token);
    report.pages++;
    if (page.ok) {
      attempt = 0;
      for (const m of page.members) entries.push({ userId: m.id, aadObjectId: m.aadObjectId, userPrincipalName: m.userPrincipalName, email: m.email });
      token = page.continuationToken;
      if (!token) break;
      continue;
    }
    attempt++;
    const outcome = await afterReadFailure(deps, teamId, page, attempt, deadline);
    if (outcome === 'retry') continue;
    if (outcome === 'restart' && restarts < 2) {
      // The roster changed while it was being read and Teams refused the old token: start over.
      restarts++;
      entries.length = 0;
      token = undefined;
      continue;
    }
    if (outcome === 'closed') {
      // The app was removed from the team (or the team is gone): nothing to read, nobody to reach there.
      await store.deactivateConversation(team.id, page.errorCode ?? 'removed', deps.clock());
      await store.removeRosterMembers(teamId);
      logger.warn({ teamId, code: page.errorCode }, 'team roster cannot be read: the app is no longer in the team');
      return;
    }
    await store.recordRosterSyncFailure(teamId, describe(page), deps.clock());
    report.unfinished++;
    logger.warn({ teamId, status: page.status, code: page.errorCode }, 'team roster read did not finish; it is tried again later');
    return;
  }
  const saved = await store.saveRoster(teamId, entries, { startedAt, now: deps.clock() });
  report.synced++;
  report.matched += saved.matched;
  report.released += saved.released;
  logger.info({ teamId, members: saved.members, matched: saved.matched, released: saved.released }, 'team roster stored');
}

/** What to do after a failed page: the same retry policy and limiter as sends. */
async function afterReadFailure(
  deps: RosterSyncDeps,
  teamId: string,
  failure: SendFailure,
  attempt: number,
  deadline: number,
): Promise<'retry' | 'restart' | 'closed' | 'give-up'> {
  const now = deps.clock().getTime();
  const decision = decideAfterFailure({ status: failure.status, retryAfter: failure.retryAfter, errorCode: failure.errorCode, attempt, now, random: deps.random ?? Math.random });
  if (decision.action === 'deactivate' || (failure.status === 404 && failure.errorCode === 'ConversationNotFound')) return 'closed';
  if (decision.action === 'fail') return failure.status === 400 ? 'restart' : 'give-up';
  if (failure.status === 429) await deps.limiter.penalize(teamId, decision.delayMs);
  // Past the budget the read is left for the next tick rather than holding up the deliveries.
  if (now + decision.delayMs > deadline) return 'give-up';
  deps.logger.warn({ teamId, status: failure.status, code: failure.errorCode, delayMs: decision.delayMs }, 'team roster page failed; trying again');
  await deps.sleep(decision.delayMs);
  return 'retry';
}

function describe(failure: SendFailure): string {
  return [failure.status ? `HTTP ${failure.status}` : 'no HTTP answer', failure.errorCode].filter(Boolean).join(' ');
}
