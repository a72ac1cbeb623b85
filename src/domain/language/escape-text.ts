/**
 * Makes a person's free text safe to show to someone else in a card's TextBlock: Teams renders a
 * subset of Markdown there, so a quote could otherwise carry a link, a list or emphasis that the
 * writer's reader would take for the bot's own. Backslash escapes keep the characters visible.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()#+\-!>|~{}<]/g, (c) => `\\${c}`)
    .replace(/^(\s*\d+)\./gm, '$1\\.')
    .replace(/\r\n?/g, '\n');
}
