import type { Programme } from '../programme/model';

export type DigestRole = 'owner' | 'manager';

/** Who gets a weekly digest, and how to find their chat. */
export interface DigestRecipient {
  role: DigestRole;
  /** Stable id within the role: the participant id, or the owner's identity from config. */
  id: string;
  participantId?: string;
  aadObjectId?: string;
  email?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Programme owners (from config, by Entra object id or e-mail; they need not be participants)
 * and every active participant who is the manager of at least one active leader. Someone who is
 * both gets both digests: the programme-wide one and the one about their own people.
 */
export function digestRecipients(programme: Programme, owners: readonly string[]): DigestRecipient[] {
  const active = programme.participants.filter((p) => p.active);
  const byIdentity = (identity: string) =>
    active.find((p) => p.email.toLowerCase() === identity.toLowerCase() || p.aadObjectId?.toLowerCase() === identity.toLowerCase());
  const ownerRecipients = [...new Set(owners.map((o) => o.trim().toLowerCase()))].map((identity): DigestRecipient => {
    const participant = byIdentity(identity);
    if (participant) return { role: 'owner', id: participant.id, participantId: participant.id, aadObjectId: participant.aadObjectId, email: participant.email };
    return GUID.test(identity) ? { role: 'owner', id: identity, aadObjectId: identity } : { role: 'owner', id: identity, email: identity };
  });
  const managerIds = new Set(active.map((p) => p.managerId).filter((id): id is string => Boolean(id)));
  const managers = active
    .filter((p) => managerIds.has(p.id))
    .map((p): DigestRecipient => ({ role: 'manager', id: p.id, participantId: p.id, aadObjectId: p.aadObjectId, email: p.email }));
  return [...ownerRecipients, ...managers];
}
