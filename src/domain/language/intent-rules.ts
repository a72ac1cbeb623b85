/**
 * The rules that turn the concepts of a message (intent-vocabulary.ts, read-structure.ts) into an
 * intent. match-intent.ts applies them; this file says what each intent needs.
 */
import type { Concept } from './intent-vocabulary';

/** What a leader's message asks for; 'unknown' gets the fallback. */
export type IntentName =
  | 'nextSession' | 'schedule' | 'where' | 'prepare' | 'module' | 'electives' | 'help' | 'progress'
  // Self-service requests (see SELF_SERVICE_RULES).
  | 'absence' | 'withdrawAbsence' | 'calendar' | 'chooseElectives'
  // Small talk: a greeting, thanks, or a question about the bot itself.
  | 'greeting' | 'thanks' | 'aboutBot'
  | 'unknown';

/**
 * A rule fires when, for every group in `needs`, the text holds at least one of its concepts.
 * Rules are listed in priority order and the first one that fires with enough confidence wins:
 * a question about one facet of a session ("where", "prepare") is more specific than a module
 * named by number, which is more specific than "next session", and "help" is the last resort.
 * The order is the tie-breaker, so a scoring race between rules can never pick a vaguer answer.
 */
export interface Rule {
  intent: Exclude<IntentName, 'unknown'>;
  needs: Concept[][];
  /** Confidence before unexplained words are counted: lower for rules on a single weak word. */
  base: number;
  blockedBy?: Concept[];
}

/** Someone else, a topic the bot does not cover, a request it cannot carry out, an opinion. */
const OFF_TOPIC: Concept[] = ['BLOCK', 'PERSON', 'CLOCK', 'REFLECT'];

/**
 * Requests that change something or hand out a link. They come first because their words
 * ("ikke", "afbud", "kalender") block every question rule below, and they are narrow on purpose:
 * "jeg kan ikke komme" needs both the negation and a verb of coming, so "jeg kommer for sent" or
 * "jeg er syg i morgen" are not absences. "Hvis"/"if" makes it a question about what would happen,
 * and "hvem"/"who" a question about others ("hvem har ellers meldt afbud").
 */
export const SELF_SERVICE_RULES: Rule[] = [
  { intent: 'withdrawAbsence', needs: [['CANCEL'], ['ABSENCE']], base: 0.9, blockedBy: ['NOT', 'IF', 'WHO', ...OFF_TOPIC] },
  { intent: 'withdrawAbsence', needs: [['COME'], ['AFTER_ALL']], base: 0.85, blockedBy: ['NOT', 'IF', 'PAST', 'WHO', ...OFF_TOPIC] },
  // "Jeg meldte afbud ved en fejl", "I registered an absence by mistake".
  { intent: 'withdrawAbsence', needs: [['ABSENCE'], ['MISTAKE']], base: 0.85, blockedBy: ['NOT', 'IF', 'WHO', ...OFF_TOPIC] },
  { intent: 'absence', needs: [['NOT'], ['COME']], base: 0.9, blockedBy: ['PAST', 'IF', 'CANCEL', 'AFTER_ALL', 'WHO', 'YET', ...OFF_TOPIC] },
  // The noun alone: not when it is asked about ("hvad er reglerne for fravær", "who else is absent").
  { intent: 'absence', needs: [['ABSENCE']], base: 0.85,
    blockedBy: ['PAST', 'IF', 'CANCEL', 'NOT', 'MISTAKE', 'WHO', 'WHAT', ...OFF_TOPIC] },
  // "jeg er syg til næste modul", "I'll miss Thursday's session", "cancel my place on Thursday". A
  // reason with a date alone ("jeg er syg i morgen") tells, but asks nothing of the bot.
  { intent: 'absence', needs: [['REASON', 'MISS'], ['SESSION', 'GATHERING', 'NEXT_TIME', 'MODULE_NUMBER']], base: 0.85,
    blockedBy: ['PAST', 'IF', 'WHAT', 'WHEN', 'WHERE_Q', 'WHO', ...OFF_TOPIC] },
  { intent: 'absence', needs: [['MISS'], ['DATE']], base: 0.85, blockedBy: ['PAST', 'IF', 'WHAT', 'WHEN', 'WHERE_Q', 'WHO', ...OFF_TOPIC] },
  { intent: 'absence', needs: [['CANCEL'], ['ATTENDANCE']], base: 0.85, blockedBy: ['PAST', 'IF', 'NOT', 'ELECTIVE', 'CHOOSE', 'WHO', ...OFF_TOPIC] },
  { intent: 'calendar', needs: [['CALENDAR'], ['ADD']], base: 0.85, blockedBy: ['PAST', 'IF', 'CANCEL', 'NOT', 'CHANGE', ...OFF_TOPIC] },
  // Without a verb, "kalender" is a request only when no date makes it a remark ("my calendar is
  // full this week") and it is not a question about using a calendar ("how do I share my calendar").
  { intent: 'calendar', needs: [['CALENDAR']], base: 0.85, blockedBy: ['PAST', 'IF', 'CANCEL', 'NOT', 'CHANGE', 'DATE', 'HOW', 'USE', 'HELP', ...OFF_TOPIC] },
  // "which electives can I choose" asks what there is (the 'electives' rule); "vælg valgmodul" and
  // "kan jeg skifte valgmodul" want to choose, and so does "jeg har ikke valgt valgmoduler endnu".
  { intent: 'chooseElectives', needs: [['CHOOSE', 'CHANGE'], ['ELECTIVE']], base: 0.9, blockedBy: ['WHAT', 'PAST', 'IF', 'NOT', ...OFF_TOPIC] },
  { intent: 'chooseElectives', needs: [['CHOOSE'], ['ELECTIVE'], ['YET']], base: 0.85, blockedBy: ['WHAT', 'PAST', 'IF', ...OFF_TOPIC] },
  // The waiting list is for full electives: "sæt mig på ventelisten".
  { intent: 'chooseElectives', needs: [['CHOOSE', 'ADD'], ['WAITLIST']], base: 0.85, blockedBy: ['WHAT', 'PAST', 'IF', 'NOT', 'CANCEL', ...OFF_TOPIC] },
  // Electives are named by their subject: "tilmeld mig forandringsledelse", "enrol me in leading change".
  { intent: 'chooseElectives', needs: [['CHOOSE'], ['SUBJECT']], base: 0.85, blockedBy: ['WHAT', 'PAST', 'IF', 'NOT', 'CANCEL', 'HOW', ...OFF_TOPIC] },
];

/**
 * Words that keep every question rule from answering: see SELF_SERVICE_RULES and the vocabulary.
 * Praise makes a remark ("modulet var godt"), and sparring partners are not the schedule.
 * Thinking something over ("tænke over") is an opinion unless it is done before a session (see match-intent.ts).
 */
export const QUESTION_BLOCKERS: Concept[] = [
  'BLOCK', 'NOT', 'ABSENCE', 'CANCEL', 'IF', 'CALENDAR', 'ADD', 'CHANGE', 'PRAISE', 'SPARRING', 'REASON', 'MISS', 'PERSON',
  'CLOCK', 'MISTAKE', 'REFLECT',
];

/** What points at one session: a noun, "it", "next time", a date, a number. */
const A_SESSION: Concept[] = ['SESSION', 'GATHERING', 'IT', 'NEXT', 'NEXT_TIME', 'DATE', 'MODULE_NUMBER'];
/** What ties a question to the programme, so that it is not about the bot. */
const PROGRAMME_WORDS: Concept[] = [
  'SESSION', 'SESSIONS', 'GATHERING', 'ELECTIVE', 'SCHEDULE', 'PLACE', 'DATE', 'MODULE_NUMBER', 'PREPARE', 'READING', 'NEXT_TIME',
];

export const RULES: Rule[] = [
  // "hvor"/"where" alone may be about anything ("where is the coffee"); it must point at "it" or
  // at the session, or come with a verb of being held. A place noun alone ("location") is enough.
  // Facets of a past session ("where was it", "what did we read") would get the next one's answer.
  { intent: 'where', needs: [['PLACE']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'where', needs: [['WHERE_Q'], [...A_SESSION, 'GO', 'MEET']], base: 0.9, blockedBy: ['PAST'] },
  // Getting there: parking or the train with a session, or "there" as a destination ("hvordan
  // kommer jeg derud", "can I park there"). Parking alone may be anywhere.
  { intent: 'where', needs: [['TRANSPORT'], ['THERE', 'SESSION', 'GATHERING', 'PLACE', 'NEXT_TIME', 'MODULE_NUMBER']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'where', needs: [['THERE'], ['HOW', 'TRANSPORT', 'COME', 'GO', 'WHAT', 'WHERE_Q']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'prepare', needs: [['PREPARE']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'prepare', needs: [['READ', 'READING', 'BRING'], ['WHAT', 'SHOULD']], base: 0.85, blockedBy: ['PAST', 'WHO'] },
  // Reading matter named with a session is about preparing; "can I bring a guest to the gathering"
  // asks for permission, so bringing needs "what" or "should".
  { intent: 'prepare', needs: [['READ', 'READING'], A_SESSION], base: 0.85, blockedBy: ['PAST', 'WHO'] },
  // What to do or think over before a session: "hvad skal jeg tænke over inden næste samling",
  // "anything I should do before the next module". Not when it asks when or where to be.
  { intent: 'prepare', needs: [['REFLECT', 'SHOULD', 'WHAT', 'READ'], ['BEFORE'], ['SESSION', 'GATHERING', 'NEXT_TIME', 'MODULE_NUMBER', 'NEXT', 'MEET']],
    base: 0.85, blockedBy: ['PAST', 'WHEN', 'WHERE_Q', 'SESSIONS'] },
  // A number names one module, so it wins over "when" and "next": "when is module 3" is about
  // module 3, which need not be the next session.
  // "Hvem underviser på modul 3" asks for a person, which no answer of the bot names.
  { intent: 'module', needs: [['MODULE_NUMBER']], base: 0.9, blockedBy: ['WHO'] },
  // What a session is about or holds: the module of the session the words point at.
  { intent: 'module', needs: [['ABOUT', 'AGENDA'], A_SESSION], base: 0.85, blockedBy: ['PAST', 'WHEN', 'ELECTIVE', 'SESSIONS'] },
  // "Program for dagen", "the agenda": what the day (of the next session) holds.
  { intent: 'module', needs: [['AGENDA']], base: 0.85, blockedBy: ['PAST', 'WHEN', 'ELECTIVE', 'SESSIONS', 'ALL', 'YEAR'] },
  // "Hvad sker der på torsdag", "what happens at the gathering".
  { intent: 'module', needs: [['WHAT'], ['HAPPEN'], ['SESSION', 'GATHERING', 'ONE_DAY', 'DAY']], base: 0.85,
    blockedBy: ['PAST', 'WHEN', 'SESSIONS', 'ALL', 'WHERE_Q'] },
  // "Hvornår er mit næste valgmodul": a session of the leader's electives.
  { intent: 'nextSession', needs: [['NEXT', 'WHEN'], ['ELECTIVE_ONE']], base: 0.85, blockedBy: ['PAST', 'CHOOSE', 'ALL', 'YEAR'] },
  { intent: 'electives', needs: [['ELECTIVE']], base: 0.9 },
  // "diploma" alone could be the certificate; "diploma modules" are the electives.
  { intent: 'electives', needs: [['DIPLOMA'], ['SESSION', 'SESSIONS']], base: 0.9 },
  // "next" needs a session noun: "next year's budget" is not a question for this bot.
  // "hvornår ses vi i år", "what's on this spring": the year's sessions, a list.
  { intent: 'schedule', needs: [['YEAR'], ['WHEN', 'WHAT', 'SHOW', 'MEET']], base: 0.8, blockedBy: ['NEXT', 'NEXT_TIME', 'MODULE_NUMBER', 'PAST'] },
  // Sessions over a month, until a holiday or after it are a list: "hvilke moduler er der i marts".
  { intent: 'schedule', needs: [['SESSIONS'], ['LONG_RANGE']], base: 0.85, blockedBy: ['PAST'] },
  // "Hvilke dage skal jeg holde fri", "which days are the modules on".
  { intent: 'schedule', needs: [['DAYS'], ['RESERVE']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'schedule', needs: [['DAYS'], ['WHAT'], ['SESSION', 'SESSIONS', 'SCHEDULE', 'GATHERING']], base: 0.85, blockedBy: ['PAST'] },
  { intent: 'nextSession', needs: [['NEXT'], ['SESSION', 'GATHERING']], base: 0.9, blockedBy: ['PAST'] },
  // "Every module with its date" is the whole list.
  { intent: 'nextSession', needs: [['WHEN'], ['SESSION', 'GATHERING', 'MEET', 'NEXT_TIME', 'DATE']], base: 0.9, blockedBy: ['PAST', 'ALL'] },
  { intent: 'nextSession', needs: [['DATE'], ['SESSION', 'GATHERING', 'MEET']], base: 0.85, blockedBy: ['PAST', 'ALL'] },
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
  { intent: 'schedule', needs: [['SCHEDULE'], ['ALL', 'SHOW', 'WHAT', 'WHEN', 'ABOUT', 'NEXT', 'YEAR', 'RESERVE']], base: 0.85, blockedBy: ['WHO', 'PAST'] },
  { intent: 'schedule', needs: [['SESSIONS'], ['ALL', 'SHOW', 'WHAT', 'WHEN', 'NEXT', 'YEAR', 'RESERVE']], base: 0.85 },
  { intent: 'schedule', needs: [['ALL'], ['SESSION', 'GATHERING']], base: 0.85 },
  { intent: 'schedule', needs: [['RESERVE'], ['SESSION', 'WHEN', 'YEAR', 'WHAT']], base: 0.85 },
  // The bare noun ("mit forløb", "my programme") is a request only when nothing else is said.
  // "Tak for programmet" and "thanks for the help" are thanks; "who runs the programme", "hvor
  // længe har programmet kørt", "hvornår blev programmet lavet" ask something else about it.
  { intent: 'schedule', needs: [['SCHEDULE', 'SESSIONS']], base: 0.7,
    blockedBy: ['THANKS', 'WHO', 'TRANSPORT', 'IDENTITY', 'PAST_TENSE'] },
  { intent: 'aboutBot', needs: [['ABOUT_BOT']], base: 0.9, blockedBy: ['THANKS'] },
  // Who the bot is: "er det en rigtig person jeg skriver med", "is this ChatGPT", "who built this bot".
  { intent: 'aboutBot', needs: [['IDENTITY'], ['YOU', 'USE']], base: 0.85, blockedBy: ['THANKS', ...PROGRAMME_WORDS] },
  // "Er det en rigtig person?": "it" is the bot only when nothing else is said of it.
  { intent: 'aboutBot', needs: [['IDENTITY'], ['IT']], base: 0.85, blockedBy: ['THANKS', 'WHO', 'READ', ...PROGRAMME_WORDS] },
  // "help" also starts unrelated requests ("help me with my team"), so it must stand alone.
  { intent: 'help', needs: [['HELP']], base: 0.7, blockedBy: ['THANKS'] },
  // "hvad kan man spørge om", "what can I type", "hvilke spørgsmål kan jeg stille".
  { intent: 'help', needs: [['ASK_VERB', 'QUESTION_NOUN'], ['WHAT']], base: 0.7, blockedBy: ['THANKS'] },
  // "hvordan spørger jeg", "how do I ask": how to put a question to the bot, not to anyone else.
  { intent: 'help', needs: [['HOW'], ['ASK_VERB']], base: 0.7, blockedBy: ['THANKS', 'DOMAIN', ...PROGRAMME_WORDS] },
  { intent: 'help', needs: [['QUESTION_NOUN'], ['SHOW', 'HELP', 'ASK_VERB']], base: 0.7, blockedBy: ['THANKS'] },
  // How the bot works: "hvordan virker det her", "how do I talk to this thing".
  { intent: 'help', needs: [['HOW'], ['USE'], ['YOU', 'IT']], base: 0.8, blockedBy: ['THANKS', ...PROGRAMME_WORDS] },
];

/**
 * Greetings and thanks are answered only when the message is nothing else: "hej, hvornår er næste
 * modul?" is a question (the rules above take it), and "hej, hvor er kantinen?" holds a word that
 * is neither small talk nor filler, so it gets the fallback, not a greeting.
 */
export const SMALL_TALK_RULES: Rule[] = [
  { intent: 'thanks', needs: [['THANKS']], base: 0.9 },
  { intent: 'greeting', needs: [['GREETING']], base: 0.9 },
];

/** The only concepts a greeting or thanks may hold besides itself: "tak for i dag, det var super". */
export const SMALL_TALK_COMPANY: ReadonlySet<Concept> = new Set<Concept>([
  'GREETING', 'THANKS', 'PRAISE', 'FILLER', 'IT', 'ASK', 'DATE', 'PAST', 'PAST_TENSE', 'SESSION', 'GATHERING', 'ALL', 'DOMAIN',
  'SCHEDULE', 'HELP', 'ABOUT_BOT', 'YOU', 'BEFORE', 'ONE_DAY', 'DAY', 'QUESTION_NOUN',
]);

/** Words around thanks that ask nothing: after these, a closing "tak" is still thanks ("super, tak"). */
export const COURTESY: ReadonlySet<Concept> = new Set<Concept>([
  'GREETING', 'THANKS', 'PRAISE', 'FILLER', 'IT', 'ASK', 'PAST', 'PAST_TENSE', 'DATE', 'ALL', 'DOMAIN', 'YOU', 'BEFORE', 'ONE_DAY',
]);

/** What ties a question to the programme's sessions. */
export const ANCHORS: Concept[] = [
  'SESSION', 'SESSIONS', 'GATHERING', 'IT', 'NEXT_TIME', 'DATE', 'MODULE_NUMBER', 'ELECTIVE', 'SCHEDULE', 'LEVEL', 'YEAR', 'THERE',
];
