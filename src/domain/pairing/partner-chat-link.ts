/**
 * The "open a chat" button on the intro card: a Teams deep link that opens (or creates, as a
 * draft until the first message) a chat with the partners. Teams identifies the users by their
 * user principal name, which is the e-mail address in most organisations; the leader who taps
 * the link is always in the chat, so only the partners are listed.
 */

/**
 * A deep link to a chat with `partnerEmails` (one for a pair, two for a trio). `topic` names a
 * group chat and is only used with two or more partners (Teams ignores it for a one-to-one chat);
 * `message` is put in the leader's compose box, unsent.
 */
export function partnerChatLink(partnerEmails: readonly string[], options: { topic?: string; message?: string } = {}): string {
  // Teams documents a comma-separated list: each address is encoded on its own (a "+" in an
  // address would otherwise be read as a space) and the commas stay literal, as in its examples.
  const parts = [`users=${partnerEmails.map(encodeURIComponent).join(',')}`];
  if (options.topic && partnerEmails.length >= 2) parts.push(`topicName=${encodeURIComponent(options.topic)}`);
  if (options.message) parts.push(`message=${encodeURIComponent(options.message)}`);
  return `https://teams.microsoft.com/l/chat/0/0?${parts.join('&')}`;
}
