import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { renderCard } from '../cards/render-card';
import { changeSession } from '../features/change-session';
import { CodedError } from '../domain/errors';
import { formatSessionTime } from '../domain/calendar/format-date';
import { sessionChangeSchema } from '../domain/programme/session-change';
import { sessionChangeFormCard } from '../cards/session-change-form';
import { t, type TextKey } from '../domain/language/texts';
import { isAdmin, refusalText } from './admin-guard';
import type { BotDeps } from './bot-deps';
import { submissionProblem } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';
import { sendCard } from './send-card';

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

const FORM_REFUSALS: Record<string, TextKey | undefined> = {
  SESSION_CHANGE_INVALID: 'validation.endAfterStart',
  PROGRAMME_CHANGED: 'validation.programmeChanged',
};

/** HR moves a session from Teams: "flyt session" / "change session" opens the form (admins only). */
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
    if (!change.success) return problemCard(language, t(language, 'change.invalid', { problem: t(language, 'validation.nothingToChange') }));
    try {
      const actor = context.activity.from?.aadObjectId ?? participant?.email ?? 'unknown';
      const report = await changeSession(store, session.id, change.data, actor, now());
      deps.kick();
      const text = t(language, 'change.done', {
        when: formatSessionTime(report.after.start, report.after.end, zone, language, now()),
        place: report.after.place.name,
        count: report.notified,
      });
      return renderCard({ template: 'message', data: { heading: t(language, 'change.form.heading'), text, actions: [] } });
    } catch (err) {
      // The refusals the form can run into, in the admin's language; anything else goes to the turn's error handler.
      const problem = err instanceof CodedError ? FORM_REFUSALS[err.code] : undefined;
      if (problem) return problemCard(language, t(language, 'change.invalid', { problem: t(language, problem) }));
      throw err;
    }
  });
}
