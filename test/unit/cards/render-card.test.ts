import fs from 'node:fs';
import path from 'node:path';
import { renderCard, renderTemplate } from '../../../src/cards/render-card';
import { answerElectives } from '../../../src/cards/answers/answer-electives';
import { answerFallback, answerHelp, answerNotEnrolled } from '../../../src/cards/answers/answer-messages';
import { answerModule } from '../../../src/cards/answers/answer-module';
import { answerSchedule } from '../../../src/cards/answers/answer-schedule';
import { answerAboutNextSession } from '../../../src/cards/answers/answer-session';
import type { Card } from '../../../src/cards/card-types';
import { announcementCard, announcementComposeCard, announcementPreviewCard, announcementStatusCard } from '../../../src/cards/announcement-cards';
import { buildDigest } from '../../../src/domain/digest/digest';
import { digestCard } from '../../../src/cards/digest-card';
import { checkInThanksCard, reflectionPromptCard, reminderCard, sessionChangedCard } from '../../../src/cards/proactive-cards';
import { sessionChangeFormCard } from '../../../src/cards/session-change-form';
import { absenceChoiceCard, absenceStatusCard } from '../../../src/cards/absence-cards';
import { electiveChoiceCard, waitlistPromotionCard } from '../../../src/cards/elective-choice-card';
import { calendarLinkCard, eraseCheckInsCard, myDataLinkCard } from '../../../src/cards/self-service-cards';
import type { Language } from '../../../src/domain/programme/model';
import { pairingFollowUpCard, pairingIntroCard } from '../../../src/cards/pairing-cards';
import { pairingPreviewCard } from '../../../src/cards/pairing-preview-card';
import { pairLeaders } from '../../../src/domain/pairing/pair-leaders';
import { pairingLeadersOf } from '../../../src/domain/pairing/pairing-leaders';
import { reportQuality } from '../../../src/domain/pairing/quality-report';
import { cardText, smallProgramme } from '../../helpers/programmes';
import { adaptiveCardProblems } from '../../helpers/validate-card';

const programme = smallProgramme();
const sofie = programme.participants.find((p) => p.id === 'p3')!;
const now = new Date('2027-01-11T08:00:00Z');
const s3a = programme.sessions.find((s) => s.id === 's3a')!;

function pairingCards(language: Language): Card[] {
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

function everyCard(language: Language): Card[] {
  const ctx = { programme, participant: sofie, language, now };
  return [
    ...pairingCards(language),
    answerAboutNextSession('nextSession', ctx),
    answerAboutNextSession('where', ctx),
    answerAboutNextSession('prepare', ctx),
    answerSchedule(ctx),
    answerModule(3, ctx),
    answerModule(2, ctx),
    answerElectives(ctx),
    answerHelp(language),
    answerFallback(language),
    answerNotEnrolled(language, programme.name, { name: 'HR', email: 'hr@kommune.example' }),
    reminderCard({ programme, session: s3a, language, now, deliveryKey: 'reminder:s3a:p3:P7D', calendarUrl: 'https://bot.example/calendar/x.ics' }),
    reminderCard({ programme, session: s3a, language, now, deliveryKey: 'k', calendarUrl: 'https://bot.example/c.ics', absence: { reason: 'Syg' } }),
    reflectionPromptCard({ programme, session: s3a, participant: sofie, language, promptKey: 'reflection:s3a:p3' }),
    reflectionPromptCard({ programme, session: s3a, participant: sofie, language, promptKey: 'p', nudge: true, previous: { rating: 3, text: 'x', mayShare: true } }),
    checkInThanksCard(programme, s3a, language, { rating: 4, text: 'Godt', mayShare: false }, false),
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
    ),
    announcementStatusCard('T', { pending: 3, sent: 10, failed: 1, blocked: 0, skipped: 2 }, language),
    sessionChangedCard(programme, s3a, s3a, { ...s3a, start: '2027-03-18T10:00:00+01:00', end: '2027-03-18T16:30:00+01:00' }, language, now, 'https://bot.example/c.ics'),
    sessionChangeFormCard(programme, language, now),
    absenceChoiceCard({ programme, sessions: [s3a, programme.sessions[4]], language, now, mode: 'record', why: 'unclear', reason: 'Kursus', participantId: 'p3' }),
    absenceStatusCard({ programme, session: s3a, language, now, participantId: 'p3', absence: {} }),
    absenceStatusCard({ programme, session: s3a, language, now, participantId: 'p3' }),
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
    eraseCheckInsCard(language, 3, 'p3'),
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
        privacy: { showNamesInQuotes: false, showNonResponderNames: true },
        now,
      }),
      programme,
      language,
    ),
  ];
}

describe('Card templates', () => {
  it.each(['da', 'en'] as const)('When every answer is rendered in %s, then each card is valid Adaptive Card 1.5 for the SDK parser', (language) => {
    for (const answer of everyCard(language)) {
      const card = renderCard(answer);
      expect(card.version).toBe('1.5');
      // Teams' chart elements are newer than the SDK's parser; they carry a fallback for such clients.
      expect(adaptiveCardProblems(card).filter((p) => !/Unknown element type "Chart\./.test(p))).toEqual([]);
      expect(JSON.stringify(card)).not.toContain('${');
    }
  });

  it('When every template in cards/ is listed, then each one is used by an answer', () => {
    const templates = fs.readdirSync(path.join(__dirname, '..', '..', '..', 'cards')).map((f) => f.replace(/\.json$/, ''));
    const used = new Set(everyCard('da').map((a) => a.template));
    expect(templates.sort()).toEqual([...used].sort());
  });

  it('When data contains template syntax, then it is shown literally and never evaluated', () => {
    const card = renderTemplate('message', {
      heading: '${string(1+1)}',
      text: '${$root.heading} {{DATE(2027-01-01T00:00:00Z)}}',
      actions: [{ title: '${title}', value: '${value}' }],
    });
    const text = cardText(card);
    expect(text).toContain('${string(1+1)}');
    expect(text).toContain('${$root.heading}');
    expect(text).not.toContain('2\n');
    expect((card.actions as any[])[0].data.question).toBe('${value}');
  });

  it('When an announcement contains template syntax or card JSON, then recipients see it literally', () => {
    const text = '${$root.title} {"type":"AdaptiveCard","body":[]}';
    const card = renderCard(announcementCard({ title: '${1+1}', text }, 'HR', 'da'));
    expect(cardText(card)).toContain('${1+1}');
    expect(cardText(card)).toContain(text);
  });

  it('When a card has no suggested actions, then it renders without an empty button row', () => {
    const card = renderCard(answerNotEnrolled('en', programme.name, { name: 'HR', email: 'hr@kommune.example' }));
    expect((card.actions as unknown[] | undefined) ?? []).toHaveLength(0);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
