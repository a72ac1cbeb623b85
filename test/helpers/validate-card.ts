/**
 * Checks a card with the Adaptive Cards SDK's own parser (the `adaptivecards` package): every
 * parse warning or validation failure is returned as a readable line.
 */
// The package's CommonJS entry is the UMD bundle; its lib/ folder is ESM without file extensions.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

export function adaptiveCardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const validation = card.validateProperties();
  for (const failure of validation.failures ?? []) {
    for (const error of failure.errors) problems.push(error.message);
  }
  return problems;
}
