/**
 * Word forms from maintained language libraries, so the matcher knows "modulerne", "samlingen",
 * "preparing" and "gatherings" without listing every inflection: the Snowball stemmers for Danish
 * and English (nlp.js's language packages) and the Danish and English stop-word lists of
 * `stopword`. Words are compared in the folded form of normalize-text.ts (æ → ae, ø → oe,
 * å → aa), so both the word lists and what leaders type are folded before they are stemmed.
 */
import { StemmerDa } from '@nlpjs/lang-da';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { dan, eng } from 'stopword';
import { spellingVariants } from './normalize-text';

const danish = new StemmerDa();
const english = new StemmerEn();

/**
 * A stem this short says too little: "forb" (from "forberede") would be one letter from "forbi".
 * Shorter stems only ever match exactly.
 */
export const MIN_STEM_LENGTH = 4;

/**
 * The stems of a folded word, Danish first: a leader's word is compared with the vocabulary in
 * both languages, because Teams chat mixes them ("næste session", "next modul").
 */
export function stemsOf(word: string): string[] {
  const da = danish.stem(word);
  const en = english.stem(word);
  return da === en ? [da] : [da, en];
}

const STOPWORDS = new Set([...dan, ...eng].flatMap((word) => spellingVariants(word)));

/**
 * Function words (pronouns, auxiliaries, prepositions, particles) that may surround a question
 * without changing it. The matcher asks this only for words that are not vocabulary: "hvornår"
 * and "næste" are stop words to the library but questions to the bot.
 */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
