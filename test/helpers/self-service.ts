/**
 * Small builders for the self-service end-to-end tests: a leader writes to the bot, or presses an
 * Action.Execute button on one of its cards. Both go over real HTTP into /api/messages.
 */
import { personalMessage, type TeamsUser } from './activities';
import { cardText } from './programmes';
import type { TestBot } from './start-test-bot';

export const SOFIE: TeamsUser = { id: '29:p3', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' }; // level 3, group g1, electives e1 + e2, Danish
export const METTE: TeamsUser = { id: '29:p1', name: 'Mette Holm', aadObjectId: 'aad-p1' }; // level 1, group g1, elective e2
export const ANDERS: TeamsUser = { id: '29:p2', name: 'Anders Kjær', aadObjectId: 'aad-p2' }; // level 2, group g2, no electives

/** The personal conversation a user's messages and card actions come from. */
export const conversationOf = (user: TeamsUser): string => `a:conv-${user.id.slice(3)}`;

/** A leader writes `text`; returns the one card the bot answered with, and its text. */
export async function say(bot: TestBot, text: string, user: TeamsUser, locale = 'da-DK'): Promise<{ card: any; text: string }> {
  const conversationId = conversationOf(user);
  const before = bot.connector.cards(conversationId).length;
  const status = await bot.post(personalMessage({ text, user, locale, serviceUrl: bot.connector.serviceUrl, conversationId }));
  if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
  const cards = bot.connector.cards(conversationId).slice(before);
  if (cards.length !== 1) throw new Error(`expected one card, got ${cards.length}`);
  return { card: cards[0], text: cardText(cards[0]) };
}

/** A leader presses an Action.Execute button: `verb` and `data` as a card (or a crafted invoke) would send them. */
export function cardAction(bot: TestBot, verb: string, data: Record<string, unknown>, user: TeamsUser, locale = 'da-DK'): any {
  return {
    ...personalMessage({ text: '', user, locale, serviceUrl: bot.connector.serviceUrl, conversationId: conversationOf(user) }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** Presses the button and returns the card that replaces the one acted on, and its text. */
export async function press(bot: TestBot, verb: string, data: Record<string, unknown>, user: TeamsUser, locale = 'da-DK'): Promise<{ card: any; text: string }> {
  const { status, body } = await bot.invoke(cardAction(bot, verb, data, user, locale));
  if (status !== 200) throw new Error(`invoke answered ${status}: ${JSON.stringify(body)}`);
  return { card: body.value, text: cardText(body.value) };
}

/** The Action.Execute buttons of a card, wherever they sit (card actions or ActionSets in the body). */
export function executeActions(card: unknown): { title: string; verb: string; data: Record<string, unknown> }[] {
  const found: { title: string; verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, any>;
    if (n.type === 'Action.Execute') found.push({ title: n.title, verb: n.verb, data: n.data ?? {} });
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}
