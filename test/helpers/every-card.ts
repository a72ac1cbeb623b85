/**
 * Every card the bot can send, built with the builders the bot uses, in one language: the card
 * tests render each of them (template validity, no text of the other language, every template used).
 * A new card or a new variant of one belongs here.
 */
import { answerElectives } from '../../src/cards/answers/answer-electives';
import { answerFallback, answerHelp, answerNotEnrolled } from '../../src/cards/answers/answer-messages';
import { answerModule } from '../../src/cards/answers/answer-module';
import { answerSchedule } from '../../src/cards/answers/answer-schedule';
import { answerAboutNextSession } from '../../src/cards/answers/answer-session';
import type { Card } from '../../src/cards/card-types';
import { announcementCard, announcementComposeCard, announcementPreviewCard, announcementStatusCard } from '../../src/cards/announcement-cards';
import { buildDigest } from '../../src/domain/digest/digest';
import { digestCard } from '../../src/cards/digest-card';
import { checkInThanksCard, reflectionPromptCard, reminderCard, sessionChangedCard } from '../../src/cards/proactive-cards';
import { sessionChangeFormCard } from '../../src/cards/session-change-form';
import { sessionChangePreviewCard } from '../../src/cards/session-change-preview';
import { reachView } from '../../src/cards/reach-view';
import { audienceReach } from '../../src/domain/schedule/reach';
import { absenceChoiceCard, absenceNoticeCard, absenceStatusCard } from '../../src/cards/absence-cards';
import { electiveChoiceCard, waitlistPromotionCard } from '../../src/cards/elective-choice-card';
import { calendarLinkCard, eraseCheckInsCard, myDataLinkCard } from '../../src/cards/self-service-cards';
import { progressCard } from '../../src/cards/progress-card';
import { programmeProgress } from '../../src/domain/self-service/progress';
import { programmeSchema, type Language } from '../../src/domain/programme/model';
import { t } from '../../src/domain/language/texts';
import { smallProgramme } from './programmes';
import { pairingFollowUpCard, pairingIntroCard } from '../../src/cards/pairing-cards';
import { pairingPreviewCard } from '../../src/cards/pairing-preview-card';
import { pairLeaders } from '../../src/domain/pairing/pair-leaders';
import { pairingLeadersOf } from '../../src/domain/pairing/pairing-leaders';
import { reportQuality } from '../../src/domain/pairing/quality-report';

/** The small programme, its module 3 with a map, materials and an online meeting (the hub's buttons). */
export const programme = programmeSchema.parse({
  ...smallProgramme(),
  sessions: smallProgramme().sessions.map((s) =>
    s.id === 's3a'
      ? { ...s, materialsUrl: 'https://intra.example/m3', place: { ...s.place, mapUrl: 'https://maps.example/?q=Torvet+1', onlineUrl: 'https://meet.example/m3' } }
      : s,
  ),
});
export const sofie = programme.participants.find((p) => p.id === 'p3')!;
export const now = new Date('2027-01-11T08:00:00Z');
export const s3a = programme.sessions.find((s) => s.id === 's3a')!;
const privacy = { minimumGroupSize: 5, namesInQuotes: false, ownersSeeNonResponders: false };

/** The sparring-partner cards: intros to one and to two partners, the follow-up before and after an answer, HR's preview open and sent. */
export function pairingCards(language: Language): Card[] {
  const [mette, anders, , jonas] = programme.participants;
  const leaders = pairingLeadersOf(programme.participants);
  const round = pairLeaders({ leaders, history: [], settings: { participation: 'opt-out', vertical: false, repeatWindow: 12 }, date: '2027-01-19', seed: 1 });
  const report = reportQuality(round, { leaders, history: [] });
  const preview = { programme, roundId: 'r1', version: 1, round, report, language, now };
  return [
    pairingIntroCard({ programme, leader: sofie, partners: [jonas], language, now, followUpAfterDays: 7 }),
    pairingIntroCard({ programme, leader: sofie, partners: [mette, anders], language, now, followUpAfterDays: 7 }),
    pairingFollowUpCard({ programme, leader: sofie, partners: [jonas], roundId: 'r1', pairedAt: now, language, now }),
    pairingFollowUpCard({ programme, leader: sofie, partners: [jonas], roundId: 'r1', pairedAt: now, language, now, answered: { answer: 'yes', note: 'Godt' } }),
    pairingPreviewCard({ ...preview, status: 'preview' }),
    pairingPreviewCard({ ...preview, status: 'sent', notice: { text: 'Sendt', problem: false } }),
  ];
}

/** Every card, and the variants whose words differ, in `language`. */
export function everyCard(language: Language): Card[] {
  const ctx = { programme, participant: sofie, language, now };
  const hub = { ...ctx, calendarUrl: () => 'https://bot.example/calendar/s3a.ics', absentFrom: new Set<string>() };
  // Sofie with only e1 (held on 6 May) and in line for e2: every state the progress card shows.
  const inLine = { ...sofie, electives: ['e1'] };
  const progress = programmeProgress({
    programme,
    participant: inLine,
    absentFrom: new Set(['s4']),
    reflectedOn: new Set(['s1']),
    waitlist: [{ electiveId: 'e2', participantId: 'p3', joinedAt: now.toISOString() }],
    now: new Date('2027-05-10T07:00:00Z'),
  });
  return [
    ...pairingCards(language),
    answerAboutNextSession('nextSession', hub),
    answerAboutNextSession('nextSession', { ...hub, absentFrom: new Set(['s3a']) }),
    answerAboutNextSession('where', ctx),
    answerAboutNextSession('prepare', ctx),
    answerSchedule(ctx),
    answerModule(3, ctx),
    answerModule(2, ctx),
    answerElectives(ctx),
    answerHelp(language),
    answerFallback(language),
    answerNotEnrolled(language, programme.name, { name: 'HR', email: 'hr@kommune.example' }),
    answerNotEnrolled(language, programme.name, { name: 'HR', email: 'hr@kommune.example' }, 'admin'),
    answerNotEnrolled(language, programme.name, { name: 'HR', email: 'hr@kommune.example' }, 'owner'),
    reminderCard({ programme, session: s3a, language, now, deliveryKey: 'reminder:s3a:p3:P7D', calendarUrl: 'https://bot.example/calendar/x.ics' }),
    reminderCard({ programme, session: s3a, language, now, deliveryKey: 'k', calendarUrl: 'https://bot.example/c.ics', absence: { reason: 'Syg' } }),
    reflectionPromptCard({ programme, session: s3a, participant: sofie, language, promptKey: 'reflection:s3a:p3', privacy }),
    reflectionPromptCard({
      programme,
      session: s3a,
      participant: sofie,
      language,
      promptKey: 'p',
      nudge: true,
      previous: { rating: 3, text: 'x', mayShare: true, shareRatingWithManager: true },
      privacy: { minimumGroupSize: 5, namesInQuotes: true, ownersSeeNonResponders: true },
    }),
    reflectionPromptCard({ programme, session: s3a, participant: sofie, language, promptKey: 'p', previous: { text: 'x', mayShare: false }, notice: t(language, 'validation.rating'), privacy }),
    checkInThanksCard(programme, s3a, sofie, language, { rating: 4, text: 'Godt', mayShare: false }, false, privacy),
    checkInThanksCard(programme, s3a, sofie, language, { rating: 4, text: 'Godt', mayShare: true, shareRatingWithManager: true }, true, privacy),
    announcementCard({ title: 'Husk tilmelding', text: '**Vigtigt**: se [link](https://intra.example)', linkUrl: 'https://intra.example', linkTitle: 'Læs mere' }, 'HR', language),
    announcementComposeCard(programme, [{ id: '19:c@thread.tacv2', name: 'Generelt' }], language, { draftId: 'd1' }),
    announcementPreviewCard(
      { id: 'a1', title: 'T', text: 'x', audience: { everyone: true, levels: [], groups: [], electives: [], channels: [] }, createdBy: 'hr', createdAt: now.toISOString(), status: 'draft' },
      'HR',
      120,
      1,
      programme.timeZone,
      language,
      now,
      reachView(
        audienceReach(
          [
            { participantId: 'p1', name: 'Mette Holm', email: 'mette@kommune.example', state: 'chat' },
            { participantId: 'p2', name: 'Anders Kjær', email: 'anders@kommune.example', state: 'unreachable' },
            { participantId: 'p3', name: 'Sofie Nørgaard', email: 'sofie@kommune.example', state: 'closed', reason: 'ConversationBlockedByUser' },
          ],
          ['p1', 'p2', 'p3'],
        ),
        language,
        { url: 'https://bot.example/reach-list/x.csv', minutes: 15 },
      ),
    ),
    announcementStatusCard('T', { pending: 3, sent: 10, failed: 1, blocked: 0, skipped: 2 }, language),
    sessionChangedCard(programme, s3a, s3a, { ...s3a, start: '2027-03-18T10:00:00+01:00', end: '2027-03-18T16:30:00+01:00' }, language, now, 'https://bot.example/c.ics'),
    sessionChangeFormCard(programme, language, now),
    sessionChangePreviewCard({
      programme,
      session: s3a,
      change: { start: '2027-03-18T10:00:00+01:00', place: { name: 'Medborgerhuset' } },
      result: { before: s3a, after: { ...s3a, start: '2027-03-18T10:00:00+01:00', end: '2027-03-18T16:30:00+01:00', place: { name: 'Medborgerhuset' } }, timeChanged: true },
      told: 2,
      warnings: [language === 'da' ? 'Modul 3 ligger på en fridag: torsdag den 18. marts 2027.' : 'Module 3 falls on a day off: Thursday 18 March 2027.'],
      reach: reachView(audienceReach([{ participantId: 'p3', name: 'Sofie Nørgaard', email: 's@kommune.example', state: 'unreachable' }], ['p3']), language, { privateOnly: true }),
      language,
      now,
    }),
    absenceChoiceCard({ programme, sessions: [s3a, programme.sessions[4]], language, now, mode: 'record', why: 'unclear', reason: 'Kursus', participantId: 'p3' }),
    absenceStatusCard({ programme, session: s3a, language, now, participantId: 'p3', absence: {} }),
    absenceStatusCard({ programme, session: s3a, language, now, participantId: 'p3' }),
    absenceChoiceCard({ programme, sessions: [s3a], language, now, mode: 'withdraw', why: 'unclear', participantId: 'p3' }),
    absenceNoticeCard({ programme, leaderName: 'Sofie Nørgaard', session: s3a, change: 'registered', role: 'manager', language, now }),
    absenceNoticeCard({ programme, leaderName: 'Sofie Nørgaard', session: s3a, change: 'withdrawn', role: 'hr', language, now }),
    electiveChoiceCard({
      programme,
      participant: sofie,
      waitlist: [{ electiveId: 'e1', participantId: 'p1', joinedAt: now.toISOString() }],
      language,
      now,
      deadline: new Date('2027-03-01T12:00:00+01:00'),
      contactName: 'HR',
      notice: { text: 'Gemt', problem: false },
    }),
    electiveChoiceCard({ programme, participant: sofie, waitlist: [], language, now: new Date('2027-05-10T07:00:00Z'), contactName: 'HR' }),
    eraseCheckInsCard(language, 3, 'p3'),
    progressCard({ programme, participant: inLine, progress, language, now: new Date('2027-05-10T07:00:00Z') }),
    calendarLinkCard(language, 5, 'https://bot.example/calendar/x.ics'),
    myDataLinkCard(language, 15, 'https://bot.example/my-data/x.json'),
    waitlistPromotionCard(programme, 'e1', language, now)!,
    digestCard(
      buildDigest({
        programme,
        checkIns: [],
        prompts: [],
        absences: [],
        reachable: new Set(),
        paused: new Set(),
        week: '2027-W02',
        scope: { kind: 'programme' },
        privacy: { minimumGroupSize: 5, showNamesInQuotes: false, showNonResponderNames: true },
        now,
      }),
      programme,
      language,
    ),
    // With figures in both weeks, so both charts are drawn.
    digestCard(
      buildDigest({
        programme,
        checkIns: ['p1', 'p2', 'p3', 'p4'].flatMap((id, i) => [
          { promptKey: `a:${id}`, participantId: id, sessionId: 's1', rating: 1 + i, text: 'Godt', mayShare: true, submittedAt: '2027-01-05T10:00:00Z', updatedAt: '2027-01-05T10:00:00Z' },
          { promptKey: `b:${id}`, participantId: id, sessionId: 's1', rating: 2 + i, text: '', mayShare: false, submittedAt: '2026-12-29T10:00:00Z', updatedAt: '2026-12-29T10:00:00Z' },
        ]),
        prompts: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ key: `a:${id}`, participantId: id, sessionId: 's1', sentAt: '2027-01-05T09:00:00Z' })),
        absences: [],
        reachable: new Set(),
        paused: new Set(),
        week: '2027-W01',
        scope: { kind: 'programme' },
        privacy: { minimumGroupSize: 1, showNamesInQuotes: false, showNonResponderNames: true },
        now,
      }),
      programme,
      language,
      language === 'da' ? 'Uge 2 er ikke slut endnu.' : 'Week 2 has not ended yet.',
    ),
  ];
}
