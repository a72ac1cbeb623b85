import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderCard } from '../cards/render-card';
import type { Card } from '../cards/card-types';
import { pairingFollowUpCard } from '../cards/pairing-cards';
import { pairingPreviewCard } from '../cards/pairing-preview-card';
import { formatDate, formatDateTime, inZone } from '../domain/calendar/format-date';
import { asCodedError } from '../domain/errors';
import { matchPairingCommand, type PairingCommand } from '../domain/language/match-pairing-command';
import { t, type TextKey } from '../domain/language/texts';
import type { Language, Participant } from '../domain/programme/model';
import { answerMeetingFollowUp } from '../features/pairing/answer-meeting-follow-up';
import { previewPairingRound, showPairingRound, type PairingPreview } from '../features/pairing/preview-pairing-round';
import { sendPairingRound } from '../features/pairing/send-pairing-round';
import { setPairingPreference } from '../features/pairing/set-pairing-preference';
import { swapPairingLeaders } from '../features/pairing/swap-pairing-leaders';
import { pairingKey } from '../domain/schedule/delivery-keys';
import { isAdmin, refusalText } from './admin-guard';
import type { BotDeps } from './bot-deps';
import { submissionProblem, pairingFollowUpSubmissionSchema, pairingRoundSubmissionSchema, pairingSwapSubmissionSchema } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { sendPersonalAnswer } from './personal-answer';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';

/** Refusals from the pairing use cases that HR can act on, in HR's language. */
const KNOWN_ERRORS = new Set(['PAIRING_ROUND_CHANGED', 'PAIRING_ROUND_CLOSED', 'PAIRING_UNKNOWN_LEADER', 'PAIRING_AMBIGUOUS_LEADER', 'PAIRING_SWAP_INVALID', 'PAIRING_ROUND_NOT_SENDABLE']);

/**
 * Sparring partners in Teams. Leaders: "ja tak til sparring", "nej tak til sparring", "pause
 * sparring indtil 1. marts", "start sparring igen" (and in English), and the follow-up card's
 * answer. HR: "sparringsrunde" makes a preview (in the personal chat: it names everyone), and the
 * preview card's Swap, Send, Make a new one and Cancel. Every HR step checks the admin role from
 * the Teams user, never from the card.
 */
export function registerPairing(app: Application, deps: BotDeps): void {
  const { store, now, logger } = deps;
  const pairingDeps = { store, config: deps.pairing };
  const todayIn = async () => inZone(now(), (await store.getProgramme()).timeZone).toISODate()!;

  app.message(
    // Only whether it is a pairing command matters here (today only completes a pause's year; the handler uses the real one).
    async (context) => context.activity.type === 'message' && matchPairingCommand(context.activity.text ?? '', '2000-01-01') !== undefined,
    async (context: TurnContext) => {
      const participant = await identifyParticipant(context, deps);
      const language = languageOf(context, participant?.locale, deps);
      if (!participant) return void (await context.sendActivity(t(language, 'notEnrolled.heading')));
      const today = await todayIn();
      const command = matchPairingCommand(context.activity.text ?? '', today)!;
      const text = await applyPreference(participant, command, today, language);
      logger.info({ participantId: participant.id, command: command.kind }, 'sparring preference changed');
      const answer: Card = { template: 'message', data: { heading: t(language, 'pairing.heading'), text, actions: [] } };
      await sendPersonalAnswer(context, deps, answer, language, participant);
    },
  );

  async function applyPreference(participant: Participant, command: PairingCommand, today: string, language: Language): Promise<string> {
    if (command.kind === 'pause' && !command.until) return t(language, 'pairing.pauseNeedsDate');
    try {
      const saved = await setPairingPreference(store, participant.id, command, today, now());
      if (command.kind === 'pause') {
        const zone = (await store.getProgramme()).timeZone;
        return t(language, 'pairing.paused', { date: formatDate(`${saved.pausedUntil}T12:00:00Z`, zone, language, now()) });
      }
      return t(language, command.kind === 'opt-in' ? 'pairing.optedIn' : command.kind === 'opt-out' ? 'pairing.optedOut' : 'pairing.resumed');
    } catch (err) {
      if (asCodedError(err).code === 'PAIRING_INVALID_PAUSE') return t(language, 'pairing.pauseInvalid');
      throw err;
    }
  }

  app.adaptiveCards.actionExecute('pairingFollowUp', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    const parsed = pairingFollowUpSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'pairing.followUp.invalid'));
    const { roundId, forParticipant, answer, note } = parsed.data;
    if (!participant || participant.id !== forParticipant) {
      await deps.refusals.record({
        at: now().toISOString(),
        actor: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown',
        action: 'pairing.followUp.refused',
        details: { roundId, byParticipant: participant?.id ?? null },
      });
      return problemCard(language, t(language, 'checkIn.notYours'));
    }
    try {
      await answerMeetingFollowUp(store, { roundId, participantId: participant.id, answer, note, now: now() });
    } catch (err) {
      if (asCodedError(err).code === 'PAIRING_NOT_IN_ROUND') return problemCard(language, t(language, 'checkIn.unknownPrompt'));
      throw err;
    }
    const [round, programme, intro, saved] = await Promise.all([
      store.findPairingRound(roundId),
      store.getProgramme(),
      store.findDelivery(pairingKey(roundId, 'intro', participant.id)),
      store.listMeetingAnswers({ roundId, participantId: participant.id }),
    ]);
    const group = round!.groups.find((g) => g.includes(participant.id)) ?? [];
    const partners = programme.participants.filter((p) => p.id !== participant.id && group.includes(p.id));
    return renderCard(
      pairingFollowUpCard({
        programme,
        leader: participant,
        partners,
        roundId,
        pairedAt: new Date(intro?.sentAt ?? round!.sentAt ?? now().toISOString()),
        language,
        now: now(),
        answered: { answer: saved[0].answer, note: saved[0].note },
      }),
    );
  });

  const guard = async (context: TurnContext, action: string) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    const allowed = await isAdmin(context, participant, deps, action);
    return { participant, language, allowed, refusal: allowed ? '' : refusalText(context, participant, deps) };
  };
  const actorOf = (context: TurnContext, participant?: Participant) => context.activity.from?.aadObjectId ?? participant?.email ?? 'unknown';

  const previewCard = async (preview: PairingPreview, language: Language, notice?: { text: string; problem: boolean }) =>
    pairingPreviewCard({
      programme: await store.getProgramme(),
      roundId: preview.record.id,
      version: preview.record.version,
      status: preview.record.status,
      round: preview.round,
      report: preview.report,
      language,
      now: now(),
      notice,
    });

  /** The preview again with what went wrong on top, for a refusal HR can act on; anything else is a turn error. */
  const refused = async (err: unknown, roundId: string, language: Language) => {
    const coded = asCodedError(err);
    if (!KNOWN_ERRORS.has(coded.code)) throw err;
    logger.info({ roundId, code: coded.code }, 'pairing action refused');
    const text = t(language, `pairing.error.${coded.code}` as TextKey);
    const current = await showPairingRound(pairingDeps, roundId);
    return renderCard(await previewCard(current, language, { text, problem: true }));
  };

  app.message(
    async (context) => matchesCommand(context, 'pairingPreview'),
    async (context: TurnContext) => {
      const { participant, language, allowed, refusal } = await guard(context, 'pairing.preview');
      if (!allowed) return void (await context.sendActivity(refusal));
      const preview = await previewPairingRound(pairingDeps, { actor: actorOf(context, participant), now: now() });
      logger.info({ roundId: preview.record.id, groups: preview.round.groups.length }, 'pairing preview made');
      // The preview names every leader: only in HR's personal chat, as for digests with names.
      await sendPersonalAnswer(context, deps, await previewCard(preview, language), language, participant);
    },
  );

  app.adaptiveCards.actionExecute('pairingPreview', async (context: TurnContext) => {
    const { participant, language, allowed, refusal } = await guard(context, 'pairing.preview');
    if (!allowed) return problemCard(language, refusal);
    const preview = await previewPairingRound(pairingDeps, { actor: actorOf(context, participant), now: now() });
    return renderCard(await previewCard(preview, language));
  });

  app.adaptiveCards.actionExecute('pairingSwap', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const { language, allowed, refusal } = await guard(context, 'pairing.swap');
    if (!allowed) return problemCard(language, refusal);
    const parsed = pairingSwapSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'pairing.preview.problem', { problem: submissionProblem(parsed.error, language) }));
    const { roundId, version, leaderA, leaderB } = parsed.data;
    if (!leaderA.trim() || !leaderB.trim()) {
      return renderCard(await previewCard(await showPairingRound(pairingDeps, roundId), language, { text: t(language, 'pairing.error.swapNeedsTwo'), problem: true }));
    }
    try {
      const swapped = await swapPairingLeaders(pairingDeps, { roundId, version, a: leaderA, b: leaderB, now: now() });
      logger.info({ roundId, version: swapped.record.version }, 'pairing swap saved');
      return renderCard(await previewCard(swapped, language));
    } catch (err) {
      return refused(err, roundId, language);
    }
  });

  app.adaptiveCards.actionExecute('pairingSend', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const { participant, language, allowed, refusal } = await guard(context, 'pairing.send');
    if (!allowed) return problemCard(language, refusal);
    const parsed = pairingRoundSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'pairing.preview.problem', { problem: submissionProblem(parsed.error, language) }));
    const { roundId, version } = parsed.data;
    try {
      const sent = await sendPairingRound(pairingDeps, { roundId, version, actor: actorOf(context, participant), now: now() });
      logger.info({ roundId, queued: sent.queued }, 'pairing round sent');
      deps.kick();
      const zone = (await store.getProgramme()).timeZone;
      const text = t(language, 'pairing.preview.sent', {
        leaders: sent.round.groups.flat().length,
        intro: formatDateTime(sent.introAt, zone, language, now()),
        followUp: formatDateTime(sent.followUpAt, zone, language, now()),
      });
      return renderCard(await previewCard(await showPairingRound(pairingDeps, roundId), language, { text, problem: false }));
    } catch (err) {
      return refused(err, roundId, language);
    }
  });

  app.adaptiveCards.actionExecute('pairingCancel', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const { language, allowed, refusal } = await guard(context, 'pairing.cancel');
    if (!allowed) return problemCard(language, refusal);
    const parsed = pairingRoundSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'pairing.preview.problem', { problem: submissionProblem(parsed.error, language) }));
    try {
      await store.cancelPairingRound(parsed.data.roundId, parsed.data.version, now());
    } catch (err) {
      return refused(err, parsed.data.roundId, language);
    }
    return renderCard({ template: 'message', data: { heading: t(language, 'pairing.heading'), text: t(language, 'pairing.preview.cancelled'), actions: [] } });
  });
}
