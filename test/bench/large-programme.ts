/**
 * A large organisation for the benchmarks: the demo programme's modules, sessions, groups and
 * electives with its ~200 leaders plus copies of them up to `leaders` (new ids, names and
 * e-mails; no Entra ids, no electives, so they link by e-mail as imported leaders do), and a store
 * already holding `checkIns` answered reflection prompts spread over them.
 */
import { createDemoProgramme } from '../../src/demo/demo-programme';
import { programmeSchema, type Programme } from '../../src/domain/programme/model';
import { reflectionKey } from '../../src/domain/schedule/delivery-keys';
import { newStoreData, type CheckIn, type StoreData } from '../../src/store/store-schema';

/** The demo programme grown to `leaders` leaders. */
export function largeProgramme(now: Date, leaders: number): Programme {
  const demo = createDemoProgramme(now);
  const copies = Array.from({ length: Math.max(0, leaders - demo.participants.length) }, (_, i) => {
    const base = demo.participants[i % demo.participants.length];
    return { ...base, id: `copy-${i}`, name: `${base.name} ${i}`, email: `kopi${i}.${base.email}`, aadObjectId: undefined, electives: [], managerId: base.managerId };
  });
  return programmeSchema.parse({ ...demo, participants: [...demo.participants, ...copies] });
}

/** Store data for `programme` with `count` check-ins, the same number per leader, on its sessions in turn. */
export function storeWithCheckIns(programme: Programme, count: number, now: Date): StoreData {
  const data = newStoreData(programme);
  const { participants, sessions } = programme;
  const at = now.toISOString();
  const checkIns: CheckIn[] = Array.from({ length: count }, (_, i) => {
    const participant = participants[i % participants.length];
    const round = Math.floor(i / participants.length);
    const session = sessions[round % sessions.length];
    // More answers per leader than sessions: later rounds get a suffix so every key stays unique.
    const key = reflectionKey(session.id, participant.id) + (round >= sessions.length ? `:${Math.floor(round / sessions.length)}` : '');
    return { promptKey: key, participantId: participant.id, sessionId: session.id, rating: 1 + (i % 5), text: `Refleksion ${i}: vi talte om ledelse på tværs af områder.`, mayShare: i % 3 === 0, submittedAt: at, updatedAt: at };
  });
  return { ...data, checkIns };
}
