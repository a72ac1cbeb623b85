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
import { t } from '../domain/language/texts';
import { isAdmin, refusalText } from './admin-guard';
import type { BotDeps } from './bot-deps';
import { firstProblem } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';
import { sendCard } from './send-card';

const formSchema = z.object({
  sessionId: z.string().min(1).max(100),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).optional().default(''),
  startTime: z.union([z.literal(''), z.string().regex(/^\d{2}:\d{2}$/)]).optional().default(''),
  endTime: z.union([z.literal(''), z.string().regex(/^\d{2}:\d{2}$/)]).optional().default(''),
  placeName: z.string().max(200).optional().default(''),
  room: z.string().max(100).optional().default(''),
  address: z.string().max(300).optional().default(''),
});

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
    if (!form.success) return problemCard(language, t(language, 'checkIn.invalid', { problem: firstProblem(form.error) }));
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
    if (!change.success) return problemCard(language, t(language, 'checkIn.invalid', { problem: change.error.issues[0]?.message ?? '' }));
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
      if (err instanceof CodedError) return problemCard(language, err.message);
      throw err;
    }
  });
}
