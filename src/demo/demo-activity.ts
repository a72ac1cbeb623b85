/**
 * Made-up activity for the demo programme, so a fresh demo already has something to show in the
 * weekly digest: reflection prompts sent after past sessions, check-ins for about two thirds of
 * them (some with shareable text) and a few absences from upcoming sessions. Deterministic for a
 * given programme and `now`.
 */
import { sessionAudience, isInAudience } from '../domain/programme/attendance';
import { reflectionKey } from '../domain/schedule/delivery-keys';
import { createRandom } from './demo-programme';
import type { Programme } from '../domain/programme/model';

export interface DemoActivity {
  prompts: { key: string; participantId: string; sessionId: string; sentAt: string }[];
  checkIns: { promptKey: string; participantId: string; sessionId: string; rating: number; text: string; mayShare: boolean; submittedAt: string; updatedAt: string }[];
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

export function createDemoActivity(programme: Programme, now: Date): DemoActivity {
  const random = createRandom(20270101);
  const activity: DemoActivity = { prompts: [], checkIns: [], absences: [] };
  const people = programme.participants.filter((p) => p.active);
  for (const session of [...programme.sessions].sort((a, b) => a.start.localeCompare(b.start))) {
    const audience = sessionAudience(programme, session);
    const members = people.filter((p) => isInAudience(p, audience));
    const end = Date.parse(session.end);
    const start = Date.parse(session.start);
    // Prompts go out the afternoon after a session; only those already sent by `now` exist.
    const sentAt = end + DAY - 2 * 3600_000;
    if (sentAt <= now.getTime()) {
      for (const p of members) {
        const key = reflectionKey(session.id, p.id);
        activity.prompts.push({ key, participantId: p.id, sessionId: session.id, sentAt: new Date(sentAt).toISOString() });
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
          submittedAt: new Date(submittedAt).toISOString(),
          updatedAt: new Date(submittedAt).toISOString(),
        });
      }
    } else if (start > now.getTime() && start < now.getTime() + 21 * DAY) {
      for (const p of members) {
        if (random() < 0.05) {
          activity.absences.push({ sessionId: session.id, participantId: p.id, reason: REASONS[Math.floor(random() * REASONS.length)], registeredAt: now.toISOString() });
        }
      }
    }
  }
  return activity;
}
