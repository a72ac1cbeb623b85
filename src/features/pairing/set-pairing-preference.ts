/**
 * A leader's own say about sparring partners: yes, no thanks, a pause until a day, or back again.
 * A pause must end on a day from today on and at most a year ahead (a longer one is a "no").
 */
import { DateTime } from 'luxon';
import { CodedError } from '../../domain/errors';
import type { PairingCommand } from '../../domain/language/match-pairing-command';
import type { Store } from '../../store/store';
import type { PairingPreferenceRecord } from '../../store/store-schema';

/** Applies the command for the leader; throws PAIRING_INVALID_PAUSE for a pause without a usable day. */
export async function setPairingPreference(
  store: Store,
  participantId: string,
  command: PairingCommand,
  today: string,
  now: Date,
): Promise<PairingPreferenceRecord> {
  switch (command.kind) {
    case 'opt-in':
      return store.setPairingPreference(participantId, { choice: 'in', pausedUntil: null }, now);
    case 'opt-out':
      return store.setPairingPreference(participantId, { choice: 'out' }, now);
    case 'resume':
      return store.setPairingPreference(participantId, { pausedUntil: null }, now);
    case 'pause': {
      const until = command.until;
      const latest = DateTime.fromISO(today, { zone: 'utc' }).plus({ years: 1 }).toISODate()!;
      if (!until) throw new CodedError('PAIRING_INVALID_PAUSE', 'The pause needs the day it ends, e.g. "pause sparring until 1 March".');
      if (until < today) throw new CodedError('PAIRING_INVALID_PAUSE', `The pause would end on ${until}, which has passed.`);
      if (until > latest) throw new CodedError('PAIRING_INVALID_PAUSE', `A pause can last at most a year (until ${latest}).`);
      return store.setPairingPreference(participantId, { pausedUntil: until }, now);
    }
  }
}
