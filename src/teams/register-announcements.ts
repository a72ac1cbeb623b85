import { randomUUID } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { renderCard } from '../cards/render-card';
import { announcementCounts } from '../features/announcement-status';
import { sendAnnouncement } from '../features/enqueue-announcement';
import { reachOfAudience } from '../features/reach-list';
import { reachView } from '../cards/reach-view';
import { scheduledSendAt } from '../domain/announcements/send-time';
import { announcementSchema, resolveBroadcastAudience, type Announcement } from '../domain/announcements/announcement';
import { announcementComposeCard, parseAudienceChoices, announcementPreviewCard, announcementStatusCard } from '../cards/announcement-cards';
import { t } from '../domain/language/texts';
import { isAdmin, refusalText } from './admin-guard';
import type { BotDeps } from './bot-deps';
import { submissionProblem } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';
import { sendCard } from './send-card';
import { reachListLink } from './reach-list-link';

// Messages are text keys (texts-validation.ts), answered in the admin's language.
const composeSubmissionSchema = z.object({
  title: z.string({ errorMap: () => ({ message: 'validation.title' }) }).trim().min(1).max(200),
  text: z.string({ errorMap: () => ({ message: 'validation.text' }) }).trim().min(1).max(4000),
  linkUrl: z.union([z.literal(''), z.string().url().startsWith('https://')], { errorMap: () => ({ message: 'validation.link' }) }).optional().default(''),
  linkTitle: z.string().max(80, 'validation.linkTitle').optional().default(''),
  audience: z.string().max(5000).min(1, 'validation.audience').optional().default(''),
  sendDate: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], { errorMap: () => ({ message: 'validation.date' }) }).optional().default(''),
  sendTime: z.union([z.literal(''), z.string().regex(/^\d{2}:\d{2}$/)], { errorMap: () => ({ message: 'validation.time' }) }).optional().default(''),
});
const idSubmissionSchema = z.object({ announcementId: z.string().min(1).max(100) });

/**
 * HR's announcements in Teams: "ny meddelelse" / "announce" opens the compose card; Preview shows
 * the announcement exactly as recipients will see it, how many of them the bot can reach now and
 * why not the rest (with a list of those, in the personal chat), with Send and Cancel; Send puts it in the
 * outbox and the admin's card turns into a live status card; "status" shows it again later.
 * Every step checks the admin role from the Teams user, never from the card.
 */
export function registerAnnouncements(app: Application, deps: BotDeps): void {
  const { store, now, logger } = deps;
  const channelsOf = async () => (await store.listConversations({ scope: 'channel', active: true })).map((c) => ({ id: c.id, name: c.name }));

  const guard = async (context: TurnContext, action: string) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    const allowed = await isAdmin(context, participant, deps, action);
    return { participant, language, allowed, refusal: allowed ? '' : refusalText(context, participant, deps) };
  };

  app.message(
    async (context) => matchesCommand(context, 'announce'),
    async (context: TurnContext) => {
      const { language, allowed, refusal } = await guard(context, 'announcement.compose');
      if (!allowed) return void (await context.sendActivity(refusal));
      await sendCard(context, announcementComposeCard(await store.getProgramme(), await channelsOf(), language, { draftId: randomUUID() }));
    },
  );

  app.message(
    async (context) => matchesCommand(context, 'announcementStatus'),
    async (context: TurnContext) => {
      const { language, allowed, refusal } = await guard(context, 'announcement.status');
      if (!allowed) return void (await context.sendActivity(refusal));
      const latest = (await store.listAnnouncements()).filter((a) => a.status === 'scheduled').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      if (!latest) {
        await sendCard(context, { template: 'message', data: { heading: t(language, 'announce.compose.heading'), text: t(language, 'announce.status.none'), actions: [] } });
        return;
      }
      await sendCard(context, announcementStatusCard(latest.title, await announcementCounts(store, latest), language));
    },
  );

  app.adaptiveCards.actionExecute('announcementPreview', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const { participant, language, allowed, refusal } = await guard(context, 'announcement.preview');
    if (!allowed) return problemCard(language, refusal);
    // A refused draft comes back as the form, filled in as sent and saying what to do: nothing HR wrote is lost.
    const composeAgain = async (problem: string) => {
      const sent = (field: string) => (typeof data?.[field] === 'string' ? (data[field] as string).slice(0, 5000) : '');
      const draft = { draftId: sent('draftId'), title: sent('title'), text: sent('text'), linkUrl: sent('linkUrl'), linkTitle: sent('linkTitle'), audience: sent('audience') };
      return renderCard(announcementComposeCard(await store.getProgramme(), await channelsOf(), language, { ...draft, notice: t(language, 'announce.invalid', { problem }) }));
    };
    const parsed = composeSubmissionSchema.safeParse(data);
    if (!parsed.success) return composeAgain(submissionProblem(parsed.error, language));
    const programme = await store.getProgramme();
    let audience;
    try {
      audience = parseAudienceChoices(parsed.data.audience);
    } catch {
      return composeAgain(t(language, 'validation.unreadable'));
    }
    const chosen = parsed.data.sendDate
      ? DateTime.fromISO(`${parsed.data.sendDate}T${parsed.data.sendTime || '09:00'}`, { zone: programme.timeZone }).toUTC().toISO()!
      : undefined;
    // The preview shows when it really goes out: a send time off working time moves to the next working time.
    const sendAt = scheduledSendAt(deps.calendars(programme.timeZone), chosen, now());
    const draft: Announcement = announcementSchema.parse({
      id: randomUUID(),
      title: parsed.data.title,
      text: parsed.data.text,
      linkUrl: parsed.data.linkUrl || undefined,
      linkTitle: parsed.data.linkTitle || undefined,
      audience,
      createdBy: context.activity.from?.aadObjectId ?? participant?.email ?? 'unknown',
      createdAt: now().toISOString(),
      sendAt,
      status: 'draft',
    });
    const resolved = resolveBroadcastAudience(programme, audience, new Set((await channelsOf()).map((c) => c.id)));
    if (resolved.participants.length + resolved.channels.length === 0) {
      return composeAgain(t(language, 'announce.noAudience'));
    }
    await store.saveAnnouncement(draft);
    // HR sees before sending who will not get it now, and why (issue: "Til 162 personer", then "Sendt 1").
    const reach = await reachOfAudience(store, resolved.participants.map((p) => p.id));
    const list = reachListLink(context, deps, { kind: 'announcement', id: draft.id }, participant, language);
    return renderCard(
      announcementPreviewCard(draft, deps.contact.name, resolved.participants.length, resolved.channels.length, programme.timeZone, language, now(), reachView(reach, language, list)),
    );
  });

  app.adaptiveCards.actionExecute('announcementSend', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const { language, allowed, refusal } = await guard(context, 'announcement.send');
    if (!allowed) return problemCard(language, refusal);
    const parsed = idSubmissionSchema.safeParse(data);
    const draft = parsed.success ? await store.findAnnouncement(parsed.data.announcementId) : undefined;
    if (!draft || draft.status !== 'draft') return problemCard(language, t(language, 'checkIn.unknownPrompt'));
    const reference = JSON.parse(JSON.stringify(TurnContext.getConversationReference(context.activity))) as Record<string, unknown>;
    const scheduled: Announcement = {
      ...draft,
      status: 'scheduled',
      statusCard: context.activity.replyToId
        ? { conversationId: context.activity.conversation.id, activityId: context.activity.replyToId, reference }
        : undefined,
    };
    const recipients = await sendAnnouncement(store, scheduled, now(), deps.calendars);
    logger.info({ announcementId: scheduled.id, recipients }, 'announcement queued');
    deps.kick();
    return renderCard(announcementStatusCard(scheduled.title, await announcementCounts(store, scheduled), language));
  });

  app.adaptiveCards.actionExecute('announcementCancel', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const { language, allowed, refusal } = await guard(context, 'announcement.cancel');
    if (!allowed) return problemCard(language, refusal);
    const parsed = idSubmissionSchema.safeParse(data);
    const draft = parsed.success ? await store.findAnnouncement(parsed.data.announcementId) : undefined;
    if (draft && draft.status === 'draft') await store.saveAnnouncement({ ...draft, status: 'cancelled' });
    return renderCard({ template: 'message', data: { heading: t(language, 'announce.compose.heading'), text: t(language, 'announce.cancelled'), actions: [] } });
  });
}

