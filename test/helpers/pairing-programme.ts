/**
 * A programme for sparring-partner tests: the small programme's leaders plus three more, so seven
 * active leaders in five areas and on all three levels make two pairs and a trio. Its first
 * gathering (7 January 2027) has a reflection question, which the intro card suggests.
 */
import { programmeSchema, type Programme } from '../../src/domain/programme/model';
import { leader } from './programme-builders';
import { smallProgramme } from './programmes';

export const GATHERING_QUESTION = {
  da: 'Hvor har du brugt det fælles ledelsessprog i denne uge?',
  en: 'Where did you use the shared leadership language this week?',
};

export function pairingProgramme(): Programme {
  const base = smallProgramme();
  return programmeSchema.parse({
    ...base,
    modules: base.modules.map((m) => (m.id === 'm1' ? { ...m, reflectionQuestions: [{ question: GATHERING_QUESTION }] } : m)),
    participants: [
      ...base.participants,
      leader('p6', 3, { name: 'Ida Berg', email: 'ida.berg@kommune.example', area: 'Kultur', aadObjectId: 'aad-p6' }),
      leader('p7', 3, { name: 'Omar Said', email: 'omar.said@kommune.example', area: 'Social og Sundhed', aadObjectId: 'aad-p7' }),
      leader('p8', 2, { name: 'Lene Vang', email: 'lene.vang@kommune.example', area: 'Teknik og Miljø', managerId: 'p1', aadObjectId: 'aad-p8' }),
    ],
  });
}

/** The active leaders' ids. */
export const PAIRING_LEADERS = ['p1', 'p2', 'p3', 'p4', 'p6', 'p7', 'p8'];
