import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { renderCard } from '../cards/render-card';
import { changeSession, previewSessionChange } from '../features/change-session';
import { sessionChangePreviewCard } from '../cards/session-change-preview';
import { reachView } from '../cards/reach-view';
import { CodedError } from '../domain/errors';
import { formatSessionTime } from '../domain/calendar/format-date';
import { sessionChangeSchema } from '../domain/programme/session-change';
import { sessionChangeFormCard } from '../cards/session-change-form';
import { counted, isTextKey, t, type TextKey } from '../domain/language/texts';
import { isAdmin, refusalText } from './admin-guard';
import type { BotDeps } from './bot-deps';
import { submissionProblem } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';
import { sendCard } from './send-card';
import { reachListLink } from './reach-list-link';

// Messages are text keys (texts-validation.ts), answered in the admin's language.
const time = z.union([z.literal(''), z.string().regex(/^\d{2}:\d{2}$/)], { errorMap: () => ({ message: 'validation.time' }) }).optional().default('');
const formSchema = z.object({
  sessionId: z.string({ errorMap: () => ({ message: 'validation.session' }) }).min(1).max(100),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], { errorMap: () => ({ message: 'validation.date' }) }).optional().default(''),
  startTime: time,
  endTime: time,
  placeName: z.string().max(200, 'validation.place').optional().default(''),
  room: z.string().max(100, 'validation.place').optional().default(''),
  address: z.string().max(300, 'validation.place').optional().default(''),
});

const confirmSchema = z.object({
  sessionId: z.string().min(1).max(100),
  change: z.string().min(2).max(2000),
  before: z.string().min(2).max(2000),
});
const beforeSchema = z.object({
  start: z.string().datetime({ offset: true }),
  end: z.string().datetime({ offset: true }),
  place: z.object({ name: z.string(), room: z.string().optional(), address: z.string().optional(), onlineUrl: z.string().optional() }),
});

/** JSON from a card's data, read with a schema; undefined when it is not what the card was built with. */
function parsedJson<T>(text: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const FORM_REFUSALS: Record<string, TextKey | undefined> = {
  SESSION_CHANGE_INVALID: 'validation.endAfterStart',
  PROGRAMME_CHANGED: 'validation.programmeChanged',
};

/**
 * HR moves a session from Teams (admins only): "flyt session" / "change session" opens the form;
 * submitting it ("sessionChange") saves nothing but shows the preview, old and new, who is told,
 * how many of them the bot can reach now, and warnings; "sessionChangeConfirm" saves and notifies,
 * unless the session changed since the preview; "sessionChangeCancel" changes nothing. A form
 * from before the preview existed lands on the preview too, never on an unconfirmed save.
 */
export function registerSessionChanges(app: Application, deps: BotDeps): void {
  const { store, now } = deps;

  app.message(
    async (context) => matchesCommand(context, 'changeSession'),
    async (context: TurnContext) => {
      const participant = await identifyParticipant(context, deps);
      if (!(await isAdmin(context, participant, deps, 'session.change'))) return void (await context.sendActivity(refusalText(context, participant, deps)));
      await sendCard(context, sessionChangeFormCard(await store.getProgramme(), languageOf(context, participant?.locale, deps), now()));
    },
  );

  app.adaptiveCards.actionExecute('sessionChange', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    if (!(await isAdmin(context, participant, deps, 'session.change'))) return problemCard(language, refusalText(context, participant, deps));
    const form = formSchema.safeParse(data);
    if (!form.success) return problemCard(language, t(language, 'change.invalid', { problem: submissionProblem(form.error, language) }));
    const programme = await store.getProgramme();
    const session = programme.sessions.find((s) => s.id === form.data.sessionId);
    if (!session) return problemCard(language, t(language, 'checkIn.unknownPrompt'));
    // Date and times are local to the programme; a missing part keeps the session's own.
    const zone = programme.timeZone;
    const current = DateTime.fromISO(session.start, { zone });
    const day = form.data.date || current.toISODate()!;
    const at = (time: string) => DateTime.fromISO(`${day}T${time}`, { zone }).toISO({ suppressMilliseconds: true })!;
    const moved = Boolean(form.data.date || form.data.startTime);
    const change = sessionChangeSchema.safeParse({
      start: moved ? at(form.data.startTime || current.toFormat('HH:mm')) : undefined,
      end: form.data.endTime ? at(form.data.endTime) : undefined,
      place: form.data.placeName ? { name: form.data.placeName, room: form.data.room || undefined, address: form.data.address || undefined } : undefined,
    });
    if (!change.success) {
      const nothing = !form.data.date && !form.data.startTime && !form.data.endTime && !form.data.placeName;
      const problem = change.error.issues[0]?.message;
      return problemCard(language, nothing ? t(language, 'change.preview.nothing') : t(language, 'change.invalid', { problem: t(language, isTextKey(problem) ? problem : 'validation.endAfterStart') }));
    }
    try {
      const preview = await previewSessionChange(store, session.id, change.data, deps.calendars);
      if (!preview.timeChanged && !preview.placeChanged) return problemCard(language, t(language, 'change.preview.nothing'));
      const list = reachListLink(context, deps, { kind: 'session', id: session.id }, participant, language);
      return renderCard(
        sessionChangePreviewCard({
          programme,
          session,
          change: change.data,
          result: preview,
          told: preview.affected.length,
          warnings: preview.warnings.map((w) => w.message[language]),
          reach: reachView(preview.reach, language, list),
          language,
          now: now(),
        }),
      );
    } catch (err) {
      // The refusals the form can run into, in the admin's language; anything else goes to the turn's error handler.
      const problem = err instanceof CodedError ? FORM_REFUSALS[err.code] : undefined;
      if (problem) return problemCard(language, t(language, 'change.invalid', { problem: t(language, problem) }));
      throw err;
    }
  });

  app.adaptiveCards.actionExecute('sessionChangeConfirm', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    if (!(await isAdmin(context, participant, deps, 'session.change'))) return problemCard(language, refusalText(context, participant, deps));
    const parsed = confirmSchema.safeParse(data);
    const change = parsed.success ? parsedJson(parsed.data.change, sessionChangeSchema) : undefined;
    const before = parsed.success ? parsedJson(parsed.data.before, beforeSchema) : undefined;
    if (!parsed.success || !change || !before) return problemCard(language, t(language, 'checkIn.unknownPrompt'));
    try {
      const actor = context.activity.from?.aadObjectId ?? participant?.email ?? 'unknown';
      const report = await changeSession(store, parsed.data.sessionId, change, actor, now(), { expectedBefore: before, calendars: deps.calendars });
      deps.kick();
      const zone = (await store.getProgramme()).timeZone;
      const text = t(language, 'change.done', {
        when: formatSessionTime(report.after.start, report.after.end, zone, language, now()),
        place: report.after.place.name,
        participants: counted(language, 'participants', report.notified),
      });
      // Warnings stand apart from the confirmation: the change is made, HR may want to look again.
      const notes = report.warnings.length ? [t(language, 'change.warnings'), ...report.warnings.map((w) => w.message[language])] : undefined;
      return renderCard({ template: 'message', data: { heading: t(language, 'change.form.heading'), text, actions: [], ...(notes ? { notes } : {}) } });
    } catch (err) {
      if (err instanceof CodedError && (err.code === 'SESSION_CHANGED_SINCE_PREVIEW' || err.code === 'PROGRAMME_CHANGED')) return problemCard(language, t(language, 'change.stale'));
      if (err instanceof CodedError) return problemCard(language, err.message);
      throw err;
    }
  });

  app.adaptiveCards.actionExecute('sessionChangeCancel', async (context: TurnContext) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    if (!(await isAdmin(context, participant, deps, 'session.change'))) return problemCard(language, refusalText(context, participant, deps));
    return renderCard({ template: 'message', data: { heading: t(language, 'change.form.heading'), text: t(language, 'change.cancelled'), actions: [] } });
  });
}
