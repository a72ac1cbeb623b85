import { resolveBroadcastAudience } from '../domain/announcements/announcement';
import { isInAudience, sessionAudience } from '../domain/programme/attendance';
import type { Language, Programme } from '../domain/programme/model';
import { audienceReach, type AudienceReach } from '../domain/schedule/reach';
import { t } from '../domain/language/texts';
import type { ReachListScope } from '../links/reach-list-token';
import type { Store } from '../store/store';
import { toExcelCsv } from './excel-csv';
import { reachOfParticipants } from './reach-report';

/** Who of these participants the bot can write to now, and who it cannot and why (see domain/schedule/reach.ts). */
export async function reachOfAudience(store: Store, participantIds: readonly string[]): Promise<AudienceReach> {
  return audienceReach(await reachOfParticipants(store), participantIds);
}

/** The active participants in a session's audience: who a change to it is sent to. */
export function sessionAudienceIds(programme: Programme, sessionId: string): string[] | undefined {
  const session = programme.sessions.find((s) => s.id === sessionId);
  if (!session) return undefined;
  const audience = sessionAudience(programme, session);
  return programme.participants.filter((p) => p.active && isInAudience(p, audience)).map((p) => p.id);
}

/** The participants a reach list is about: an announcement draft's audience, or a session's. */
async function audienceIdsOf(store: Store, scope: Pick<ReachListScope, 'kind' | 'id'>): Promise<string[] | undefined> {
  const programme = await store.getProgramme();
  if (scope.kind === 'session') return sessionAudienceIds(programme, scope.id);
  const announcement = await store.findAnnouncement(scope.id);
  if (!announcement) return undefined;
  const channels = new Set((await store.listConversations({ scope: 'channel', active: true })).map((c) => c.id));
  return resolveBroadcastAudience(programme, announcement.audience, channels).participants.map((p) => p.id);
}

/**
 * Column names are English and fixed whatever the language, like the exports: HR's filters and
 * formulas refer to them. The reason is written in the admin's language.
 */
const REACH_LIST_COLUMNS = ['name', 'email', 'level', 'group', 'reason'];

/**
 * The CSV of the leaders in an audience the bot cannot reach now, with why, for HR to contact
 * them another way or have the app installed for them. Undefined when the announcement or
 * session no longer exists.
 */
export async function reachListCsv(store: Store, scope: Pick<ReachListScope, 'kind' | 'id'>, language: Language): Promise<{ csv: string; count: number } | undefined> {
  const ids = await audienceIdsOf(store, scope);
  if (!ids) return undefined;
  const programme = await store.getProgramme();
  const byId = new Map(programme.participants.map((p) => [p.id, p]));
  const groupName = (id?: string) => programme.groups.find((g) => g.id === id)?.name ?? id ?? '';
  const { unreachable } = await reachOfAudience(store, ids);
  const rows = unreachable.map((e) => {
    const p = byId.get(e.participantId);
    return [e.name, e.email, String(p?.level ?? ''), groupName(p?.group), t(language, `reach.reason.${e.why}`)];
  });
  return { csv: toExcelCsv(REACH_LIST_COLUMNS, rows), count: rows.length };
}
