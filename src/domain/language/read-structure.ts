/**
 * Reads the shape of a sentence where the words alone mislead, after each word has its concepts
 * (tag-words.ts) and the dates, module and level numbers are found. It changes the tags in place:
 *
 * - an indirect question: "jeg tænker på om …", "I was wondering when …", "kan du fortælle mig
 *   hvornår …", "remind me where …". The opening only wraps the question, so its words are neither
 *   an opinion ("tænker"), a reminder request ("remind") nor the past ("was");
 * - a Danish particle verb split around its object: "tage min computer med", "have en case med"
 *   (bringing), "hvordan ser forløbet ud" (showing). What is brought is the leader's own thing,
 *   not another topic ("skal jeg tage madpakke med"), unless it is a person;
 * - "kan ikke" with the verb left out: "jeg kan ikke den 7.", "sorry, I can't on Friday";
 * - a negated yes/no question that expects yes: "har vi ikke snart modul igen?";
 * - a particle verb of coming split by the negation: "jeg dukker ikke op i morgen";
 * - a count before a plural noun: "de fire fællessamlinger", "my two electives" (not a module
 *   number, not a typo of another word);
 * - an English open compound on "day": "leadership day", "programme days" are the programme's days,
   as the Danish "lederdag" is (tag-words.ts);
 * - "der"/"there" as a place after a way of getting there: "kan man parkere der", "which bus goes there";
 * - the programme of one session or day: "programmet for næste fællessamling", "the schedule on
 *   Thursday" ask what that day holds (its agenda), not for the whole programme.
 */
import type { Concept } from './intent-vocabulary';
import { NUMBER_WORDS } from './intent-vocabulary';

type Tags = Set<Concept>[];

const has = (tags: Tags, i: number, ...concepts: Concept[]) => i >= 0 && i < tags.length && concepts.some((c) => tags[i].has(c));

/** Verbs that open an indirect question: thinking, wondering, knowing, telling, reminding, checking. */
const FRAME_VERBS = new Set([
  'taenker', 'taenkte', 'tanker', 'tankte', 'spekulerer', 'spekulerede', 'undrer', 'undrede', 'lurer', 'vide', 'ved', 'hoere',
  'hore', 'hoerer', 'horer', 'spoerge', 'sporge', 'spoerger', 'sporger', 'huske', 'husker', 'husk', 'glemt', 'minde', 'mind',
  'fortaelle', 'fortalle', 'fortael', 'fortal', 'sige', 'sig', 'tjekke', 'tjek', 'bekraefte', 'bekrafte', 'oplyse',
  'wondering', 'wonder', 'wondered', 'know', 'tell', 'remind', 'remember', 'forgot', 'forgotten', 'ask', 'asking', 'check',
  'confirm', 'curious', 'clarify', 'sure', 'recall', 'idea',
]);
/** Small words between the verb and the question it opens: "tænker på om", "tell me when", "vide lige hvor". */
const FRAME_LINKS = new Set([
  'paa', 'pa', 'mig', 'lige', 'gerne', 'over', 'me', 'us', 'os', 'just', 'again', 'igen', 'you', 'dig', 'du', 'lidt', 'please', 'out',
  'ikke', 'helt', 'rigtig', 'really', 'quite', 'exactly', 'precis', 'praecis',
]);
/** "if"/"whether" introduce a yes/no question; they belong to the opening. */
const YES_NO = new Set(['if', 'whether']);
/**
 * Danish "om" is "whether" before a clause ("om der er", "om jeg skal") and "about" before a noun
 * ("fortæl mig om næste modul"), which is a question about that module, not an opening.
 */
const CLAUSE_SUBJECTS = new Set(['der', 'det', 'jeg', 'vi', 'du', 'man', 'den', 'de', 'han', 'hun', 'i']);
const isYesNo = (tokens: string[], c: number) => YES_NO.has(tokens[c]) || (tokens[c] === 'om' && CLAUSE_SUBJECTS.has(tokens[c + 1] ?? ''));
const WH_WORDS = new Set([
  'hvornaar', 'hvornar', 'hvor', 'hvorhenne', 'hvad', 'hvilke', 'hvilken', 'hvilket', 'hvordan', 'hvem',
  'when', 'whens', 'where', 'wheres', 'what', 'whats', 'which', 'how', 'who',
]);
/** Concepts the opening's words may have had that the question does not: they are dropped there. */
const OPENING_ONLY: ReadonlySet<Concept> = new Set<Concept>([
  'PAST_TENSE', 'REFLECT', 'ABOUT', 'ASK_VERB', 'SHOW', 'FILLER', 'ASK', 'NOT', 'YOU', 'IT', 'SHOULD', 'USE',
]);
/** A word of the opening: known, and nothing but the above (an unknown word may be the topic: "kantinen, ved du hvor …"). */
const inOpening = (tags: Tags, k: number) => tags[k].size > 0 && [...tags[k]].every((concept) => OPENING_ONLY.has(concept));

function readFrames(tokens: string[], tags: Tags): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!FRAME_VERBS.has(tokens[v])) continue;
    let c = v + 1;
    while (c < tokens.length && c <= v + 4 && FRAME_LINKS.has(tokens[c])) c += 1;
    if (c >= tokens.length || !(isYesNo(tokens, c) || WH_WORDS.has(tokens[c]))) continue;
    // The opening runs back from the verb to the start of its clause ("jeg kan ikke komme, ved du
    // hvornår …" keeps the first clause) and on to the complementiser; the wh-word stays a question word.
    let start = v;
    while (start > 0 && inOpening(tags, start - 1)) start -= 1;
    const end = isYesNo(tokens, c) ? c : c - 1;
    // The verb and the small words after it are the opening whatever else they could be ("remind me", "husk mig").
    for (let k = start; k <= end; k++) if (k >= v || inOpening(tags, k)) tags[k] = new Set<Concept>(['FRAME']);
    return;
  }
}

/**
 * "Har vi ikke snart modul igen?", "isn't there a session next week?": a yes/no question that
 * opens with its verb and a negation expects yes; it asks about the session, it does not refuse
 * it. "Kan"/"can" are left out: "kan jeg ikke komme på torsdag" may be saying so.
 */
const RHETORICAL_VERBS = new Set(['har', 'er', 'skal', 'kommer', 'bliver', 'ses', 'moedes', 'modes', 'starter']);
const RHETORICAL_NEGATED = new Set(['isnt', 'arent', 'dont', 'doesnt', 'havent', 'hasnt', 'shouldnt']);
const SUBJECTS = new Set(['vi', 'jeg', 'der', 'det', 'du', 'man', 'we', 'i', 'there', 'it', 'you']);
const FIRST_WORD_OPENERS = new Set(['hej', 'hey', 'hi', 'ok', 'okay', 'men', 'but', 'og', 'and', 'saa', 'sa', 'so']);

/** Words of a request: "har jeg ikke meldt afbud?" asks what was done, and must not become one. */
const REQUEST_WORDS: Concept[] = ['ABSENCE', 'CANCEL', 'COME', 'MISS', 'REASON', 'CALENDAR', 'ADD', 'CHOOSE', 'CHANGE', 'AFTER_ALL', 'ATTENDANCE'];

function readRhetoricalNegation(tokens: string[], tags: Tags): void {
  if (tags.some((t) => REQUEST_WORDS.some((c) => t.has(c)))) return;
  let first = 0;
  while (first < tokens.length && (FIRST_WORD_OPENERS.has(tokens[first]) || has(tags, first, 'GREETING'))) first += 1;
  if (RHETORICAL_VERBS.has(tokens[first]) && SUBJECTS.has(tokens[first + 1] ?? '') && tokens[first + 2] === 'ikke') {
    tags[first + 2] = new Set<Concept>(['FILLER']);
  } else if (RHETORICAL_NEGATED.has(tokens[first]) && SUBJECTS.has(tokens[first + 1] ?? '')) {
    tags[first] = new Set<Concept>(['FILLER']);
  }
}

/** Danish verbs whose particle "med" may follow their object: "tage computeren med", "have noget med". */
const BRING_VERBS = new Set(['tage', 'tag', 'tager', 'have', 'har', 'hav', 'medtage', 'slaebe', 'slabe', 'pakke']);
/** What may follow the particle: nothing, a preposition or time word, or a session. */
const AFTER_PARTICLE = new Set(['til', 'paa', 'pa', 'i', 'inden', 'foer', 'for', 'den', 'd', 'naeste', 'nase', 'naste', 'paa', 'derud', 'derhen', 'ogsaa', 'ogsa']);
/** English verbs of bringing whose object follows them: "bring a packed lunch". */
const BRING_ENGLISH = new Set(['bring', 'pack', 'wear', 'take', 'carry']);
const OBJECT_ENDS = new Set(['to', 'for', 'on', 'at', 'before', 'til', 'paa', 'pa', 'inden', 'foer', 'with', 'or', 'and', 'og', 'eller']);

/**
 * The object of bringing is the leader's own thing: unexplained words there are explained, and a
 * word that would block a question ("lunch", "frokost") does not, unless it names a person.
 */
function ownObject(tags: Tags, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    if (has(tags, k, 'PERSON')) continue;
    if (tags[k].size === 0 || tags[k].has('BLOCK')) tags[k] = new Set<Concept>(['FILLER']);
  }
}

function readParticleVerbs(tokens: string[], tags: Tags): void {
  const stops = (k: number) => has(tags, k, 'WHAT', 'WHEN', 'WHERE_Q', 'SHOULD', 'DATE', 'SESSION', 'GATHERING') || tokens[k] === 'med';
  for (let v = 0; v < tokens.length; v++) {
    if (BRING_VERBS.has(tokens[v])) {
      let p = v + 1;
      while (p < tokens.length && p <= v + 5 && !stops(p)) p += 1;
      if (tokens[p] !== 'med' || p === v + 1) continue;
      const after = tokens[p + 1];
      if (after !== undefined && !AFTER_PARTICLE.has(after) && !has(tags, p + 1, 'DATE', 'SESSION', 'GATHERING', 'NEXT', 'MODULE_NOUN')) continue;
      ownObject(tags, v + 1, p);
      tags[v] = new Set<Concept>(['BRING']);
      tags[p] = new Set<Concept>(['BRING']);
    } else if (BRING_ENGLISH.has(tokens[v]) || has(tags, v, 'BRING')) {
      let end = v + 1;
      while (end < tokens.length && end <= v + 4 && !OBJECT_ENDS.has(tokens[end]) && !stops(end)) end += 1;
      if (BRING_ENGLISH.has(tokens[v]) && tokens[v] !== 'bring' && !has(tags, v, 'BRING')) continue;
      ownObject(tags, v + 1, end);
    } else if ((tokens[v] === 'ser' || tokens[v] === 'se') && !has(tags, v, 'SHOW')) {
      // "hvordan ser forløbet ud": seeing what it looks like.
      const ud = tokens.indexOf('ud', v + 2);
      if (ud !== -1 && ud <= v + 4) {
        tags[v] = new Set<Concept>(['SHOW']);
        tags[ud] = new Set<Concept>(['FILLER']);
      }
    }
  }
}

/** Danish particle verbs of coming, which a negation splits: "jeg dukker ikke op", "møder ikke op". */
const COMING_PARTICLES: Record<string, string> = { dukke: 'op', dukker: 'op', moede: 'op', mode: 'op', moeder: 'op', moder: 'op' };

function readSplitComing(tokens: string[], tags: Tags): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (COMING_PARTICLES[tokens[i]] !== undefined && tokens[i + 1] === 'ikke' && tokens[i + 2] === COMING_PARTICLES[tokens[i]]) {
      tags[i] = new Set<Concept>(['COME']);
      tags[i + 2] = new Set<Concept>(['FILLER']);
    }
  }
}

/** "kan ikke", "can't", "won't": a negated modal whose verb of coming is left out. */
function negatedModalAt(tokens: string[], i: number): number | undefined {
  if ((tokens[i] === 'kan' || tokens[i] === 'kunne') && tokens[i + 1] === 'ikke') return i + 2;
  if ((tokens[i] === 'can' || tokens[i] === 'will') && tokens[i + 1] === 'not') return i + 2;
  if (tokens[i] === 'cant' || tokens[i] === 'cannot' || tokens[i] === 'wont' || tokens[i] === 'couldnt') return i + 1;
  return undefined;
}
const BEFORE_TARGET = new Set(['den', 'd', 'paa', 'pa', 'on', 'the', 'til', 'i', 'this', 'that', 'in', 'do', 'make']);
const SESSION_WORDS: Concept[] = ['DATE', 'SESSION', 'GATHERING', 'NEXT', 'NEXT_TIME', 'MODULE_NOUN'];

function readEllipsis(tokens: string[], tags: Tags): void {
  const pointsAtSession = tags.some((t) => SESSION_WORDS.some((c) => t.has(c)));
  for (let i = 0; i < tokens.length; i++) {
    const next = negatedModalAt(tokens, i);
    if (next === undefined) continue;
    const target = BEFORE_TARGET.has(tokens[next]) ? next + 1 : next;
    const atEnd = next >= tokens.length || has(tags, next, 'THANKS', 'REASON') || ['fordi', 'because', 'so', 'saa', 'sa', 'desvaerre', 'unfortunately', 'sorry'].includes(tokens[next]);
    if (has(tags, target, ...SESSION_WORDS) || (atEnd && pointsAtSession)) tags[next - 1] = new Set<Concept>([...tags[next - 1], 'COME']);
  }
}

/** "De fire fællessamlinger", "my two electives": a count, not a module number or a typo. */
function readCounts(tokens: string[], tags: Tags): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const isNumber = /^\d{1,2}$/.test(tokens[i]) || NUMBER_WORDS[tokens[i]] !== undefined;
    if (isNumber && has(tags, i + 1, 'SESSIONS', 'ELECTIVE') && !has(tags, i, 'DATE', 'LEVEL')) tags[i] = new Set<Concept>(['FILLER']);
  }
}

function readOpenCompounds(tokens: string[], tags: Tags): void {
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] !== 'day' && tokens[i] !== 'days') || !has(tags, i - 1, 'DOMAIN', 'SCHEDULE', 'SESSION', 'GATHERING', 'SUBJECT')) continue;
    tags[i] = new Set<Concept>([tokens[i] === 'day' ? 'SESSION' : 'SESSIONS']);
    if (has(tags, i - 1, 'SCHEDULE')) tags[i - 1] = new Set<Concept>(['FILLER']);
  }
}

function readThere(tokens: string[], tags: Tags): void {
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] === 'der' || tokens[i] === 'there') && has(tags, i - 1, 'TRANSPORT')) tags[i] = new Set<Concept>(['THERE']);
  }
}

/** Prepositions that tie a programme noun to one session or day: "programmet for", "the schedule on". */
const SCOPE = new Set(['for', 'paa', 'pa', 'til', 'on', 'at', 'of']);
const ARTICLES = new Set(['the', 'den', 'det', 'my', 'min', 'mit', 'our', 'vores']);

function readAgenda(tokens: string[], tags: Tags, oneDay: boolean): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "Alle datoerne for …", "den samlede tidsplan for …" stay the whole list.
    if (!has(tags, i, 'SCHEDULE') || has(tags, i, 'ALL') || has(tags, i - 1, 'ALL') || !SCOPE.has(tokens[i + 1])) continue;
    let k = i + 2;
    while (ARTICLES.has(tokens[k] ?? '')) k += 1;
    if (has(tags, k, 'NEXT')) k += 1;
    const oneSession = has(tags, k, 'SESSION', 'GATHERING', 'DAY') || (oneDay && has(tags, k, 'DATE'));
    if (oneSession && !has(tags, k, 'SESSIONS')) tags[i] = new Set<Concept>(['AGENDA']);
  }
}

/**
 * Reads indirect questions, split particle verbs, "kan ikke" without its verb, counts, "there" and
 * the programme of one day (see above).
 *
 * @param oneDay whether the date words found name a single day
 */
export function readStructure(tokens: string[], tags: Tags, oneDay = false): void {
  readRhetoricalNegation(tokens, tags);
  readFrames(tokens, tags);
  readParticleVerbs(tokens, tags);
  readSplitComing(tokens, tags);
  readEllipsis(tokens, tags);
  readCounts(tokens, tags);
  readOpenCompounds(tokens, tags);
  readThere(tokens, tags);
  readAgenda(tokens, tags, oneDay);
}
