/**
 * Module and level numbers in a message: "modul 3", "module no. 3", "modul tre", "3. modul",
 * "third module", "niveau 2", "level 3". The words used are marked as explained.
 */
import { NUMBER_WORDS, ORDINAL_WORDS, type Concept } from './intent-vocabulary';

const NUMBER_FILLER = new Set(['nummer', 'nr', 'no', 'number', 'num']);

function numberIn(word: string | undefined, words: Record<string, number>): number | undefined {
  if (word === undefined) return undefined;
  const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(word);
  if (digits) return Number(digits[1]) > 0 ? Number(digits[1]) : undefined;
  return words[word];
}

/**
 * Finds "modul 3", "module no. 3", "modul tre", "3. modul" and "third module", and marks the
 * words it used as explained. Only the singular "modul"/"module" takes a number: "2 moduler"
 * is a count, not module 2.
 */
export function findModuleNumber(tokens: string[], tags: Set<Concept>[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!tags[i].has('MODULE_NOUN')) continue;
    let after = i + 1;
    if (NUMBER_FILLER.has(tokens[after])) after += 1;
    const following = numberIn(tokens[after], NUMBER_WORDS);
    if (following !== undefined) {
      for (let k = i + 1; k <= after; k++) tags[k] = new Set<Concept>(['FILLER']);
      return following;
    }
    const preceding = numberIn(tokens[i - 1], ORDINAL_WORDS);
    if (preceding !== undefined) {
      tags[i - 1] = new Set<Concept>(['FILLER']);
      return preceding;
    }
  }
  return undefined;
}

/** Finds "niveau 2", "level 3", "niveau to" and "3. niveau", and marks the words as a level. */
export function findLevel(tokens: string[], tags: Set<Concept>[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!tags[i].has('LEVEL_NOUN')) continue;
    const following = numberIn(tokens[i + 1], NUMBER_WORDS);
    if (following !== undefined && following <= 3) {
      tags[i] = tags[i + 1] = new Set<Concept>(['LEVEL']);
      return following;
    }
    const preceding = numberIn(tokens[i - 1], ORDINAL_WORDS);
    if (preceding !== undefined && preceding <= 3) {
      tags[i] = tags[i - 1] = new Set<Concept>(['LEVEL']);
      return preceding;
    }
  }
  return undefined;
}
