import { findDateWords, splitReason } from './absence-words';
import { detectLanguage } from './detect-language';
import { NUMBER_WORDS, ORDINAL_WORDS, REAL_WORDS, VOCABULARY, type Concept } from './intent-vocabulary';
import type { Language } from '../programme/model';
import { isNearMiss } from './near-miss';
import { spellingVariants, stripMarkup, tokenize } from './normalize-text';

export type IntentName =
  | 'nextSession' | 'schedule' | 'where' | 'prepare' | 'module' | 'electives' | 'help' | 'progress'
  // Self-service requests (see SELF_SERVICE_RULES).
  | 'absence' | 'withdrawAbsence' | 'calendar' | 'chooseElectives'
  | 'unknown';

/** Which session an absence (or its withdrawal) is about, as far as the words tell. */
export interface AbsenceTarget {
  /** "den 12.", "the 12th", "12. marts". */
  day?: number;
  month?: number;
  /** "på torsdag", "on Thursday": 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /** "næste modul", "the next session". */
  next?: boolean;
  /** "modul 3". */
  moduleNumber?: number;
}

export interface MatchedIntent {
  intent: IntentName;
  language: Language;
  /** Only for 'module': the number the leader asked about ("modul 3", "module three"). */
  moduleNumber?: number;
  /** Only for 'absence' and 'withdrawAbsence': the session the words point at. */
  target?: AbsenceTarget;
  /** Only for 'absence': the reason given after "fordi", "because" etc., as written. */
  reason?: string;
  /**
   * Confidence in [0, 1] in the returned intent. For 'unknown' it is 1 minus the confidence of
   * the best rule that fell short (1 when nothing came close or the text was blocked).
   */
  score: number;
}

/**
 * A rule fires when, for every group in `needs`, the text holds at least one of its concepts.
 * Rules are listed in priority order and the first one that fires with enough confidence wins:
 * a question about one facet of a session ("where", "prepare") or about a numbered module is
 * more specific than "next session", and "help" is the last resort. The order is the
 * tie-breaker, so a scoring race between rules can never pick a vaguer answer.
 */
interface Rule {
  intent: Exclude<IntentName, 'unknown'>;
  needs: Concept[][];
  /** Confidence before unexplained words are counted: lower for rules on a single weak word. */
  base: number;
  blockedBy?: Concept[];
}

/**
 * Requests that change something or hand out a link. They come first because their words
 * ("ikke", "afbud", "kalender") block every question rule below, and they are narrow on purpose:
 * "jeg kan ikke komme" needs both the negation and a verb of coming, so "jeg kommer for sent" or
 * "jeg er syg i morgen" are not absences. "Hvis"/"if" makes it a question about what would happen.
 */
const SELF_SERVICE_RULES: Rule[] = [
  { intent: 'withdrawAbsence', needs: [['CANCEL'], ['ABSENCE']], base: 0.9, blockedBy: ['NOT', 'IF'] },
  { intent: 'withdrawAbsence', needs: [['COME'], ['AFTER_ALL']], base: 0.85, blockedBy: ['NOT', 'IF', 'PAST'] },
  { intent: 'absence', needs: [['NOT'], ['COME']], base: 0.9, blockedBy: ['PAST', 'IF', 'BLOCK', 'CANCEL', 'AFTER_ALL'] },
  { intent: 'absence', needs: [['ABSENCE']], base: 0.85, blockedBy: ['PAST', 'IF', 'BLOCK', 'CANCEL', 'NOT'] },
  { intent: 'calendar', needs: [['CALENDAR']], base: 0.85, blockedBy: ['PAST', 'IF', 'BLOCK', 'CANCEL', 'NOT', 'CHANGE'] },
  // "which electives can I choose" asks what there is (the 'electives' rule); "vælg valgmodul" and
  // "kan jeg skifte valgmodul" want to choose.
  { intent: 'chooseElectives', needs: [['CHOOSE', 'CHANGE'], ['ELECTIVE']], base: 0.9, blockedBy: ['WHAT', 'PAST', 'IF', 'BLOCK', 'NOT'] },
];

/** Words that keep every question rule from answering: see SELF_SERVICE_RULES and the vocabulary. */
const QUESTION_BLOCKERS: Concept[] = ['BLOCK', 'NOT', 'ABSENCE', 'CANCEL', 'IF', 'CALENDAR', 'ADD', 'CHANGE'];

const RULES: Rule[] = [
  // A number names one module, so it wins even over "when"/"where": "when is module 3" is about
  // module 3, which need not be the next session.
  { intent: 'module', needs: [['MODULE_NUMBER']], base: 0.9 },
  { intent: 'electives', needs: [['ELECTIVE']], base: 0.9 },
  // "diploma" alone could be the certificate; "diploma modules" are the electives.
  { intent: 'electives', needs: [['DIPLOMA'], ['SESSION', 'SESSIONS']], base: 0.9 },
  // "hvor"/"where" alone may be about anything ("where is the coffee"); it must point at "it" or
  // at the session, or come with a verb of being held. A place noun alone ("location") is enough.
  { intent: 'where', needs: [['PLACE']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'where', needs: [['WHERE_Q'], ['IT', 'SESSION', 'NEXT', 'NEXT_TIME', 'GO', 'MEET']], base: 0.9, blockedBy: ['PAST'] },
  // Facets of a past session ("where was it", "what did we read") would get the next one's answer.
  { intent: 'prepare', needs: [['PREPARE']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'prepare', needs: [['READ', 'READING', 'BRING'], ['WHAT', 'SHOULD']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'prepare', needs: [['READING'], ['NEXT', 'SESSION', 'NEXT_TIME']], base: 0.85, blockedBy: ['PAST'] },
  // "next" needs a session noun: "next year's budget" is not a question for this bot.
  { intent: 'nextSession', needs: [['NEXT'], ['SESSION']], base: 0.9, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['WHEN'], ['SESSION', 'MEET', 'NEXT_TIME']], base: 0.9, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['NEXT_PHRASE']], base: 0.85 },
  // Short forms ("næste gang?", "when is the next one?") carry no noun, so they must be alone.
  { intent: 'nextSession', needs: [['NEXT_TIME']], base: 0.7, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['WHEN'], ['NEXT']], base: 0.7, blockedBy: ['PAST'] },
  // "Mit forløb" / "my progress" asks how far the leader has come, not for the list of dates.
  { intent: 'progress', needs: [['PROGRESS']], base: 0.85 },
  // A list: the programme by name, or session nouns in the plural ("kommende moduler").
  { intent: 'schedule', needs: [['SCHEDULE'], ['ALL', 'SHOW', 'WHAT', 'WHEN', 'ABOUT', 'NEXT']], base: 0.85 },
  { intent: 'schedule', needs: [['SESSIONS'], ['ALL', 'SHOW', 'WHAT', 'WHEN', 'NEXT']], base: 0.85 },
  { intent: 'schedule', needs: [['ALL'], ['SESSION']], base: 0.85 },
  // The bare noun ("forløbet", "my programme") is a request only when nothing else is said.
  { intent: 'schedule', needs: [['SCHEDULE', 'SESSIONS']], base: 0.7 },
  // "help" also starts unrelated requests ("help me with my team"), so it must stand alone.
  { intent: 'help', needs: [['HELP']], base: 0.7 },
];

/**
 * Each word that is neither vocabulary nor filler lowers the confidence by this much. A stray
 * word is forgiven more easily in a question or request ("tak, hvornår er næste modul?") than
 * in a remark ("I read the article about the next module"), which asks the bot nothing.
 */
const PENALTY_IN_QUESTION = 0.2;
const PENALTY_IN_REMARK = 0.4;
/**
 * Below this the answer is 'unknown'. With it, a strong rule survives one stray word in a
 * question ("tak, hvornår er næste modul?") and a single-word rule none: "tak for programmet" is thanks, not a
 * request for the schedule. Prefer unknown: a wrong answer costs more than "I did not get that".
 */
const THRESHOLD = 0.55;

interface LexiconEntry {
  words: string[];
  concept: Concept;
  fuzzy: boolean;
}

const LEXICON: LexiconEntry[] = VOCABULARY.flatMap(({ concept, fuzzy, da, en }) =>
  [...da, ...en].flatMap((phrase) =>
    spellingVariants(phrase)
      // A plain-vowel spelling that is a real word of its own is not this word ("andre").
      .filter((spelling, i) => i === 0 || !REAL_WORDS.has(spelling))
      .map((spelling) => ({ words: spelling.split(' '), concept, fuzzy })),
  ),
);

const LONGEST_PHRASE = Math.max(...LEXICON.map((e) => e.words.length));

function sameWord(typed: string, word: string, entry: LexiconEntry, allowTypo: boolean): boolean {
  if (typed === word) return true;
  return allowTypo && entry.fuzzy && !REAL_WORDS.has(typed) && isNearMiss(typed, word);
}

/**
 * The concepts of the longest vocabulary phrase starting at `start`. Exact spellings are tried
 * before typos at every length, and a typo close to words of two different concepts ("helt":
 * "hele" or "help"?) is not guessed at.
 */
function conceptsAt(tokens: string[], start: number, allowTypo: boolean): { length: number; concepts: Set<Concept> } | undefined {
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - start); length > 0; length--) {
    const bySpelling = new Map<string, Set<Concept>>();
    for (const entry of LEXICON) {
      if (entry.words.length !== length) continue;
      if (!entry.words.every((word, k) => sameWord(tokens[start + k], word, entry, allowTypo))) continue;
      const key = entry.words.join(' ');
      bySpelling.set(key, (bySpelling.get(key) ?? new Set<Concept>()).add(entry.concept));
    }
    if (bySpelling.size === 0) continue;
    const concepts = new Set([...bySpelling.values()].flatMap((c) => [...c]));
    // "modul" is both SESSION and MODULE_NOUN, which is fine; two different words are not.
    if (allowTypo && [...bySpelling.values()].some((c) => c.size !== concepts.size)) continue;
    return { length, concepts };
  }
  return undefined;
}

/** The concepts found in each word (empty: unexplained), reading left to right. */
function tagWords(tokens: string[]): Set<Concept>[] {
  const tags: Set<Concept>[] = tokens.map(() => new Set<Concept>());
  let i = 0;
  while (i < tokens.length) {
    const found = conceptsAt(tokens, i, false) ?? conceptsAt(tokens, i, true);
    if (!found) {
      i += 1;
      continue;
    }
    for (let k = i; k < i + found.length; k++) tags[k] = found.concepts;
    i += found.length;
  }
  return tags;
}

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
function findModuleNumber(tokens: string[], tags: Set<Concept>[]): number | undefined {
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

/**
 * Recognises what a leader asks the bot, in Danish or English, tolerating case, punctuation,
 * missing æøå and one-letter typos. Anything it is not sure of is 'unknown': the bot would
 * rather say it did not understand than answer the wrong question.
 *
 * @param text the message as Teams delivered it (mention tags and HTML are ignored)
 * @param fallbackLanguage the language to answer in when the words do not tell (Teams locale)
 */
export function matchIntent(text: string, fallbackLanguage: Language): MatchedIntent {
  const language = detectLanguage(text, fallbackLanguage);
  // "…, fordi jeg er på kursus": the reason is the leader's own words, not part of the request,
  // so it is matched without them; every other message is matched whole, as always.
  const split = splitReason(text);
  if (split) {
    const request = matchWords(split.core, language);
    if (request.intent === 'absence') return { ...request, reason: split.reason };
  }
  return matchWords(text, language);
}

function matchWords(text: string, language: Language): MatchedIntent {
  const tokens = tokenize(text);
  // A bare "?" (or "??") is the universal "what can I do here?".
  if (tokens.length === 0) {
    return stripMarkup(text).includes('?') ? { intent: 'help', language, score: 0.9 } : { intent: 'unknown', language, score: 1 };
  }
  const tags = tagWords(tokens);
  const moduleNumber = findModuleNumber(tokens, tags);
  const date = findDateWords(tokens, tags);
  const present = new Set<Concept>(tags.flatMap((t) => [...t]));
  if (moduleNumber !== undefined) present.add('MODULE_NUMBER');
  const unexplained = tags.filter((t) => t.size === 0).length;
  const asks = present.has('ASK') || stripMarkup(text).includes('?');
  const penalty = unexplained * (asks ? PENALTY_IN_QUESTION : PENALTY_IN_REMARK);
  const blocked = QUESTION_BLOCKERS.some((c) => present.has(c));

  let best = 0;
  for (const rule of blocked ? SELF_SERVICE_RULES : [...SELF_SERVICE_RULES, ...RULES]) {
    if (rule.blockedBy?.some((c) => present.has(c))) continue;
    if (!rule.needs.every((group) => group.some((c) => present.has(c)))) continue;
    const score = Math.max(0, rule.base - penalty);
    if (score >= THRESHOLD) {
      const matched: MatchedIntent = { intent: rule.intent, language, score: round(score) };
      if (rule.intent === 'module') matched.moduleNumber = moduleNumber;
      if (rule.intent === 'absence' || rule.intent === 'withdrawAbsence') {
        const next = present.has('NEXT') || present.has('NEXT_TIME') || present.has('NEXT_PHRASE');
        matched.target = { ...date, ...(next ? { next } : {}), ...(moduleNumber !== undefined ? { moduleNumber } : {}) };
      }
      return matched;
    }
    best = Math.max(best, score);
  }
  return { intent: 'unknown', language, score: round(1 - best) };
}

const round = (n: number): number => Math.round(n * 100) / 100;
