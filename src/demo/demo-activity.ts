/**
 * Made-up activity for the demo programme, so a fresh demo already has something to show in the
 * weekly digest: reflection prompts sent after past sessions, check-ins for about two thirds of
 * them (some with shareable text) and a few absences from upcoming sessions. Deterministic for a
 * given programme and `now`.
 */
import { sessionAudience, isInAudience } from '../domain/programme/attendance';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { DEFAULT_PROACTIVE_SETTINGS, planWindow } from '../domain/schedule/plan-deliveries';
import { createRandom } from './demo-programme';
import type { Programme } from '../domain/programme/model';

export interface DemoActivity {
  prompts: { key: string; participantId: string; sessionId: string; sentAt: string }[];
  checkIns: {
    promptKey: string;
    participantId: string;
    sessionId: string;
    rating: number;
    text: string;
    mayShare: boolean;
    shareRatingWithManager: boolean;
    submittedAt: string;
    updatedAt: string;
  }[];
  absences: { sessionId: string; participantId: string; reason?: string; registeredAt: string }[];
}

const REFLECTIONS = [
  'Jeg har inviteret en kollega fra Teknik og Miljø ind til vores morgenmøde. Det gav nye øjne på vores planlægning.',
  'Vi har brugt trioerne på teammødet, og medarbejderne tog selv ordet.',
  'Det fælles sprog hjælper, når vi skal prioritere på tværs af områderne.',
  'Jeg har øvet mig i at spørge mere og fortælle mindre i mine 1:1-samtaler.',
  'Svært at finde tid i hverdagen, men dilemmaøvelsen sidder i mig.',
  'Min leder og jeg har talt om, hvad vi hver især har brug for fra hinanden.',
  'Vi har delt vores ledelsesudfordringer åbent i ledergruppen for første gang.',
  'Medarbejderne var nysgerrige på, hvad vi lærer, så jeg fortalte om modulet på personalemødet.',
];
const REASONS = ['Ferie', 'Kursus', 'Sygdom i familien', 'Borgermøde samme dag', undefined];
const DAY = 24 * 3600_000;

/**
/**
 * About one leader in three lets their manager see their ratings by name. Decided from the id, not
 * drawn from the generator, so adding it left every other made-up answer as it was.
 */
function sharesWithManager(participantId: string): boolean {
  return [...participantId].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 3 === 0;
}

/**
 * The activity up to `now`. The prompts are the ones the planner would have sent by then, on
 * `calendar` with the default settings (the next working day at 14:00), so a fresh demo's outbox
 * agrees with what the bot plans from there on.
 */
export function createDemoActivity(programme: Programme, now: Date, calendar: WorkingCalendar): DemoActivity {
  const random = createRandom(20270101);
  const activity: DemoActivity = { prompts: [], checkIns: [], absences: [] };
  const people = programme.participants.filter((p) => p.active);
  const first = Math.min(...programme.sessions.map((s) => Date.parse(s.start)));
  const none = new Set<string>();
  const sentPrompts = planWindow(
    { programme, settings: DEFAULT_PROACTIVE_SETTINGS, known: none, paused: none, answered: none, calendar },
    new Date(first),
    new Date(now.getTime() + 1),
  ).filter((d) => d.kind === 'reflection');
  const promptsBySession = new Map<string, typeof sentPrompts>();
  for (const d of sentPrompts) promptsBySession.set(d.sessionId ?? '', [...(promptsBySession.get(d.sessionId ?? '') ?? []), d]);
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const session of [...programme.sessions].sort((a, b) => a.start.localeCompare(b.start))) {
    const start = Date.parse(session.start);
    const prompts = promptsBySession.get(session.id);
    if (prompts) {
      // The planner lists them by due time, then key: the same order on every start.
      for (const prompt of prompts) {
        const p = byId.get(prompt.participantId);
        if (!p) continue;
        const key = prompt.key;
        const sentAt = Date.parse(prompt.dueAt);
        activity.prompts.push({ key, participantId: p.id, sessionId: session.id, sentAt: prompt.dueAt });
        // Level 1 answers least often, level 3 most: roughly what such programmes see.
        if (random() > 0.5 + 0.1 * p.level) continue;
        const submittedAt = Math.min(now.getTime() - 3600_000, sentAt + random() * 4 * DAY);
        if (submittedAt < sentAt) continue;
        const text = random() < 0.45 ? REFLECTIONS[Math.floor(random() * REFLECTIONS.length)] : '';
        activity.checkIns.push({
          promptKey: key,
          participantId: p.id,
          sessionId: session.id,
          rating: 2 + Math.floor(random() * 4),
          text,
          mayShare: text !== '' && random() < 0.6,
          shareRatingWithManager: sharesWithManager(p.id),
          submittedAt: new Date(submittedAt).toISOString(),
          updatedAt: new Date(submittedAt).toISOString(),
        });
      }
    } else if (start > now.getTime() && start < now.getTime() + 21 * DAY) {
      const audience = sessionAudience(programme, session);
      for (const p of people.filter((x) => isInAudience(x, audience))) {
        if (random() < 0.05) {
          activity.absences.push({ sessionId: session.id, participantId: p.id, reason: REASONS[Math.floor(random() * REASONS.length)], registeredAt: now.toISOString() });
        }
      }
    }
  }
  return activity;
}
