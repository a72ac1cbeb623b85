import type { Audience, Language, Programme } from '../programme/model';
import { joinList, levelName, t } from './texts';

/** "niveau 1 og 2 (direktion og chefer)" / "all leaders": who a module or message is for, in words. */
export function describeAudience(programme: Programme, audience: Audience, language: Language): string {
  const parts: string[] = [];
  if (audience.levels?.length) {
    const levels = [...audience.levels].sort();
    const names = joinList(language, levels.map((l) => levelName(language, l)));
    parts.push(`${t(language, 'audience.levels', { levels: joinList(language, levels.map(String)) })} (${names})`);
  }
  if (audience.groups?.length) {
    const names = audience.groups.map((id) => programme.groups.find((g) => g.id === id)?.name ?? id);
    parts.push(joinList(language, names));
  }
  if (audience.electives?.length) parts.push(t(language, 'audience.electives'));
  return parts.length ? joinList(language, parts) : t(language, 'audience.everyone');
}
