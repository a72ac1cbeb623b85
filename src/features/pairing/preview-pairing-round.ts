/**
 * HR's preview of a round of sparring partners: a new pairing for the next round's day (or a day
 * HR names, never a day off), saved as the one open preview with its quality report; and the
 * stored preview shown again, checked against the leaders as they are now.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { describeReason } from '../../domain/calendar/calendar-texts';
import { CodedError } from '../../domain/errors';
import { recheckRound } from '../../domain/pairing/check-round';
import { pairLeaders } from '../../domain/pairing/pair-leaders';
import type { PairingRound } from '../../domain/pairing/pairing-model';
import { reportQuality, type QualityReport } from '../../domain/pairing/quality-report';
import { localDateOf, nextRoundDate } from '../../domain/pairing/round-schedule';
import type { PairingRoundRecord } from '../../store/store-schema';
import { findLeader, pairingRoundOf, readPairingState, surroundingsOf, todayOf, type PairingDeps } from './pairing-surroundings';

/** A stored round with its issues and quality report worked out against the leaders as they are now. */
export interface PairingPreview {
  record: PairingRoundRecord;
  round: PairingRound;
  report: QualityReport;
}

export interface NewPreviewOptions {
  /** Who asks (Entra object id, e-mail or "cli:<user>"), for the round and the audit log. */
  actor: string;
  now: Date;
  /** The round's day (YYYY-MM-DD); default: the next round's day on the schedule. */
  date?: string;
  /** Leaders absent for this round: ids, e-mails or names. */
  absent?: readonly string[];
  /** Only to make a given pairing again; a new preview draws its seed at random. */
  seed?: number;
}

/** Makes and saves a new preview (any other open preview is cancelled). */
export async function previewPairingRound(deps: PairingDeps, options: NewPreviewOptions): Promise<PairingPreview> {
  const state = await readPairingState(deps);
  const today = todayOf(state.calendar, options.now);
  const date = options.date ?? nextRoundDate(state.calendar, today, deps.config.pairing, state.sent[0]?.date);
  if (options.date !== undefined) checkRoundDate(deps, state, options.date, today);
  const absentIds = [...new Set((options.absent ?? []).map((text) => findLeader(state.programme, text).id))];
  const surroundings = await surroundingsOf(deps.store, state, { date, absentIds });
  // The seed comes from here, not from the domain: the pairing stays deterministic given its seed,
  // and the seed is stored so the same round can be made again.
  const seed = options.seed ?? randomInt(0, 0x1_0000_0000);
  const round = pairLeaders({ ...surroundings, settings: state.settings, date, seed });
  const record = await deps.store.savePairingPreview(
    {
      id: `${date}-${randomBytes(3).toString('hex')}`,
      date,
      seed,
      settings: round.settings,
      groups: round.groups.map((g) => [...g]),
      excluded: [...round.excluded],
      absentIds,
      createdBy: options.actor,
      createdAt: options.now.toISOString(),
      updatedAt: options.now.toISOString(),
    },
    options.now,
  );
  return { record, round, report: reportQuality(round, surroundings) };
}

/** A stored round, checked again against the leaders and history as they are now (someone may have paused or left). */
export async function showPairingRound(deps: PairingDeps, roundId: string): Promise<PairingPreview> {
  const record = await deps.store.findPairingRound(roundId);
  if (!record) throw new CodedError('PAIRING_ROUND_NOT_FOUND', `There is no round of sparring partners with id '${roundId}'.`);
  const state = await readPairingState(deps);
  const surroundings = await surroundingsOf(deps.store, state, record);
  const round = recheckRound(pairingRoundOf(record), surroundings);
  return { record, round, report: reportQuality(round, surroundings) };
}

/** The open preview, if there is one. */
export async function currentPreviewId(deps: Pick<PairingDeps, 'store'>): Promise<string | undefined> {
  return (await deps.store.listPairingRounds({ statuses: ['preview'] })).at(-1)?.id;
}

function checkRoundDate(deps: PairingDeps, state: Awaited<ReturnType<typeof readPairingState>>, date: string, today: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T12:00:00Z`))) {
    throw new CodedError('PAIRING_INVALID_DATE', `The round's day must be a date YYYY-MM-DD, got '${date}'.`);
  }
  if (date < today) throw new CodedError('PAIRING_INVALID_DATE', `The round's day ${date} has passed (today is ${today}).`);
  const dayOff = state.calendar.dayOffOn(localDateOf(date));
  if (dayOff && !state.calendar.workingHoursOn(localDateOf(date))) {
    const next = nextRoundDate(state.calendar, date, deps.config.pairing);
    throw new CodedError('PAIRING_DAY_OFF', `${date} is a day off (${describeReason(dayOff.reasons[0], 'en')}); rounds are never on a day off. The next working day is ${next}.`);
  }
}
