import { findModule } from '../programme/attendance';
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
