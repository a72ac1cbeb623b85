import { splitReason } from './absence-words';
import { expandAbbreviations } from './chat-abbreviations';
import { findDateWords, type DateWords } from './date-words';
import { detectLanguage } from './detect-language';
import { findLevel, findModuleNumber } from './find-numbers';
import { ANCHORS, COURTESY, QUESTION_BLOCKERS, RULES, SELF_SERVICE_RULES, SMALL_TALK_COMPANY, SMALL_TALK_RULES, type IntentName, type Rule } from './intent-rules';
import type { Concept } from './intent-vocabulary';
import type { Language } from '../programme/model';
import { stripMarkup, tokenize } from './normalize-text';
import { readStructure } from './read-structure';
import { splitClauses } from './split-clauses';
import { tagWords } from './tag-words';

export type { IntentName } from './intent-rules';

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
  /**
   * "i morgen", "i næste uge", "uge 12", "next month": a time counted from today, which only the
   * programme's clock can turn into days (resolve-absence.ts reads it with date-range.ts).
   */
  relative?: Pick<DateWords, 'daysFromToday' | 'weeksFromNow' | 'isoWeek' | 'monthsFromNow'>;
}

/**
 * The kinds of session a leader can name so that it narrows the answer: "fællessamling" /
 * "gathering", "mit næste valgmodul" / "my next elective".
 */
export type SessionKindWord = 'gathering' | 'elective';

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
 * Each word that is neither vocabulary, a date, a number nor a stop word lowers the confidence by
 * this much. A stray word is forgiven more easily in a question or request ("tak, hvornår er
 * næste modul?", "jeg kan ikke komme i morgen, min datter er syg") than in a remark ("I read the
 * article about the next module"), which asks the bot nothing.
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

/**
 * The goal of "til", "for", "to", "inden", "before" names the event a question or request is about:
 * an unknown word there ("jeg kan ikke komme til personalemødet i morgen", "what should I bring to
 * the staff party on Friday") is another event, however much else ties the sentence to a session.
 */
const GOALS = new Set(['til', 'for', 'to', 'inden', 'before', 'foer']);
const DETERMINERS = new Set(['den', 'det', 'de', 'the', 'a', 'an', 'en', 'et', 'my', 'min', 'mit', 'mine', 'our', 'vores', 'this', 'denne', 'dette']);

function isGoal(tokens: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k])) k -= 1;
  return GOALS.has(tokens[k] ?? '');
}

/**
 * Below this the answer is 'unknown'. With it, a strong rule survives one stray word in a
 * question and a single-word rule none. Prefer unknown: a wrong answer costs more than "I did not
 * get that".
 */
const THRESHOLD = 0.55;

/**
 * A question in both languages may start with its verb: "er der parkering ved stedet", "har du en
 * oversigt", "is there reading before Thursday", "any sessions this week". After a greeting,
 * thanks or a word such as "ok" or "sorry", the first word decides.
 */
const QUESTION_VERBS = new Set([
  'er', 'var', 'har', 'havde', 'kan', 'kunne', 'skal', 'skulle', 'vil', 'ville', 'maa', 'ma', 'bliver', 'faar', 'far', 'findes',
  'gaelder', 'galder', 'kommer', 'ved', 'gider', 'boer', 'bor', 'behoever', 'behover', 'starter', 'begynder', 'foregaar', 'foregar',
  'holdes', 'ligger', 'sker', 'moedes', 'modes', 'ses', 'afholdes', 'mon',
  'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'have', 'has', 'may',
  'must', 'might', 'any', 'anything', 'isnt', 'arent', 'dont', 'doesnt',
]);
const OPENERS = new Set(['ok', 'okay', 'saa', 'sa', 'so', 'og', 'and', 'men', 'but', 'naa', 'na', 'hmm', 'sorry', 'undskyld', 'btw', 'also', 'oh', 'well', 'right', 'hey', 'hej']);

function startsWithVerb(tokens: string[], tags: Set<Concept>[]): boolean {
  const first = tokens.findIndex((token, i) => !OPENERS.has(token) && !tags[i].has('GREETING') && !tags[i].has('THANKS'));
  return first !== -1 && QUESTION_VERBS.has(tokens[first]);
}

/** Reminders of something asked before: "hvad var datoen igen", "what was the date again". */
const AGAIN = new Set(['igen', 'again']);

/**
 * The concepts of a message, with those its structure adds: the kind of date, and the past tense
 * turned into the past only when nothing points ahead ("hvor var det nu næste modul var?" asks
 * about the coming one, "hvor var det?" about one gone).
 */
function conceptsOf(tokens: string[], tags: Set<Concept>[], date: DateWords | undefined, moduleNumber: number | undefined): Set<Concept> {
  const present = new Set<Concept>(tags.flatMap((t) => [...t]));
  if (moduleNumber !== undefined) present.add('MODULE_NUMBER');
  if (date && (date.daysFromToday !== undefined || date.weekday !== undefined || date.day !== undefined)) present.add('ONE_DAY');
  if (date && (date.month !== undefined && date.day === undefined || date.monthsFromNow !== undefined || date.holiday !== undefined)) present.add('LONG_RANGE');
  const pointsAhead = ['NEXT', 'NEXT_TIME', 'NEXT_PHRASE', 'DATE', 'FRAME'].some((c) => present.has(c as Concept)) || tokens.some((t) => AGAIN.has(t));
  if (present.has('PAST_TENSE') && !pointsAhead) present.add('PAST');
  // Thinking something over before a session is preparing for it; otherwise it is an opinion.
  if (present.has('REFLECT') && present.has('BEFORE')) present.delete('REFLECT');
  return present;
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
  const whole = matchWords(text, language);
  if (whole.intent !== 'unknown') return whole;
  return matchWithoutContext(text, language) ?? whole;
}

/** The intents a question clause may have when its context is set aside: questions about the programme. */
const CLAUSE_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>(['nextSession', 'schedule', 'where', 'prepare', 'module', 'electives']);

/**
 * "Jeg skal planlægge min ferie, så hvilke datoer er der?": the question is matched without its
 * context when it is a question about the programme on its own, tied to it by a session, a date or
 * the programme's name, and the context speaks of nobody else and asks nothing the bot cannot do.
 */
function matchWithoutContext(text: string, language: Language): MatchedIntent | undefined {
  const clauses = splitClauses(text);
  if (!clauses) return undefined;
  const question = matchWords(clauses.question, language);
  if (!CLAUSE_INTENTS.has(question.intent)) return undefined;
  const questionTags = tagWords(expandAbbreviations(tokenize(clauses.question)));
  if (!questionTags.some((t) => ANCHORS.some((c) => t.has(c)) || t.has('MODULE_NOUN'))) return undefined;
  const contextTags = tagWords(expandAbbreviations(tokenize(clauses.context)));
  const refused: Concept[] = ['PERSON', 'CLOCK', 'NOT', 'CANCEL', 'ADD', 'CALENDAR', 'IF', 'ABSENCE', 'MISS'];
  if (contextTags.some((t) => refused.some((c) => t.has(c)))) return undefined;
  return { ...question, score: Math.max(0, round(question.score - PENALTY_IN_QUESTION)) };
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
  readStructure(tokens, tags, date !== undefined && (date.daysFromToday !== undefined || date.weekday !== undefined || date.day !== undefined));
  const present = conceptsOf(tokens, tags, date, moduleNumber);
  const unexplainedAt = tags.flatMap((t, i) => (t.size === 0 ? [i] : []));
  const asks = ['ASK', 'FRAME', 'NOT_WHERE', 'WHO'].some((c) => present.has(c as Concept)) || stripMarkup(text).includes('?') || startsWithVerb(tokens, tags);
  const anchored = ANCHORS.some((c) => present.has(c));
  const penaltyAt = (perWord: number) =>
    unexplainedAt
      .map((i) => ((anchored || isOwnThing(tokens, i)) && !isGoal(tokens, i) ? perWord : Math.max(perWord, PENALTY_WITHOUT_ANCHOR)))
      .reduce((sum, p) => sum + p, 0);
  const penalty = penaltyAt(asks ? PENALTY_IN_QUESTION : PENALTY_IN_REMARK);
  // A request is said as a statement ("jeg kan ikke komme i morgen"): it is no remark.
  const requestPenalty = penaltyAt(PENALTY_IN_QUESTION);
  const blocked = QUESTION_BLOCKERS.some((c) => present.has(c));
  const smallTalkOnly = [...present].every((c) => SMALL_TALK_COMPANY.has(c));
  const rules: Rule[] = [...SELF_SERVICE_RULES, ...(blocked ? [] : RULES), ...(smallTalkOnly ? SMALL_TALK_RULES : [])];

  let best = 0;
  for (const rule of rules) {
    if (rule.blockedBy?.some((c) => present.has(c))) continue;
    if (!rule.needs.every((group) => group.some((c) => present.has(c)))) continue;
    const score = Math.max(0, rule.base - (SELF_SERVICE_RULES.includes(rule) ? requestPenalty : penalty));
    if (score >= THRESHOLD) {
      const matched: MatchedIntent = { intent: rule.intent, language, score: round(score) };
      if (moduleNumber !== undefined) matched.moduleNumber = moduleNumber;
      if (level !== undefined) matched.level = level;
      if (present.has('GATHERING') && !present.has('MODULE_NUMBER')) matched.sessionKind = 'gathering';
      else if (rule.intent === 'nextSession' && present.has('ELECTIVE_ONE')) matched.sessionKind = 'elective';
      if (rule.intent === 'absence' || rule.intent === 'withdrawAbsence') {
        const next = present.has('NEXT') || present.has('NEXT_TIME') || present.has('NEXT_PHRASE');
        // An absence is from one session: a day of the month, a weekday or a day or week counted
        // from today picks it (resolve-absence.ts). A holiday or a month names no one session.
        const day = date && (date.day !== undefined || date.weekday !== undefined) ? { day: date.day, month: date.month, weekday: date.weekday } : {};
        const relative = date && (date.daysFromToday ?? date.weeksFromNow ?? date.isoWeek ?? date.monthsFromNow) !== undefined ? { relative: date } : {};
        matched.target = withoutUndefined({ ...day, ...relative, ...(next ? { next } : {}), ...(moduleNumber !== undefined ? { moduleNumber } : {}) });
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

const withoutUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
