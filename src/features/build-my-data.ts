import type { Store } from '../store/store';
import { waitlistPosition } from '../domain/self-service/elective-choice';

type MyDataStore = Pick<
  Store,
  | 'getProgramme'
  | 'pausedParticipants'
  | 'listConversations'
  | 'listCheckIns'
  | 'listAbsences'
  | 'listDeliveries'
  | 'listWaitlist'
  | 'listAudit'
  | 'listPairingPreferences'
  | 'listPairingRounds'
  | 'listMeetingAnswers'
>;

/** The file a leader downloads with "my data" / "mine data". */
export interface MyData {
  exportedAt: string;
  description: { da: string; en: string };
  programme: { id: string; name: { da: string; en: string } };
  profile: Record<string, unknown>;
  preferences: { remindersPaused: boolean };
  conversations: Record<string, unknown>[];
  checkIns: Record<string, unknown>[];
  absences: Record<string, unknown>[];
  deliveries: Record<string, unknown>[];
  waitingList: { electiveId: string; position: number; joinedAt: string }[];
  /** Sparring partners: the leader's own choice, the rounds sent with them in it (partners by id), their follow-up answers. */
  sparring: { preference: Record<string, unknown> | null; rounds: { roundId: string; date: string; partnerIds: string[] }[]; answers: Record<string, unknown>[] };
  auditLog: Record<string, unknown>[];
}

const DESCRIPTION = {
  da: 'Alt, hvad Programme Bot gemmer om dig: din profil fra programmet, din samtale med botten, dine refleksioner, afbud, de kort botten har sendt dig, dine pladser på ventelister, dine sparringsrunder og svar og handlinger i revisionsloggen, der handler om dig.',
  en: 'Everything Programme Bot stores about you: your profile from the programme, your conversation with the bot, your check-ins, absences, the cards the bot sent you, your places on waiting lists, your sparring rounds and answers, and the audit log entries about you.',
};

/**
 * Everything the bot stores about one leader, as plain JSON, for the "my data" link. Undefined
 * for an unknown participant.
 *
 * Left out on purpose: the card data of deliveries (a manager's digest card describes other
 * leaders), and the programme's shared data (sessions, modules), which is not about the leader.
 */
export async function buildMyData(store: MyDataStore, participantId: string, now: Date): Promise<MyData | undefined> {
  const programme = await store.getProgramme();
  const participant = programme.participants.find((p) => p.id === participantId);
  if (!participant) return undefined;
  const [paused, conversations, checkIns, absences, deliveries, waitlist, audit, pairingPreferences, rounds, answers] = await Promise.all([
    store.pausedParticipants(),
    store.listConversations({ scope: 'personal' }),
    store.listCheckIns({ participantId }),
    store.listAbsences({ participantId }),
    store.listDeliveries({ participantId }),
    store.listWaitlist(),
    store.listAudit({ limit: Number.POSITIVE_INFINITY }),
    store.listPairingPreferences(),
    store.listPairingRounds({ statuses: ['sent'] }),
    store.listMeetingAnswers({ participantId }),
  ]);
  const preference = pairingPreferences.find((p) => p.participantId === participantId);
  const actors = new Set([participant.aadObjectId?.toLowerCase(), participant.email.toLowerCase()].filter(Boolean));
  return {
    exportedAt: now.toISOString(),
    description: DESCRIPTION,
    programme: { id: programme.id, name: programme.name },
    profile: { ...participant },
    preferences: { remindersPaused: paused.has(participantId) },
    conversations: conversations
      .filter((c) => c.participantId === participantId)
      // The stored conversation reference holds their Teams user id and name: it is theirs too.
      .map((c) => ({ ...c })),
    checkIns: checkIns.map((c) => ({ ...c })),
    absences: absences.map((a) => ({ ...a })),
    deliveries: deliveries.map(({ key, kind, sessionId, status, dueAt, sentAt, attempts, reason, createdAt }) => ({
      key,
      kind,
      sessionId,
      status,
      dueAt,
      sentAt,
      attempts,
      reason,
      createdAt,
    })),
    waitingList: waitlist
      .filter((w) => w.participantId === participantId)
      .map((w) => ({ electiveId: w.electiveId, position: waitlistPosition(waitlist, w.electiveId, participantId) ?? 0, joinedAt: w.joinedAt })),
    sparring: {
      preference: preference ? { ...preference } : null,
      rounds: rounds.flatMap((r) => {
        const group = r.groups.find((g) => g.includes(participantId));
        return group ? [{ roundId: r.id, date: r.date, partnerIds: group.filter((id) => id !== participantId) }] : [];
      }),
      answers: answers.map((a) => ({ ...a })),
    },
    auditLog: audit
      .filter((e) => e.details.participantId === participantId || actors.has(e.actor.toLowerCase()))
      .map((e) => ({ ...e })),
  };
}

/**
 * The "my data" file for a signed link, with the download recorded in the audit log: who fetched
 * personal data, and when, belongs there. Undefined for an unknown participant.
 */
export async function downloadMyData(store: MyDataStore & Pick<Store, 'appendAudit'>, participantId: string, now: Date): Promise<MyData | undefined> {
  const data = await buildMyData(store, participantId, now);
  if (!data) return undefined;
  const profile = data.profile as { aadObjectId?: string; email?: string };
  await store.appendAudit({ at: now.toISOString(), actor: profile.aadObjectId ?? profile.email ?? participantId, action: 'myData.downloaded', details: { participantId } });
  return data;
}
