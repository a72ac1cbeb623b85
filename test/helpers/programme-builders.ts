/**
 * Building blocks for hand-built programmes in unit tests: each test lays out the modules,
 * sessions and leaders its rule needs, and these keep the parts every such test repeats (texts,
 * a session's place, a leader's e-mail and area) in one place. See also programmes.ts.
 */
import type { LocalizedText, Participant, ProgrammeInput } from '../../src/domain/programme/model';

type SessionInput = ProgrammeInput['sessions'][number];

/** The same words in Danish and English: a test programme needs no translation. */
export function bothLanguages(text: string): LocalizedText {
  return { da: text, en: text };
}

/** A session at Rådhuset, for its module's audience or, when given, a narrower one. */
export function sessionAt(id: string, moduleId: string, start: string, end: string, audience?: SessionInput['audience']): SessionInput {
  return { id, moduleId, start, end, place: { name: 'Rådhuset' }, ...(audience ? { audience } : {}) };
}

/** A leader in Børn og Unge, named by their id unless `extra` names them, active unless it says otherwise. */
export function leader(id: string, level: 1 | 2 | 3, extra: Partial<Participant> = {}) {
  return { id, name: id, email: `${id}@kommune.example`, level, area: 'Børn og Unge', ...extra };
}
