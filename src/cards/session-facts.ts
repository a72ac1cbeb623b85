import { formatSessionTime } from '../domain/calendar/format-date';
import type { Language, Programme, Session } from '../domain/programme/model';
import { t } from '../domain/language/texts';
import type { Fact } from './card-types';

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
