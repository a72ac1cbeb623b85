import type { Language } from '../programme/model';
import { isNearMiss } from './near-miss';
import { spellingVariants, stripMarkup, tokenize } from './normalize-text';

/**
 * Words that only one of the two languages uses, in their natural spelling (æøå are folded and
 * dropped by spellingVariants, so "naeste" and "naste" count as Danish too). Short function
 * words carry most of the signal in a question. Words both languages share in Teams chat
 * ("i", "to", "at", "man", "have", "program", "session", "menu", "workshop", "ok") are on neither list.
 */
const DANISH_WORDS = [
  'hvornår', 'hvad', 'hvor', 'hvorhenne', 'hvilke', 'hvilken', 'hvilket', 'hvordan', 'hvem', 'hvorfor',
  'jeg', 'mig', 'mit', 'min', 'mine', 'du', 'dig', 'vi', 'os', 'vores', 'er', 'var', 'det', 'den', 'der',
  'og', 'eller', 'på', 'til', 'med', 'af', 'om', 'fra', 'efter', 'inden', 'før', 'en', 'et', 'skal',
  'kan', 'vil', 'må', 'bør', 'har', 'ikke', 'også', 'nu', 'igen', 'gerne', 'lige', 'noget', 'nogle',
  'næste', 'kommende', 'sidste', 'forrige', 'hele', 'alle', 'vis', 'se', 'fortæl', 'hjælp', 'tak',
  'hej', 'godmorgen', 'venligst', 'ja', 'nej', 'samling', 'samlingen', 'fællessamling', 'modulet',
  'programmet', 'forløb', 'forløbet', 'valgmodul', 'valgmoduler', 'valgfag', 'handler', 'foregår',
  'afholdes', 'ligger', 'forberede', 'forberedelse', 'læse', 'lektier', 'medbringe', 'sted',
  'stedet', 'adresse', 'lokale', 'ses', 'mødes', 'dato', 'tid', 'uge', 'dag', 'klokken', 'vejret',
  'oversigt', 'indhold', 'nummer', 'nr', 'diplommoduler', 'lektier', 'fedt', 'syg', 'kalender', 'tre', 'seks',
  'syv', 'otte', 'elleve', 'tolv', 'tredje', 'fjerde', 'femte', 'god', 'godt',
];

const ENGLISH_WORDS = [
  'when', 'whens', 'what', 'whats', 'where', 'wheres', 'which', 'how', 'who', 'why', 'me', 'my',
  'mine', 'you', 'your', 'we', 'our', 'us', 'is', 'are', 'am', 'was', 'be', 'the', 'an', 'a', 'it',
  'its', 'and', 'or', 'of', 'for', 'on', 'in', 'with', 'about', 'from', 'after', 'before', 'do',
  'does', 'did', 'can', 'could', 'would', 'should', 'will', 'need', 'not', 'dont', 'cant', 'there',
  'this', 'that', 'please', 'next', 'upcoming', 'last', 'previous', 'whole', 'all', 'show', 'tell',
  'help', 'thanks', 'thank', 'hello', 'hi', 'hey', 'gathering', 'sessions', 'schedule', 'course',
  'electives', 'elective', 'diploma', 'held', 'located', 'location', 'address', 'place', 'room',
  'prepare', 'preparation', 'homework', 'read', 'reading', 'bring', 'meet', 'come', 'date', 'time',
  'week', 'day', 'calendar', 'weather', 'add', 'get', 'go', 'im', 'overview', 'full', 'content', 'venue',
  'prep', 'commands', 'sick', 'good', 'morning', 'today', 'one', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'eleven', 'twelve', 'third', 'no', 'number',
];

/**
 * Words spelt differently in the two languages but borrowed freely: a leader with an English
 * Teams client may well type the programme's Danish "modul 3". They count, but weakly.
 */
const WEAK_DANISH = ['modul', 'moduler', 'program'];
const WEAK_ENGLISH = ['module', 'modules', 'programme'];

type Lexicon = Map<string, number>;

function lexiconOf(strong: string[], weak: string[], other: string[]): Lexicon {
  const words: Lexicon = new Map();
  const otherSet = new Set(other.flatMap(spellingVariants));
  for (const [list, weight] of [[strong, 2], [weak, 1]] as const) {
    for (const spelling of list.flatMap(spellingVariants)) {
      // A folded spelling that is also a word of the other language says nothing (Danish
      // "for" vs English "for"); such words are left out on both sides.
      if (!otherSet.has(spelling)) words.set(spelling, weight);
    }
  }
  return words;
}

const DANISH = lexiconOf(DANISH_WORDS, WEAK_DANISH, [...ENGLISH_WORDS, ...WEAK_ENGLISH]);
const ENGLISH = lexiconOf(ENGLISH_WORDS, WEAK_ENGLISH, [...DANISH_WORDS, ...WEAK_DANISH]);

/** The weight a word gives a language: exact, else as a one-slip typo of one of its words. */
function weightIn(lexicon: Lexicon, other: Lexicon, word: string): number {
  const exact = lexicon.get(word);
  if (exact !== undefined) return exact;
  if (other.has(word)) return 0;
  let best = 0;
  for (const [known, weight] of lexicon) if (isNearMiss(word, known)) best = Math.max(best, weight);
  return best;
}

/**
 * Decides whether a leader wrote Danish or English.
 *
 * Rule: each Danish-only word scores 2 for Danish (a borrowed domain word such as "modul" only
 * 1) and likewise for English; a typo one edit from such a word counts as the word; the letters
 * æ, ø or å anywhere add 2 for Danish. The language that leads by 2 or more wins. Otherwise the
 * text is ambiguous ("?", "modul 3", "menu", a lone date) and `fallback` (the Teams locale or
 * the leader's preference) decides, because answering in the language their Teams speaks is the
 * least surprising choice.
 */
export function detectLanguage(text: string, fallback: Language): Language {
  let danish = /[æøå]/i.test(stripMarkup(text)) ? 2 : 0;
  let english = 0;
  for (const word of tokenize(text)) {
    danish += weightIn(DANISH, ENGLISH, word);
    english += weightIn(ENGLISH, DANISH, word);
  }
  if (danish - english >= 2) return 'da';
  if (english - danish >= 2) return 'en';
  return fallback;
}
