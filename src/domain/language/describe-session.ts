import { findModule } from '../programme/attendance';
import type { Fact } from '../card-data';
import { formatSessionTime } from '../calendar/format-date';
import type { Language, Module, Programme, Session } from '../programme/model';
import { t } from './texts';

/** "Modul 5 · Fællessamling" */
export function moduleLabel(language: Language, module: Module): string {
  return `${t(language, 'label.module', { number: module.number })} · ${t(language, `kind.${module.kind}`)}`;
}

/** The module a session belongs to; the schema guarantees it exists. */
export function moduleOf(programme: Programme, session: Session): Module {
  const module = findModule(programme, session.moduleId);
  if (!module) throw new Error(`session ${session.id} refers to unknown module ${session.moduleId}`);
  return module;
}

/** "Rådhuset, Byrådssalen" */
export function placeSummary(session: Session): string {
  return [session.place.name, session.place.room].filter(Boolean).join(', ');
}

/** The when/where/who facts of a session, in the programme's time zone. */
export function sessionFacts(programme: Programme, session: Session, language: Language, now: Date): Fact[] {
  const facts: Fact[] = [
    { title: t(language, 'fact.when'), value: formatSessionTime(session.start, session.end, programme.timeZone, language, now) },
    { title: t(language, 'fact.where'), value: session.place.name },
  ];
  if (session.place.address) facts.push({ title: t(language, 'fact.address'), value: session.place.address });
  if (session.place.room) facts.push({ title: t(language, 'fact.room'), value: session.place.room });
  if (session.facilitator) facts.push({ title: t(language, 'fact.facilitator'), value: session.facilitator });
  return facts;
}
