/**
 * The delivery planner: which reminders, reflection prompts and nudges fall due, for whom. Pure:
 * the programme, the settings, what the outbox already knows and the time all come in as
 * arguments, and the same input gives the same list in the same order.
 *
 * It runs every minute against programmes of thousands of participants, so it never walks every
 * (session × participant × offset) of the programme. It first keeps the sessions whose due times
 * can fall in the span at all (millisecond bounds), then works out each kept session's due times
 * once, and only for a due time inside the span expands the session's audience into participants.
 */
import { sessionAudience } from '../programme/attendance';
import { indexAudienceMembers, type AudienceMembers } from '../programme/audience-members';
import type { PlannedDelivery, ProactiveSettings } from './delivery';
import { nudgeKey, reflectionKey, reminderKey } from './delivery-keys';
import { inZone } from '../calendar/format-date';
import { minusInZone } from '../calendar/local-time';
import type { Level, Programme } from '../programme/model';
import { resolveSettings, type ResolvedSettings } from './proactive-settings';
import { mayFallDueIn, slotsOf, type Slot, type Span } from './session-slots';

export { DEFAULT_PROACTIVE_SETTINGS } from './proactive-settings';

export interface PlanInput {
  programme: Programme;
  settings: ProactiveSettings;
  /** Keys already in the outbox (any status): never planned again. */
  known: ReadonlySet<string>;
  /** Participant ids who paused reminders and prompts. */
  paused: ReadonlySet<string>;
  /** Reflection keys that already have a check-in (no nudge for them). */
  answered: ReadonlySet<string>;
}

/**
 * Everything due at `now` that the outbox does not know yet: due at or before `now` and after
 * `now` minus `settings.lookback`, so a tick after downtime catches up on what it missed.
 * Deliveries that have already expired are included on purpose (`expiresAt` <= `now`): the caller
 * records them as skipped, which keeps them from being planned again and shows them in the
 * delivery status. A nudge is planned only for a reflection prompt the outbox knows and that has
 * no check-in. Sorted by due time, then key.
 */
export function planDueDeliveries(input: PlanInput, now: Date): PlannedDelivery[] {
  const settings = resolveSettings(input.settings);
  const zone = input.programme.timeZone;
  inZone(now, zone); // fails with a readable CodedError on an unknown time zone
  const nowMs = now.getTime();
  // (now − lookback, now] as a half-open span of whole milliseconds.
  const span = { fromMs: minusInZone(nowMs, settings.lookback, zone) + 1, toMs: nowMs + 1 };
  return plan(input, settings, span, true);
}

/**
 * Everything that would fall due in [from, to), whether or not the outbox knows it: the preview a
 * programme owner reviews before the bot sends. Paused participants and answered reflections are
 * respected as they are now; since the outbox is ignored, a nudge is shown for every reflection
 * prompt without a check-in, as if every prompt will have been sent. Sorted by due time, then key.
 */
export function planWindow(input: PlanInput, from: Date, to: Date): PlannedDelivery[] {
  inZone(from, input.programme.timeZone); // fails with a readable CodedError on an unknown time zone
  return plan(input, resolveSettings(input.settings), { fromMs: from.getTime(), toMs: to.getTime() }, false);
}

function plan(input: PlanInput, settings: ResolvedSettings, span: Span, useKnown: boolean): PlannedDelivery[] {
  const { programme, known, paused, answered } = input;
  const zone = programme.timeZone;
  // Built per call, never cached across calls: the programme and participants change under us.
  // Built only once a session has something due, which most sessions in most ticks do not.
  let members: AudienceMembers | undefined;
  const planned: PlannedDelivery[] = [];

  for (const session of programme.sessions) {
    if (!mayFallDueIn(Date.parse(session.start), Date.parse(session.end), settings, span)) continue;
    const due = slotsOf(session, settings, zone).filter((s) => s.dueMs >= span.fromMs && s.dueMs < span.toMs);
    if (due.length === 0) continue;
    members ??= indexAudienceMembers(programme);
    for (const participant of members.membersOf(sessionAudience(programme, session))) {
      if (paused.has(participant.id)) continue;
      for (const slot of due) {
        const key = keyFor(slot, session.id, participant.id, participant.level);
        if (key === undefined || (useKnown && known.has(key))) continue;
        if (slot.kind === 'nudge') {
          const prompt = reflectionKey(session.id, participant.id);
          if (answered.has(prompt) || (useKnown && !known.has(prompt))) continue;
        }
        planned.push(toDelivery(slot, key, session.id, participant.id));
      }
    }
  }
  // ISO strings in UTC sort in time order, so plain string comparison is both right and stable.
  return planned.sort((a, b) => compare(a.dueAt, b.dueAt) || compare(a.key, b.key));
}

/** The slot's key for this participant, or undefined when the slot is not for their level. */
function keyFor(slot: Slot, sessionId: string, participantId: string, level: Level): string | undefined {
  switch (slot.kind) {
    case 'reminder':
      return slot.levels?.includes(level) ? reminderKey(sessionId, participantId, slot.offset ?? '') : undefined;
    case 'reflection':
      return reflectionKey(sessionId, participantId);
    case 'nudge':
      return nudgeKey(sessionId, participantId);
  }
}

function toDelivery(slot: Slot, key: string, sessionId: string, participantId: string): PlannedDelivery {
  const delivery: PlannedDelivery = { key, kind: slot.kind, participantId, sessionId, dueAt: slot.dueAt, expiresAt: slot.expiresAt };
  if (slot.offset !== undefined) delivery.offset = slot.offset;
  return delivery;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
