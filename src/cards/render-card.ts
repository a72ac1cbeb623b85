import fs from 'node:fs';
import path from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { Card, CardTemplateName } from './card-types';
import { projectRoot } from '../project-root';

/** An Adaptive Card as JSON. */
export type AdaptiveCardJson = { type: 'AdaptiveCard'; [key: string]: unknown };

const cache = new Map<string, Template>();

let cardsDir: string | undefined;

/** cards/ in the project root, found once: looking for package.json on every card cost file-system calls per turn. */
function defaultCardsDir(): string {
  cardsDir ??= path.join(projectRoot(), 'cards');
  return cardsDir;
}

function loadTemplate(name: string, cardsDir: string): Template {
  const key = path.join(cardsDir, name);
  let template = cache.get(key);
  if (!template) {
    const file = path.join(cardsDir, `${name}.json`);
    template = new Template(JSON.parse(fs.readFileSync(file, 'utf8')));
    cache.set(key, template);
  }
  return template;
}

/**
 * Expands a template from cards/ with its data. The data is bound as values only: a string such
 * as "${secret}" inside the data stays literal text (tested), so user or admin text can never run
 * as a template expression.
 */
export function renderTemplate<T extends object>(name: CardTemplateName | string, data: T, cardsDir = defaultCardsDir()): AdaptiveCardJson {
  return loadTemplate(name, cardsDir).expand({ $root: data }) as AdaptiveCardJson;
}

/** Renders a card with its template. */
export function renderCard(card: Card): AdaptiveCardJson {
  return renderTemplate(card.template, card.data);
}
