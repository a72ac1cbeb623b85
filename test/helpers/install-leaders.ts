/**
 * The set-up most end-to-end tests of proactive cards start from: leaders of the small programme
 * open the bot in Teams (the installation event from their 1:1 chat `a:conv-<participantId>`),
 * the welcome cards are forgotten, and one dispatch tick runs.
 */
import { event } from './activities';
import type { TestBot } from './start-test-bot';

export interface InstallingLeader {
  participantId: string;
  /** Entra object id; aad-<participantId> unless given. */
  aadObjectId?: string;
}

/** One leader installs the bot in their personal scope; returns the HTTP status of the event. */
export async function installFor(bot: TestBot, leader: InstallingLeader | string, tenantId = 'tenant'): Promise<number> {
  const { participantId, aadObjectId = `aad-${participantId}` } = typeof leader === 'string' ? { participantId: leader } : leader;
  return bot.post(
    event('personal-bot-added', bot.connector.serviceUrl, {
      from: { id: `29:${participantId}`, aadObjectId },
      conversation: { conversationType: 'personal', tenantId, id: `a:conv-${participantId}` },
    }),
  );
}

/** These leaders install the bot, their welcome cards are forgotten, and one dispatch tick runs. */
export async function installThenTick(bot: TestBot, leaders: (InstallingLeader | string)[], tenantId = 'tenant'): ReturnType<TestBot['dispatcher']['tick']> {
  for (const leader of leaders) await installFor(bot, leader, tenantId);
  bot.connector.reset();
  return bot.dispatcher.tick();
}
