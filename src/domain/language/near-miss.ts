import { distance } from 'fastest-levenshtein';

/**
 * Whether a typed word is one slip away from a vocabulary word ("nxt"/"next", "modle"/"module",
 * "forbrede"/"forberede", "hvorndr"/"hvornar"). Both words must already be normalised.
 *
 * The limits are what keep a typo from turning one real word into another:
 * - the vocabulary word has 4+ letters: among short words one edit is usually another word
 *   ("to"/"tor", "om"/"on");
 * - the first letter must agree: people rarely mistype it, and it stops "then"→"when",
 *   "there"→"where", "that"→"what" and "text"→"next";
 * - at most one edit (Levenshtein distance ≤ 1), and no digits, so "12th" is never "10th".
 */
export function isNearMiss(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (word.length < 4 || typed.length < 3) return false;
  if (typed[0] !== word[0] || Math.abs(typed.length - word.length) > 1) return false;
  if (/\d/.test(typed)) return false;
  return distance(typed, word) <= 1;
}
