/**
 * How a session is named where an admin picks or checks one: two runs of the same module on the
 * same day must never read alike. Pure.
 */
import { sessionAudience } from '../programme/attendance';
import { formatSessionTime } from '../calendar/format-date';
import type { Language, Programme, Session } from '../programme/model';
import { moduleOf, placeSummary } from './describe-session';
import { describeAudience } from './describe-audience';
import { joinList, t } from './texts';

/**
 * "6. Sparring på tværs af områder · Læringsgruppe 2 · Rådhuset, Byrådssalen · tirsdag den 26.
 * januar 2027 kl. 09.00–15.30": module, the learning groups of the session's own audience (a
 * module run once per group), place and time. Should two sessions still read alike (same
 * module, groups, place and time), each of those gets its id in brackets.
 */
export function sessionChoiceTitles(programme: Programme, sessions: readonly Session[], language: Language, now: Date): string[] {
  const titles = sessions.map((session) => {
    const module = moduleOf(programme, session);
    const groupIds = sessionAudience(programme, session).groups ?? [];
    const groups = joinList(language, groupIds.map((id) => programme.groups.find((g) => g.id === id)?.name ?? id));
    const when = formatSessionTime(session.start, session.end, programme.timeZone, language, now);
    return [`${module.number}. ${module.title[language]}`, groups, placeSummary(session), when].filter(Boolean).join(' · ');
  });
  const seen = new Map<string, number>();
  for (const title of titles) seen.set(title, (seen.get(title) ?? 0) + 1);
  return titles.map((title, i) => ((seen.get(title) ?? 0) > 1 ? `${title} (${sessions[i].id})` : title));
}

/**
 * "niveau 3 (ledere af medarbejdere) i Læringsgruppe 1": who a session is for. A session's
 * audience matches every criterion it gives, so levels and groups read as one group of people.
 */
export function describeSessionAudience(programme: Programme, session: Session, language: Language): string {
  const audience = sessionAudience(programme, session);
  const { levels, groups, electives } = audience;
  if (!levels?.length || !groups?.length || electives?.length) return describeAudience(programme, audience, language);
  return t(language, 'change.preview.levelsInGroups', { levels: describeAudience(programme, { levels }, language), groups: describeAudience(programme, { groups }, language) });
}
