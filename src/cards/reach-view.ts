/**
 * What an admin reads about reach before sending: how many of the audience the bot can write to
 * now, how many it cannot and why, and the link to the list of those it cannot (only in the
 * admin's personal chat: the list holds names). Shared by the announcement and session-change
 * previews.
 */
import type { AudienceReach } from '../domain/schedule/reach';
import type { Language } from '../domain/programme/model';
import { t } from '../domain/language/texts';
import type { ReachView } from './admin-card-types';

/** Where the list of those who cannot be reached is: a link (personal chat), or only in the personal chat. */
export type ReachListLink = { url: string; minutes: number } | { privateOnly: true };

export function reachView(reach: AudienceReach, language: Language, list: ReachListLink): ReachView {
  const unreachable = reach.unreachable.length;
  const link = unreachable > 0 && 'url' in list ? list : undefined;
  return {
    reachText: t(language, 'reach.summary', { reachable: reach.reachable, total: reach.total, unreachable }),
    reachReasons: reach.byReason.map((r) => ({ text: t(language, 'reach.reasonLine', { count: r.count, reason: t(language, `reach.reason.${r.reason}`) }) })),
    reachWaits: unreachable > 0 ? t(language, 'reach.waits') : '',
    csvUrl: link?.url ?? '',
    csvLabel: t(language, 'reach.csv'),
    csvNote: unreachable === 0 ? '' : link ? t(language, 'reach.csvNote', { minutes: link.minutes }) : t(language, 'reach.csvPrivateOnly'),
  };
}
