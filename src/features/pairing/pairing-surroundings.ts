/**
 * What every pairing use case reads first: the leaders as the pairing sees them (with their own
 * choices), the rounds already sent (the history no pair may repeat within), HR's settings and
 * the working calendar that keeps rounds off days off.
 */
import type { Config } from '../../config/config-schema';
import { dateKey } from '../../domain/calendar/calendar-dates';
import { createWorkingCalendar, type WorkingCalendar } from '../../domain/calendar/working-calendar';
import { CodedError } from '../../domain/errors';
import { pairingLeadersOf, type PairingPreference } from '../../domain/pairing/pairing-leaders';
import type { PairingRound, PairingSettings, RoundSurroundings } from '../../domain/pairing/pairing-model';
import type { Participant, Programme } from '../../domain/programme/model';
import type { Store } from '../../store/store';
import type { PairingRoundRecord } from '../../store/store-schema';

/** What the pairing use cases are given by the adapters. */
export interface PairingDeps {
  store: Store;
  config: Pick<Config, 'pairing' | 'calendar'>;
}

export interface PairingState {
  programme: Programme;
  calendar: WorkingCalendar;
  settings: PairingSettings;
  /** Rounds sent, newest day first. */
  sent: PairingRoundRecord[];
}

export async function readPairingState(deps: PairingDeps): Promise<PairingState> {
  const [programme, sent] = await Promise.all([deps.store.getProgramme(), deps.store.listPairingRounds({ statuses: ['sent'] })]);
  const { participation, vertical, repeatWindow } = deps.config.pairing;
  return {
    programme,
    calendar: createWorkingCalendar(deps.config.calendar, programme.timeZone),
    settings: { participation, vertical, repeatWindow },
    sent: sent.reverse(),
  };
}

/** The leaders and history a round is made and checked against, as they are now; the round itself is never part of its history. */
export async function surroundingsOf(store: Store, state: PairingState, round: { id?: string; date: string; absentIds?: readonly string[] }): Promise<RoundSurroundings> {
  const preferences = new Map<string, PairingPreference>((await store.listPairingPreferences()).map((p) => [p.participantId, p]));
  return {
    leaders: pairingLeadersOf(state.programme.participants, preferences),
    history: state.sent.filter((r) => r.id !== round.id && r.date <= round.date).map((r) => ({ groups: r.groups })),
    absentIds: round.absentIds ?? [],
  };
}

/** A stored round as the domain's PairingRound (issues are worked out again by the caller). */
export function pairingRoundOf(record: PairingRoundRecord): PairingRound {
  return { date: record.date, seed: record.seed, settings: record.settings, groups: record.groups, excluded: record.excluded, issues: [] };
}

/**
 * Finds a leader by id, e-mail or full name (any case), as HR types them in a swap. Throws
 * PAIRING_UNKNOWN_LEADER naming the text, or PAIRING_AMBIGUOUS_LEADER when a name fits two.
 */
export function findLeader(programme: Programme, text: string): Participant {
  const wanted = text.trim().toLowerCase();
  const byIdOrEmail = programme.participants.find((p) => p.id.toLowerCase() === wanted || p.email.toLowerCase() === wanted);
  if (byIdOrEmail) return byIdOrEmail;
  const byName = programme.participants.filter((p) => p.name.toLowerCase() === wanted);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) {
    throw new CodedError('PAIRING_AMBIGUOUS_LEADER', `${byName.length} leaders are called '${text.trim()}'; give the e-mail address instead (${byName.map((p) => p.email).join(', ')}).`);
  }
  throw new CodedError('PAIRING_UNKNOWN_LEADER', `No leader in the programme has the id, e-mail or name '${text.trim()}'.`);
}

/** Today's date (YYYY-MM-DD) on the programme's calendar. */
export function todayOf(calendar: WorkingCalendar, now: Date): string {
  return dateKey(calendar.localInstantOf(now.getTime()).date);
}
