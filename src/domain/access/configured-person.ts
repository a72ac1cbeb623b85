/**
 * People named in configuration (owners, people told about absences) by Entra object id or
 * e-mail. They need not be participants; when they are, their participant record is used, so
 * their chat and language are found the same way as every leader's.
 */
import type { Programme } from '../programme/model';

export interface ConfiguredPerson {
  /** Stable id: the participant id, or the identity as configured (lower case). */
  id: string;
  participantId?: string;
  aadObjectId?: string;
  email?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The active participant with this Entra object id or e-mail, else the identity itself. */
export function configuredPerson(programme: Programme, identity: string): ConfiguredPerson {
  const wanted = identity.trim().toLowerCase();
  const participant = programme.participants.find((p) => p.active && (p.email.toLowerCase() === wanted || p.aadObjectId?.toLowerCase() === wanted));
  if (participant) return { id: participant.id, participantId: participant.id, aadObjectId: participant.aadObjectId, email: participant.email };
  return GUID.test(wanted) ? { id: wanted, aadObjectId: wanted } : { id: wanted, email: wanted };
}

/** Each configured identity once (case does not matter), resolved with configuredPerson. */
export function configuredPeople(programme: Programme, identities: readonly string[]): ConfiguredPerson[] {
  return [...new Set(identities.map((i) => i.trim().toLowerCase()))].map((identity) => configuredPerson(programme, identity));
}
