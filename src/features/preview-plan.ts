import type { WorkingCalendars } from '../config/working-calendars';
import { programmeWarnings } from '../domain/calendar/programme-warnings';
import type { SessionWarning } from '../domain/calendar/session-warnings';
import { isWorkingTime } from '../domain/calendar/working-time';
import type { Programme } from '../domain/programme/model';
import type { PlannedDelivery, ProactiveSettings } from '../domain/schedule/delivery';
import { planWindow } from '../domain/schedule/plan-deliveries';
import type { Store } from '../store/store';

/** How the working calendar placed the deliveries of a preview: the counts HR and the issue ask for. */
export interface PlanSummary {
  /** Deliveries that would be sent (dropped reminders not counted). */
  deliveries: number;
  byKind: Record<string, number>;
  onTime: number;
  movedLater: number;
  movedEarlier: number;
  /** Reminders with no working time before their session: recorded, never sent. */
  dropped: number;
  /** Deliveries that would be sent outside working time: always 0, shown so it can be checked. */
  outsideWorkingTime: number;
}

export interface PlanPreview {
  programme: Programme;
  /** Every delivery due in the window, dropped reminders included (their `placement` says so). */
  deliveries: PlannedDelivery[];
  summary: PlanSummary;
  /** Sessions in the window, or with a delivery in it, that fall on a day off, a weekend or in a closed period. */
  warnings: SessionWarning[];
}

/**
 * What the bot would send in [from, to): the planner's preview with the outbox's reflection
 * prompts known, the counts of what the working calendar moved and dropped, and HR's warnings
 * about the sessions concerned. Reads only.
 */
export async function previewPlan(store: Store, settings: ProactiveSettings, calendars: WorkingCalendars, from: Date, to: Date): Promise<PlanPreview> {
  const programme = await store.getProgramme();
  const calendar = calendars(programme.timeZone);
  const [paused, answered, prompts] = await Promise.all([
    store.pausedParticipants(),
    store.answeredPromptKeys(),
    store.listDeliveries({ kinds: ['reflection'] }),
  ]);
  const known = new Set(prompts.map((d) => d.key));
  const deliveries = planWindow({ programme, settings, known, paused, answered, calendar }, from, to);
  const withDeliveries = new Set(deliveries.map((d) => d.sessionId));
  const concerned = programme.sessions.filter((s) => withDeliveries.has(s.id) || (Date.parse(s.start) >= from.getTime() && Date.parse(s.start) < to.getTime()));
  return {
    programme,
    deliveries,
    summary: summarise(deliveries, (ms) => isWorkingTime(calendar, ms)),
    warnings: programmeWarnings(calendar, programme, concerned),
  };
}

function summarise(deliveries: readonly PlannedDelivery[], onWorkingTime: (ms: number) => boolean): PlanSummary {
  const summary: PlanSummary = { deliveries: 0, byKind: {}, onTime: 0, movedLater: 0, movedEarlier: 0, dropped: 0, outsideWorkingTime: 0 };
  for (const d of deliveries) {
    const outcome = d.placement?.outcome;
    if (outcome === 'dropped') {
      summary.dropped += 1;
      continue;
    }
    summary.deliveries += 1;
    summary.byKind[d.kind] = (summary.byKind[d.kind] ?? 0) + 1;
    if (outcome === 'moved-later') summary.movedLater += 1;
    else if (outcome === 'moved-earlier') summary.movedEarlier += 1;
    else summary.onTime += 1;
    if (!onWorkingTime(Date.parse(d.dueAt))) summary.outsideWorkingTime += 1;
  }
  return summary;
}
