/**
 * Sends a previewed round: checked again first, then, in one store operation, marked sent with
 * one intro card and one follow-up card per leader in the outbox. The outbox gives them its
 * guarantees: each key is sent once, under Teams' rate limits, with the one retry policy.
 */
import { CodedError } from '../../domain/errors';
import type { RoundIssue } from '../../domain/pairing/pairing-model';
import { roundSendTimes } from '../../domain/pairing/round-schedule';
import { pairingKey } from '../../domain/schedule/delivery-keys';
import type { NewDelivery } from '../../store/outbox-changes';
import type { PairingRoundRecord } from '../../store/store-schema';
import { readPairingState, type PairingDeps } from './pairing-surroundings';
import { showPairingRound } from './preview-pairing-round';

/** How long a follow-up stays worth sending after its time (a leader who cannot be reached yet). */
const FOLLOW_UP_VALID_DAYS = 7;
const DAY_MS = 24 * 3600_000;

/**
 * Issues that stop a round from going out: a leader who no longer takes part (paused, said no or
 * left since the preview) must not get an intro, and a broken group is no round. Repeats and
 * own-manager pairs that HR swapped in knowingly are shown, not blocked.
 */
const BLOCKING: readonly RoundIssue['kind'][] = ['not-taking-part', 'unknown-leader', 'placed-twice', 'group-size', 'unplaced'];

export interface SendOptions {
  roundId: string;
  version: number;
  actor: string;
  now: Date;
}

export interface SentRound {
  round: PairingRoundRecord;
  /** Deliveries added to the outbox (two per leader). */
  queued: number;
  introAt: Date;
  followUpAt: Date;
}

export async function sendPairingRound(deps: PairingDeps, options: SendOptions): Promise<SentRound> {
  const { record, round } = await showPairingRound(deps, options.roundId);
  const blocking = round.issues.filter((i) => BLOCKING.includes(i.kind) && !(i.kind === 'unplaced' && i.reason === 'alone'));
  if (blocking.length > 0) {
    throw new CodedError(
      'PAIRING_ROUND_NOT_SENDABLE',
      `The round ${record.id} cannot be sent as it is: ${blocking.map(describeIssue).join('; ')}. Make a new preview, or swap, and send that.`,
    );
  }
  const state = await readPairingState(deps);
  const times = roundSendTimes(state.calendar, record.date, deps.config.pairing, options.now.getTime());
  const followUpExpires = times.followUpAt + FOLLOW_UP_VALID_DAYS * DAY_MS;
  const payload = { roundId: record.id };
  const deliveries: NewDelivery[] = record.groups.flat().flatMap((participantId) => [
    {
      key: pairingKey(record.id, 'intro', participantId),
      kind: 'pairing-intro' as const,
      participantId,
      dueAt: new Date(times.introAt).toISOString(),
      // An intro that could not be delivered before the follow-up is no longer worth sending.
      expiresAt: new Date(times.followUpAt).toISOString(),
      payload,
    },
    {
      key: pairingKey(record.id, 'follow-up', participantId),
      kind: 'pairing-follow-up' as const,
      participantId,
      dueAt: new Date(times.followUpAt).toISOString(),
      expiresAt: new Date(followUpExpires).toISOString(),
      payload,
    },
  ]);
  const at = options.now.toISOString();
  const sent = await deps.store.sendPairingRound(
    record.id,
    options.version,
    {
      deliveries,
      by: options.actor,
      audit: {
        at,
        actor: options.actor,
        action: 'pairing.sent',
        details: { roundId: record.id, date: record.date, groups: record.groups.length, leaders: record.groups.flat().length, version: options.version },
      },
    },
    options.now,
  );
  return { ...sent, introAt: new Date(times.introAt), followUpAt: new Date(times.followUpAt) };
}

/** One issue in words, for the error and the CLI. */
export function describeIssue(issue: RoundIssue): string {
  switch (issue.kind) {
    case 'repeat':
      return `${issue.leaderIds.join(' and ')} met ${issue.roundsAgo} round(s) ago`;
    case 'own-manager':
      return `${issue.leaderIds.join(' and ')}: one is the other's manager`;
    case 'group-size':
      return `a group of ${issue.group.length} (${issue.group.join(', ')})`;
    case 'placed-twice':
      return `${issue.leaderId} is in two groups`;
    case 'not-taking-part':
      return `${issue.leaderId} no longer takes part (${issue.reason})`;
    case 'unknown-leader':
      return `${issue.leaderId} is not a leader of the programme`;
    case 'unplaced':
      return issue.reason === 'alone' ? `${issue.leaderId} is the only one taking part` : `${issue.leaderId} takes part but is in no group`;
  }
}
