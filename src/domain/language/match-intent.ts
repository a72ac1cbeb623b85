import { splitReason } from './absence-words';
import { expandAbbreviations } from './chat-abbreviations';
import { findDateWords, type DateWords } from './date-words';
import { detectLanguage } from './detect-language';
import { NUMBER_WORDS, ORDINAL_WORDS, type Concept } from './intent-vocabulary';
import type { Language } from '../programme/model';
import { stripMarkup, tokenize } from './normalize-text';
import { tagWords } from './tag-words';

export type IntentName =
  | 'nextSession' | 'schedule' | 'where' | 'prepare' | 'module' | 'electives' | 'help' | 'progress'
  // Self-service requests (see SELF_SERVICE_RULES).
  | 'absence' | 'withdrawAbsence' | 'calendar' | 'chooseElectives'
  // Small talk: a greeting, thanks, or a question about the bot itself.
  | 'greeting' | 'thanks' | 'aboutBot'
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

/** The kinds of session a leader can name so that it narrows the answer: "fællessamling" / "gathering". */
export type SessionKindWord = 'gathering';

export interface MatchedIntent {
  intent: IntentName;
  language: Language;
  /** The module the leader named by number ("modul 3", "module three", "4. modul"), whatever they ask about it. */
  moduleNumber?: number;
  /** When the question is about: "på torsdag", "i næste uge", "efter påske" (see date-range.ts). */
  when?: DateWords;
  /** The level the leader named ("niveau 2", "level 3"). */
  level?: number;
  /** The kind of session the leader named ("næste fællessamling"). */
  sessionKind?: SessionKindWord;
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
 * a question about one facet of a session ("where", "prepare") is more specific than a module
 * named by number, which is more specific than "next session", and "help" is the last resort.
 * The order is the tie-breaker, so a scoring race between rules can never pick a vaguer answer.
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
  // "jeg er syg til næste modul", "I'll miss Thursday's session", "cancel my place on Thursday". A
  // reason with a date alone ("jeg er syg i morgen") tells, but asks nothing of the bot.
  { intent: 'absence', needs: [['REASON', 'MISS'], ['SESSION', 'GATHERING', 'NEXT_TIME', 'MODULE_NUMBER']], base: 0.85,
    blockedBy: ['PAST', 'IF', 'BLOCK', 'WHAT', 'WHEN', 'WHERE_Q'] },
  { intent: 'absence', needs: [['MISS'], ['DATE']], base: 0.85, blockedBy: ['PAST', 'IF', 'BLOCK', 'WHAT', 'WHEN', 'WHERE_Q'] },
  { intent: 'absence', needs: [['CANCEL'], ['ATTENDANCE']], base: 0.85, blockedBy: ['PAST', 'IF', 'BLOCK', 'NOT', 'ELECTIVE', 'CHOOSE'] },
  { intent: 'calendar', needs: [['CALENDAR'], ['ADD']], base: 0.85, blockedBy: ['PAST', 'IF', 'BLOCK', 'CANCEL', 'NOT', 'CHANGE'] },
  // Without a verb, "kalender" is a request only when no date makes it a remark ("my calendar is full this week").
  { intent: 'calendar', needs: [['CALENDAR']], base: 0.85, blockedBy: ['PAST', 'IF', 'BLOCK', 'CANCEL', 'NOT', 'CHANGE', 'DATE'] },
  // "which electives can I choose" asks what there is (the 'electives' rule); "vælg valgmodul" and
  // "kan jeg skifte valgmodul" want to choose.
  { intent: 'chooseElectives', needs: [['CHOOSE', 'CHANGE'], ['ELECTIVE']], base: 0.9, blockedBy: ['WHAT', 'PAST', 'IF', 'BLOCK', 'NOT'] },
];

/**
 * Words that keep every question rule from answering: see SELF_SERVICE_RULES and the vocabulary.
 * Praise makes a remark ("modulet var godt"), and sparring partners are not the schedule.
 */
const QUESTION_BLOCKERS: Concept[] = ['BLOCK', 'NOT', 'ABSENCE', 'CANCEL', 'IF', 'CALENDAR', 'ADD', 'CHANGE', 'PRAISE', 'SPARRING', 'REASON', 'MISS'];

/** What points at one session: a noun, "it", "next time", a date, a number. */
const A_SESSION: Concept[] = ['SESSION', 'GATHERING', 'IT', 'NEXT', 'NEXT_TIME', 'DATE', 'MODULE_NUMBER'];

const RULES: Rule[] = [
  // "hvor"/"where" alone may be about anything ("where is the coffee"); it must point at "it" or
  // at the session, or come with a verb of being held. A place noun alone ("location") is enough.
  // Facets of a past session ("where was it", "what did we read") would get the next one's answer.
  { intent: 'where', needs: [['PLACE']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'where', needs: [['WHERE_Q'], [...A_SESSION, 'GO', 'MEET']], base: 0.9, blockedBy: ['PAST'] },
  { intent: 'prepare', needs: [['PREPARE']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'prepare', needs: [['READ', 'READING', 'BRING'], ['WHAT', 'SHOULD']], base: 0.85, blockedBy: ['PAST'] },
  // Reading matter named with a session is about preparing; "can I bring a guest to the gathering"
  // asks for permission, so bringing needs "what" or "should".
  { intent: 'prepare', needs: [['READ', 'READING'], A_SESSION], base: 0.85, blockedBy: ['PAST'] },
  // A number names one module, so it wins over "when" and "next": "when is module 3" is about
  // module 3, which need not be the next session.
  { intent: 'module', needs: [['MODULE_NUMBER']], base: 0.9 },
  // What a session is about or holds: the module of the session the words point at.
  { intent: 'module', needs: [['ABOUT', 'AGENDA'], A_SESSION], base: 0.85, blockedBy: ['PAST', 'WHEN', 'ELECTIVE', 'SESSIONS'] },
  { intent: 'electives', needs: [['ELECTIVE']], base: 0.9 },
  // "diploma" alone could be the certificate; "diploma modules" are the electives.
  { intent: 'electives', needs: [['DIPLOMA'], ['SESSION', 'SESSIONS']], base: 0.9 },
  // "next" needs a session noun: "next year's budget" is not a question for this bot.
  // "hvornår ses vi i år", "what's on this spring": the year's sessions, a list.
  { intent: 'schedule', needs: [['YEAR'], ['WHEN', 'WHAT', 'SHOW', 'MEET']], base: 0.8, blockedBy: ['NEXT', 'NEXT_TIME', 'MODULE_NUMBER', 'PAST'] },
  { intent: 'nextSession', needs: [['NEXT'], ['SESSION', 'GATHERING']], base: 0.9, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['WHEN'], ['SESSION', 'GATHERING', 'MEET', 'NEXT_TIME', 'DATE']], base: 0.9, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['DATE'], ['SESSION', 'GATHERING', 'MEET']], base: 0.85, blockedBy: ['PAST'] },
  // "any sessions this week?": the sessions of one day or week, the first of which answers it.
  { intent: 'nextSession', needs: [['DATE'], ['SESSIONS']], base: 0.85, blockedBy: ['PAST', 'ALL'] },
  { intent: 'nextSession', needs: [['NEXT_PHRASE']], base: 0.85 },
  // Short forms ("næste gang?", "when is the next one?") carry no noun, so they must be alone.
  { intent: 'nextSession', needs: [['NEXT_TIME']], base: 0.7, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['WHEN'], ['NEXT', 'IT']], base: 0.7, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['WHEN'], ['GO']], base: 0.75, blockedBy: ['PAST'] },
  // "Mit forløb" / "my progress" asks how far the leader has come, not for the list of dates.
  { intent: 'progress', needs: [['PROGRESS']], base: 0.85 },
  // A list: the programme by name, session nouns in the plural ("kommende moduler"), the year's
  // dates, or dates to set aside.
  { intent: 'schedule', needs: [['SCHEDULE'], ['ALL', 'SHOW', 'WHAT', 'WHEN', 'ABOUT', 'NEXT', 'YEAR', 'RESERVE']], base: 0.85 },
  { intent: 'schedule', needs: [['SESSIONS'], ['ALL', 'SHOW', 'WHAT', 'WHEN', 'NEXT', 'YEAR', 'RESERVE']], base: 0.85 },
  { intent: 'schedule', needs: [['ALL'], ['SESSION', 'GATHERING']], base: 0.85 },
  { intent: 'schedule', needs: [['RESERVE'], ['SESSION', 'WHEN', 'YEAR', 'WHAT']], base: 0.85 },
  // The bare noun ("forløbet", "my programme") is a request only when nothing else is said.
  // "Tak for programmet" and "thanks for the help" are thanks.
  { intent: 'schedule', needs: [['SCHEDULE', 'SESSIONS']], base: 0.7, blockedBy: ['THANKS'] },
  { intent: 'aboutBot', needs: [['ABOUT_BOT']], base: 0.9, blockedBy: ['THANKS'] },
  // "help" also starts unrelated requests ("help me with my team"), so it must stand alone.
  { intent: 'help', needs: [['HELP']], base: 0.7, blockedBy: ['THANKS'] },
  // "hvad kan man spørge om", "what can I type": what the bot understands.
  { intent: 'help', needs: [['ASK_VERB'], ['WHAT']], base: 0.7, blockedBy: ['THANKS'] },
];

/**
 * Greetings and thanks are answered only when the message is nothing else: "hej, hvornår er næste
 * modul?" is a question (the rules above take it), and "hej, hvor er kantinen?" holds a word that
 * is neither small talk nor filler, so it gets the fallback, not a greeting.
 */
const SMALL_TALK_RULES: Rule[] = [
  { intent: 'thanks', needs: [['THANKS']], base: 0.9 },
  { intent: 'greeting', needs: [['GREETING']], base: 0.9 },
];

/** The only concepts a greeting or thanks may hold besides itself: "tak for i dag, det var super". */
const SMALL_TALK_COMPANY: ReadonlySet<Concept> = new Set<Concept>([
  'GREETING', 'THANKS', 'PRAISE', 'FILLER', 'IT', 'ASK', 'DATE', 'PAST', 'SESSION', 'GATHERING', 'ALL', 'DOMAIN', 'SCHEDULE', 'HELP', 'ABOUT_BOT',
]);

/** Words around thanks that ask nothing: after these, a closing "tak" is still thanks ("super, tak"). */
const COURTESY: ReadonlySet<Concept> = new Set<Concept>(['GREETING', 'THANKS', 'PRAISE', 'FILLER', 'IT', 'ASK', 'PAST', 'DATE', 'ALL', 'DOMAIN']);

/**
 * Each word that is neither vocabulary, a date, a number nor a stop word lowers the confidence by
 * this much. A stray word is forgiven more easily in a question or request ("tak, hvornår er
 * næste modul?") than in a remark ("I read the article about the next module"), which asks the
 * bot nothing.
 */
const PENALTY_IN_QUESTION = 0.2;
const PENALTY_IN_REMARK = 0.4;
/**
 * Without anything that points at a session of the programme (a session noun, a date, a module
 * number, "it", "next time"), an unexplained word is most likely what the question is about:
 * "hvad skal jeg forberede til personalemødet" asks about another meeting. It costs this much.
 */
const PENALTY_WITHOUT_ANCHOR = 0.4;
/**
 * One exception: a word after "my"/"min" that is not the goal of "til", "for", "to" … is the
 * leader's own thing, not another event ("do I need to bring my laptop" against "what should I
 * prepare for my appraisal").
 */
const POSSESSIVES = new Set(['my', 'min', 'mit', 'mine', 'our', 'vores']);
const GOAL_PREPOSITIONS = new Set(['til', 'for', 'to', 'inden', 'before', 'foer', 'for', 'paa', 'pa', 'at', 'on', 'med', 'with']);

function isOwnThing(tokens: string[], i: number): boolean {
  let k = i - 1;
  let possessive = false;
  while (k >= 0 && POSSESSIVES.has(tokens[k])) {
    possessive = true;
    k -= 1;
  }
  return possessive && !GOAL_PREPOSITIONS.has(tokens[k] ?? '');
}

/** What ties a question to the programme's sessions. */
const ANCHORS: Concept[] = ['SESSION', 'SESSIONS', 'GATHERING', 'IT', 'NEXT_TIME', 'DATE', 'MODULE_NUMBER', 'ELECTIVE', 'SCHEDULE', 'LEVEL', 'YEAR'];
/**
 * Below this the answer is 'unknown'. With it, a strong rule survives one stray word in a
 * question and a single-word rule none. Prefer unknown: a wrong answer costs more than "I did not
 * get that".
 */
const THRESHOLD = 0.55;

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
 * Finds "niveau 2", "level 3", "niveau to" and "3. niveau", and marks the words as a level.
 */
function findLevel(tokens: string[], tags: Set<Concept>[]): number | undefined {
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

/**
 * Recognises what a leader asks the bot, in Danish or English, tolerating case, punctuation,
 * missing æøå, chat shorthand, inflections, compounds and one-letter typos, and reads the dates,
 * module and level numbers and kinds of session in it. Anything it is not sure of is 'unknown':
 * the bot would rather say it did not understand than answer the wrong question.
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
  const tokens = expandAbbreviations(tokenize(text));
  // A bare "?" (or "??") is the universal "what can I do here?".
  if (tokens.length === 0) {
    return stripMarkup(text).includes('?') ? { intent: 'help', language, score: 0.9 } : { intent: 'unknown', language, score: 1 };
  }
  const tags = tagWords(tokens);
  // A closing "tak" after a request is "please" ("vejledning tak", "hele programmet tak"), not thanks.
  const lastWord = tags.length - 1;
  if (tags[lastWord].has('THANKS') && tags.slice(0, lastWord).some((t) => [...t].some((c) => !COURTESY.has(c)))) {
    tags[lastWord] = new Set<Concept>(['FILLER']);
  }
  const moduleNumber = findModuleNumber(tokens, tags);
  const level = findLevel(tokens, tags);
  const date = findDateWords(tokens, tags);
  // A year ("alle datoer for 2027") says the question is about the programme's calendar.
  tokens.forEach((token, i) => {
    if (tags[i].size === 0 && /^20\d\d$/.test(token)) tags[i] = new Set<Concept>(['YEAR']);
  });
  const present = new Set<Concept>(tags.flatMap((t) => [...t]));
  if (moduleNumber !== undefined) present.add('MODULE_NUMBER');
  const unexplainedAt = tags.flatMap((t, i) => (t.size === 0 ? [i] : []));
  const asks = present.has('ASK') || stripMarkup(text).includes('?');
  const anchored = ANCHORS.some((c) => present.has(c));
  const perWord = asks ? PENALTY_IN_QUESTION : PENALTY_IN_REMARK;
  const penalty = unexplainedAt
    .map((i) => (anchored || isOwnThing(tokens, i) ? perWord : Math.max(perWord, PENALTY_WITHOUT_ANCHOR)))
    .reduce((sum, p) => sum + p, 0);
  const blocked = QUESTION_BLOCKERS.some((c) => present.has(c));
  const smallTalkOnly = [...present].every((c) => SMALL_TALK_COMPANY.has(c));
  const rules = [...SELF_SERVICE_RULES, ...(blocked ? [] : RULES), ...(smallTalkOnly ? SMALL_TALK_RULES : [])];

  let best = 0;
  for (const rule of rules) {
    if (rule.blockedBy?.some((c) => present.has(c))) continue;
    if (!rule.needs.every((group) => group.some((c) => present.has(c)))) continue;
    const score = Math.max(0, rule.base - penalty);
    if (score >= THRESHOLD) {
      const matched: MatchedIntent = { intent: rule.intent, language, score: round(score) };
      if (moduleNumber !== undefined) matched.moduleNumber = moduleNumber;
      if (level !== undefined) matched.level = level;
      if (present.has('GATHERING') && !present.has('MODULE_NUMBER')) matched.sessionKind = 'gathering';
      if (rule.intent === 'absence' || rule.intent === 'withdrawAbsence') {
        const next = present.has('NEXT') || present.has('NEXT_TIME') || present.has('NEXT_PHRASE');
        // An absence is from one session: a day of the month or a weekday picks it (resolve-absence.ts).
        const day = date && (date.day !== undefined || date.weekday !== undefined) ? date : {};
        matched.target = { ...day, ...(next ? { next } : {}), ...(moduleNumber !== undefined ? { moduleNumber } : {}) };
      } else if (date) {
        matched.when = date;
      }
      return matched;
    }
    best = Math.max(best, score);
  }
  return { intent: 'unknown', language, score: round(1 - best) };
}

const round = (n: number): number => Math.round(n * 100) / 100;
