import { distance } from 'fastest-levenshtein';

/**
 * Whether a typed word is one slip away from a vocabulary word ("nxt"/"next", "modle"/"module",
 * "forbrede"/"forberede", "hvorndr"/"hvornar"). Both words must already be normalised.
 *
 * A slip is one letter added, dropped or changed, or two neighbouring letters swapped
 * ("hvonrår", "wehre", "calnedar"), the commonest slip of fast typing. Long words (9 letters or
 * more) may have two slips ("forbredee"): among long words two edits rarely make another word.
 *
 * The limits are what keep a typo from turning one real word into another:
 * - the vocabulary word has 4+ letters: among short words one edit is usually another word
 *   ("to"/"tor", "om"/"on");
 * - the first letter must agree: people rarely mistype it, and it stops "then"→"when",
 *   "there"→"where", "that"→"what" and "text"→"next";
 * - no digits, so "12th" is never "10th".
 */
export function isNearMiss(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (word.length < 4 || typed.length < 3) return false;
  if (typed[0] !== word[0] || Math.abs(typed.length - word.length) > 1) return false;
  if (/\d/.test(typed)) return false;
  const edits = distance(typed, word);
  return edits <= 1 || isSwap(typed, word) || (word.length >= 9 && typed.length >= 9 && edits <= 2);
}

/** Two neighbouring letters swapped, nothing else: "samlnig" for "samling". */
function isSwap(typed: string, word: string): boolean {
  if (typed.length !== word.length) return false;
  const differ = [...typed].flatMap((ch, i) => (ch === word[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && typed[differ[0]] === word[differ[1]] && typed[differ[1]] === word[differ[0]];
}
