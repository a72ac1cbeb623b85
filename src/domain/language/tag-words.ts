/**
 * Reads each word of a message as one or more concepts of the vocabulary (intent-vocabulary.ts),
 * or as filler, or leaves it unexplained. In this order, at each position:
 *
 * 1. the longest vocabulary phrase spelt exactly as listed (with or without æøå);
 * 2. another inflection of a listed noun or verb, by its Snowball stem ("modulerne", "gatherings",
 *    "preparing"); of the listed words with that stem, the one spelt most alike decides, so
 *    "kursusdagene" is plural like "kursusdage";
 * 3. a Danish compound whose last part is a listed noun and whose first part is known
 *    ("introsamlingen", "kursusdagen", "valgmodul-datoerne"); a compound with an unknown first
 *    part is something else ("teammødet", "budgetseminaret") and stays unexplained;
 * 4. a word with a letter held down ("taak", "helloo"; longer runs are cut to two before this) that is a
 *    listed word with the letter once;
 * 5. a one-slip typo of a listed word (near-miss.ts), unless the word is a real word of its own:
 *    a stop word ("ser" is not "sker") or a number ("fire" is not "fine");
 * 6. a stop word of either language (word-forms.ts), which is filler.
 */
import { NUMBER_WORDS, ORDINAL_WORDS, REAL_WORDS, VOCABULARY, type Concept } from './intent-vocabulary';
import { isDateWord } from './date-words';
import { isNearMiss } from './near-miss';
import { spellingVariants } from './normalize-text';
import { MIN_STEM_LENGTH, isStopword, stemsOf } from './word-forms';
import { distance } from 'fastest-levenshtein';

interface LexiconEntry {
  words: string[];
  concept: Concept;
  fuzzy: boolean;
  /** Spelt with plain vowels for æøå ("kare" for "kære"): already one step from the word, so no slip on top in short words. */
  plain: boolean;
}

const LEXICON: LexiconEntry[] = VOCABULARY.flatMap(({ concept, fuzzy, da, en }) =>
  [...da, ...en].flatMap((phrase) =>
    spellingVariants(phrase)
      // A plain-vowel spelling that is a real word of its own is not this word ("andre").
      .filter((spelling, i) => i === 0 || !REAL_WORDS.has(spelling))
      .map((spelling, i) => ({ words: spelling.split(' '), concept, fuzzy, plain: i > 0 })),
  ),
);

 /** Concepts that only narrow another concept of the same word: one elective, a module noun that takes a number. */
const NARROWER: ReadonlySet<Concept> = new Set<Concept>(['ELECTIVE_ONE', 'MODULE_NOUN']);

const LONGEST_PHRASE = Math.max(...LEXICON.map((e) => e.words.length));

/**
 * Concepts whose words inflect as content words do: nouns of the programme and the verbs of
 * preparing, reading, choosing and cancelling. Question words, negations and filler are
 * listed in every form they take; stemming them would only blur them ("meeting" is not "meet").
 */
const INFLECTING: ReadonlySet<Concept> = new Set<Concept>([
  'SESSION', 'SESSIONS', 'SCHEDULE', 'PLACE', 'PREPARE', 'READ', 'READING', 'BRING', 'ELECTIVE', 'DIPLOMA', 'CALENDAR',
  'ABSENCE', 'CANCEL', 'CHOOSE', 'CHANGE', 'ABOUT', 'DOMAIN', 'THANKS', 'GREETING', 'AGENDA', 'LEVEL_NOUN', 'SPARRING', 'BLOCK',
  'HELP', 'TRANSPORT', 'SUBJECT', 'WAITLIST', 'PERSON', 'QUESTION_NOUN', 'REASON',
]);

/** Concepts a compound may end in: the nouns. "Kursusdag" is a session; "ledelsesforberede" is no word. */
const COMPOUND_HEADS: ReadonlySet<Concept> = new Set<Concept>([
  'SESSION', 'SESSIONS', 'SCHEDULE', 'PLACE', 'PREPARE', 'READING', 'ELECTIVE', 'CALENDAR', 'ABSENCE', 'DOMAIN', 'AGENDA',
  'TRANSPORT', 'SUBJECT', 'WAITLIST', 'PERSON', 'LEVEL_NOUN',
]);

interface SingleWord {
  word: string;
  concepts: Set<Concept>;
}

/** Single listed words (not phrases) by spelling, and the inflecting ones by stem. */
const BY_SPELLING = new Map<string, Set<Concept>>();
const BY_STEM = new Map<string, SingleWord[]>();
for (const entry of LEXICON) {
  if (entry.words.length !== 1) continue;
  const [word] = entry.words;
  BY_SPELLING.set(word, (BY_SPELLING.get(word) ?? new Set<Concept>()).add(entry.concept));
  if (!INFLECTING.has(entry.concept)) continue;
  for (const stem of stemsOf(word)) {
    if (stem.length < MIN_STEM_LENGTH) continue;
    const list = BY_STEM.get(stem) ?? [];
    const known = list.find((w) => w.word === word);
    if (known) known.concepts.add(entry.concept);
    else list.push({ word, concepts: new Set([entry.concept]) });
    BY_STEM.set(stem, list);
  }
}

/** A word that means something of its own, so it is never read as a slip of another. */
function isRealWord(typed: string): boolean {
  return REAL_WORDS.has(typed) || isStopword(typed) || isDateWord(typed) || NUMBER_WORDS[typed] !== undefined || ORDINAL_WORDS[typed] !== undefined;
}

/** Short words written without æøå get no slip on top: "kage" is not "kære" written "kare" with a slip. */
const MIN_PLAIN_TYPO = 6;

function sameWord(typed: string, word: string, entry: LexiconEntry, allowTypo: boolean): boolean {
  if (typed === word) return true;
  if (!allowTypo || !entry.fuzzy || isRealWord(typed) || (entry.plain && word.length < MIN_PLAIN_TYPO)) return false;
  if (!isNearMiss(typed, word)) return false;
  // Another form of a listed word that is listed in its own forms only ("mødet" beside "mødes") is
  // that other form, not a slip.
  return INFLECTING.has(entry.concept) || !stemsOf(typed).some((stem) => stem.length >= MIN_STEM_LENGTH && stemsOf(word).includes(stem));
}

/** "taak" → "tak", "helloo" → "hello": the listed word with one doubled letter written once. */
function heldLetter(token: string): Set<Concept> | undefined {
  for (let i = 1; i < token.length; i++) {
    if (token[i] !== token[i - 1]) continue;
    const once = BY_SPELLING.get(token.slice(0, i) + token.slice(i + 1));
    if (once) return once;
  }
  return undefined;
}

/**
 * The lexicon compiled once for phraseAt, which runs for every word of every message: exact
 * spellings by the whole phrase, and for typos the entries of each length by their first letter
 * (a typo never changes the first letter, see near-miss.ts). Scanning the whole lexicon for each
 * word and phrase length was the matcher's main cost.
 */
const EXACT = new Map<string, Set<Concept>>();
const BY_LENGTH_AND_INITIAL = new Map<string, LexiconEntry[]>();
for (const entry of LEXICON) {
  const phrase = entry.words.join(' ');
  EXACT.set(phrase, (EXACT.get(phrase) ?? new Set<Concept>()).add(entry.concept));
  const key = `${entry.words.length}:${entry.words[0][0] ?? ''}`;
  const bucket = BY_LENGTH_AND_INITIAL.get(key);
  if (bucket) bucket.push(entry);
  else BY_LENGTH_AND_INITIAL.set(key, [entry]);
}

/**
 * The concepts of the longest vocabulary phrase starting at `start`. Exact spellings are tried
 * before typos at every length, and a typo close to words of two different concepts ("helt":
 * "hele" or "help"?) is not guessed at.
 */
function phraseAt(tokens: string[], start: number, allowTypo: boolean): { length: number; concepts: Set<Concept> } | undefined {
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - start); length > 0; length--) {
    if (!allowTypo) {
      const exact = EXACT.get(tokens.slice(start, start + length).join(' '));
      if (exact) return { length, concepts: new Set(exact) };
      continue;
    }
    const bySpelling = new Map<string, Set<Concept>>();
    for (const entry of BY_LENGTH_AND_INITIAL.get(`${length}:${tokens[start][0] ?? ''}`) ?? []) {
      if (!entry.words.every((word, k) => sameWord(tokens[start + k], word, entry, allowTypo))) continue;
      const key = entry.words.join(' ');
      bySpelling.set(key, (bySpelling.get(key) ?? new Set<Concept>()).add(entry.concept));
    }
    if (bySpelling.size === 0) continue;
    const concepts = new Set([...bySpelling.values()].flatMap((c) => [...c]));
    // "modul" is both SESSION and MODULE_NOUN, which is fine; two different words are not, unless
    // they differ only in a narrower reading ("valgmodul", one elective, beside "valgmoduler").
    if (allowTypo && [...bySpelling.values()].some((c) => [...concepts].some((k) => !c.has(k) && !NARROWER.has(k)))) continue;
    return { length, concepts };
  }
  return undefined;
}

/** The concepts of a listed word inflected otherwise, decided by the listed form spelt most alike. */
function inflectedConcepts(token: string, heads?: ReadonlySet<Concept>): Set<Concept> | undefined {
  if (REAL_WORDS.has(token)) return undefined;
  const exact = BY_SPELLING.get(token);
  if (exact && (!heads || [...exact].some((c) => heads.has(c)))) return exact;
  let best: SingleWord[] = [];
  let bestDistance = Infinity;
  for (const stem of stemsOf(token)) {
    if (stem.length < MIN_STEM_LENGTH) continue;
    for (const candidate of BY_STEM.get(stem) ?? []) {
      if (heads && ![...candidate.concepts].some((c) => heads.has(c))) continue;
      // Fewest edits first; between equals, the longest shared beginning ("fællessamlingerne" is
      // "fællessamlinger" + "ne", plural, rather than "fællessamlingen" changed).
      const d = distance(token, candidate.word) - sharedPrefix(token, candidate.word) / 100;
      if (d < bestDistance) [best, bestDistance] = [[candidate], d];
      else if (d === bestDistance) best.push(candidate);
    }
  }
  return best.length ? new Set(best.flatMap((c) => [...c.concepts])) : undefined;
}

const MIN_PART = 3;

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Nouns that name a session only as the last part of a compound with a known first part:
 * "lederdag", "udviklingsdagen" and "leadership day" are programme days, a "dag" alone is not.
 */
const COMPOUND_ONLY_HEADS: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  ['dag', 'SESSION'], ['dagen', 'SESSION'], ['dage', 'SESSIONS'], ['dagene', 'SESSIONS'],
]);

/**
 * A Danish compound read as its parts: the head (last part) must be a listed noun, and the first
 * part a listed word, possibly with the linking -s- or -e- ("ledelses|dag", "hjemme|opgave").
 * Undefined when the word is not such a compound.
 */
function compoundConcepts(token: string): Set<Concept> | undefined {
  if (token.length < 2 * MIN_PART + 1) return undefined;
  // The longest head first: "fællessamlingen" is "fælles|samlingen" before "fællessam|lingen".
  for (let split = MIN_PART; split <= token.length - MIN_PART; split++) {
    const tail = token.slice(split);
    const onlyHead = COMPOUND_ONLY_HEADS.get(tail);
    const head = onlyHead ? new Set<Concept>([onlyHead]) : inflectedConcepts(tail, COMPOUND_HEADS);
    if (!head) continue;
    const first = token.slice(0, split);
    const modifier = [first, first.replace(/[se]$/, '')].map((m) => (m.length >= MIN_PART ? knownPart(m) : undefined)).find(Boolean);
    return modifier ? new Set([...head, ...modifier]) : undefined;
  }
  return undefined;
}

function knownPart(part: string): Set<Concept> | undefined {
  return BY_SPELLING.get(part) ?? inflectedConcepts(part) ?? compoundConcepts(part);
}

/** The concepts found in each word (empty: unexplained), reading left to right. */
export function tagWords(tokens: string[]): Set<Concept>[] {
  const tags: Set<Concept>[] = tokens.map(() => new Set<Concept>());
  let i = 0;
  while (i < tokens.length) {
    const exact = phraseAt(tokens, i, false);
    if (exact) {
      for (let k = i; k < i + exact.length; k++) tags[k] = exact.concepts;
      i += exact.length;
      continue;
    }
    const single = inflectedConcepts(tokens[i]) ?? compoundConcepts(tokens[i]) ?? (isRealWord(tokens[i]) ? undefined : heldLetter(tokens[i]));
    if (single) {
      tags[i] = single;
      i += 1;
      continue;
    }
    const typo = phraseAt(tokens, i, true);
    if (typo) {
      for (let k = i; k < i + typo.length; k++) tags[k] = typo.concepts;
      i += typo.length;
      continue;
    }
    if (isStopword(tokens[i])) tags[i] = new Set<Concept>(['FILLER']);
    i += 1;
  }
  return tags;
}
