import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { answerHelp } from '../cards/answers/answer-messages';
import type { BotDeps } from './bot-deps';
import { conversationRecordFrom, scopeOf } from './conversation-record';
import { learnTeamChannels } from './register-channels';
import { identifyParticipant } from './identify-participant';
import { languageOfLocale } from './reply-language';
import { sendCard } from './send-card';
import { tellNotEnrolled } from './self-service-turn';

/**
 * Installation and removal. Teams sends both installationUpdate and conversationUpdate when the
 * app is added (and clients may repeat them); both store the conversation, only membersAdded
 * greets, and only the first time for a conversation. In a team, installing the app and members
 * joining ask for a read of the team's roster; it runs in the background (the dispatcher), never
 * inside the turn. Members leaving are forgotten without a read.
 */
export function registerInstallation(app: Application, deps: BotDeps): void {
  const { store, logger, now } = deps;
  const botWasAdded = (context: TurnContext) =>
    (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
  const botWasRemoved = (context: TurnContext) =>
    (context.activity.membersRemoved ?? []).some((m) => m.id === context.activity.recipient?.id);

  const storeConversation = async (context: TurnContext) => {
    const personal = scopeOf(context.activity) === 'personal';
    const participant = personal ? await identifyParticipant(context, deps) : undefined;
    await store.saveConversation(conversationRecordFrom(context.activity, now(), participant?.id));
    logger.info({ conversationId: context.activity.conversation.id, scope: scopeOf(context.activity), linked: Boolean(participant) }, 'conversation stored');
    return participant;
  };

  const teamIdOf = (context: TurnContext) => ((context.activity.channelData ?? {}) as { team?: { id?: string } }).team?.id;

  /** Asks for a roster read of the team this activity comes from, and starts the dispatcher. */
  const askForRosterRead = async (context: TurnContext) => {
    const teamId = teamIdOf(context);
    if (!teamId || scopeOf(context.activity) !== 'channel') return;
    await store.requestRosterSync(teamId, now());
    deps.kick();
  };

  const deactivate = async (context: TurnContext) => {
    await store.deactivateConversation(context.activity.conversation.id, 'uninstalled', now());
    const teamId = teamIdOf(context);
    // Without the app in the team its roster cannot open chats: forget the members found there.
    if (teamId && scopeOf(context.activity) === 'channel') await store.removeRosterMembers(teamId);
    logger.info({ conversationId: context.activity.conversation.id }, 'bot removed from conversation');
  };

  app.activity('installationUpdate', async (context: TurnContext) => {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('remove')) await deactivate(context);
    else if (action.startsWith('add')) {
      await storeConversation(context);
      await askForRosterRead(context);
    }
  });

  app.conversationUpdate('membersAdded', async (context: TurnContext) => {
    if (!botWasAdded(context)) {
      // People joined a team where the app is: read the roster to learn their Teams ids.
      if (await store.findConversation(context.activity.conversation.id).then((c) => c?.active)) await askForRosterRead(context);
      return;
    }
    const participant = await storeConversation(context);
    await askForRosterRead(context);
    if (scopeOf(context.activity) === 'channel') await learnTeamChannels(context, deps);
    if (scopeOf(context.activity) !== 'personal') return;
    if (!(await store.markWelcomed(context.activity.conversation.id, now()))) return;
    const language = languageOfLocale(context.activity.locale, participant?.locale ?? deps.defaultLanguage);
    // Someone outside the programme is told so first, not shown what leaders can ask.
    if (!participant) return tellNotEnrolled(context, deps, language);
    await sendCard(context, answerHelp(language, participant.name.split(' ')[0]));
  });

  app.conversationUpdate('membersRemoved', async (context: TurnContext) => {
    if (botWasRemoved(context)) return deactivate(context);
    const teamId = teamIdOf(context);
    const gone = (context.activity.membersRemoved ?? []).map((m) => m.id).filter(Boolean);
    if (teamId && gone.length) await store.removeRosterMembers(teamId, gone);
  });
}
