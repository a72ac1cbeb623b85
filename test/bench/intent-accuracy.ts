/**
 * How well matchIntent reads leaders' questions, measured on the labelled set it was tuned on
 * (test/fixtures/intent-set.json) and on a held-out set written after tuning
 * (test/fixtures/intent-holdout.json), which is the honest number.
 *
 * Run alone with `node dist/test/bench/intent-accuracy.js` after a build, or `npx tsx
 * test/bench/intent-accuracy.ts`; `npm run bench` includes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { matchIntent, type IntentName } from '../../src/domain/language/match-intent';
import { languageSchema } from '../../src/domain/programme/model';

const INTENTS = [
  'nextSession', 'schedule', 'where', 'prepare', 'module', 'electives', 'help', 'progress',
  'absence', 'withdrawAbsence', 'calendar', 'chooseElectives', 'unknown',
] as const satisfies readonly IntentName[];

const labelledSchema = z
  .object({
    text: z.string(),
    intent: z.enum(INTENTS),
    language: languageSchema,
    moduleNumber: z.number().int().positive().optional(),
  })
  .strict();
export type LabelledUtterance = z.infer<typeof labelledSchema>;

export interface Miss {
  expected: LabelledUtterance;
  got: { intent: IntentName; language: string; moduleNumber?: number; score: number };
}

export interface IntentSetResult {
  size: number;
  correct: number;
  accuracy: number;
  perIntent: Record<IntentName, { support: number; precision: number; recall: number }>;
  misses: Miss[];
}

/**
 * Reads a labelled set by name ("intent-set", "intent-holdout"). The fixtures live in the source
 * tree only, so this looks next to the TypeScript source (test/bench → test/fixtures) and, when
 * compiled, from dist/test/bench back up to the repository's test/fixtures.
 */
export function loadIntentSet(name: 'intent-set' | 'intent-holdout'): LabelledUtterance[] {
  const candidates = [
    path.resolve(__dirname, '../fixtures', `${name}.json`),
    path.resolve(__dirname, '../../../test/fixtures', `${name}.json`),
  ];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`${name}.json not found; looked in ${candidates.join(' and ')}`);
  return z.array(labelledSchema).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * Runs every utterance through matchIntent with the labelled language as the Teams locale. An
 * utterance counts as correct when intent, module number and language all agree: the language
 * check catches the detector overriding the locale with the wrong language.
 */
export function evaluateIntentSet(items: LabelledUtterance[]): IntentSetResult {
  const misses: Miss[] = [];
  const counts = new Map<IntentName, { tp: number; predicted: number; support: number }>(
    INTENTS.map((intent) => [intent, { tp: 0, predicted: 0, support: 0 }]),
  );
  for (const expected of items) {
    const got = matchIntent(expected.text, expected.language);
    const ok =
      got.intent === expected.intent && got.moduleNumber === expected.moduleNumber && got.language === expected.language;
    counts.get(expected.intent)!.support += 1;
    counts.get(got.intent)!.predicted += 1;
    if (got.intent === expected.intent) counts.get(got.intent)!.tp += 1;
    if (!ok) misses.push({ expected, got });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const perIntent = Object.fromEntries(
    [...counts].map(([intent, c]) => [intent, { support: c.support, precision: ratio(c.tp, c.predicted), recall: ratio(c.tp, c.support) }]),
  ) as IntentSetResult['perIntent'];
  const correct = items.length - misses.length;
  return { size: items.length, correct, accuracy: ratio(correct, items.length), perIntent, misses };
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

function printResult(title: string, result: IntentSetResult, log: (line: string) => void): void {
  log(`${title}: ${result.size} utterances, accuracy ${percent(result.accuracy)} (${result.correct}/${result.size})`);
  log('  intent            support  precision  recall');
  for (const [intent, r] of Object.entries(result.perIntent)) {
    log(`  ${intent.padEnd(16)}  ${String(r.support).padStart(7)}  ${percent(r.precision).padStart(9)}  ${percent(r.recall).padStart(6)}`);
  }
  if (result.misses.length === 0) log('  misses: none');
  for (const { expected, got } of result.misses) {
    const want = `${expected.intent}${expected.moduleNumber ? ` ${expected.moduleNumber}` : ''}/${expected.language}`;
    const have = `${got.intent}${got.moduleNumber ? ` ${got.moduleNumber}` : ''}/${got.language} (score ${got.score})`;
    log(`  miss: ${JSON.stringify(expected.text)} expected ${want}, got ${have}`);
  }
}

/** Prints size, accuracy, per-intent precision/recall and misses for the tuning and held-out sets. */
export function reportIntentAccuracy(log: (line: string) => void = console.log): void {
  printResult('Tuning set (intent-set.json)', evaluateIntentSet(loadIntentSet('intent-set')), log);
  printResult('Held-out set (intent-holdout.json)', evaluateIntentSet(loadIntentSet('intent-holdout')), log);
}

if (require.main === module) reportIntentAccuracy();
