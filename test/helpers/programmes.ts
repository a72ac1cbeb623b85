import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { programmeSchema, type Programme } from '../../src/domain/model';

/** The small hand-written programme in test/fixtures/programme-small.json, validated. */
export function smallProgramme(): Programme {
  const file = path.join(projectRoot(), 'test', 'fixtures', 'programme-small.json');
  return programmeSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Every piece of text in a card (TextBlock text, fact titles and values, action titles), in order. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value']) if (typeof n[key] === 'string') out.push(n[key] as string);
    Object.entries(n).forEach(([key, child]) => {
      if (key !== 'data') walk(child);
    });
  };
  walk(card);
  return out;
}

/** All the card's text as one string, for "contains" assertions. */
export function cardText(card: unknown): string {
  return cardTexts(card).join('\n');
}
