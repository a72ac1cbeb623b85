/**
 * The words the intent matcher knows, grouped into concepts, in Danish and English. Words are
 * written naturally ("hvornår"); the matcher folds them and also accepts them typed without
 * æøå. A multi-word entry ("what can you do") is a phrase matched as a whole; the longest phrase
 * wins, so "hvor mange" is read as "how many" and never as the "hvor" of "hvor er det".
 *
 * Every word a leader types either belongs to a concept, is filler, or is "unexplained"; each
 * unexplained word lowers the confidence (see match-intent.ts). That is why filler is listed
 * explicitly: it is the set of words that may surround a question without changing it.
 */

export type Concept =
  | 'NEXT' | 'NEXT_PHRASE' | 'NEXT_TIME' | 'SESSION' | 'SESSIONS' | 'MODULE_NOUN' | 'WHEN' | 'MEET'
  | 'SCHEDULE' | 'ALL' | 'SHOW' | 'WHERE_Q' | 'PLACE' | 'IT' | 'GO' | 'NOT_WHERE' | 'PREPARE'
  | 'READ' | 'READING' | 'BRING' | 'ASK' | 'WHAT' | 'SHOULD' | 'ABOUT' | 'ELECTIVE' | 'DIPLOMA' | 'HELP' | 'PAST'
  | 'BLOCK' | 'FILLER' | 'PROGRESS'
  // Leaders' self-service requests: absence, withdrawing it, the calendar file, choosing electives.
  | 'NOT' | 'COME' | 'ABSENCE' | 'CANCEL' | 'AFTER_ALL' | 'IF' | 'CALENDAR' | 'ADD' | 'CHANGE' | 'CHOOSE'
  /** Derived, not listed: a date ("den 12.", "the 12th", "12 March", "på torsdag"), see absence-words.ts. */
  | 'DATE'
  /** Derived, not listed: a module noun with a number next to it ("modul 3", "third module"). */
  | 'MODULE_NUMBER';

export interface VocabularyEntry {
  concept: Concept;
  /** Whether a one-slip typo of these words counts (see near-miss.ts); never for filler. */
  fuzzy: boolean;
  da: string[];
  en: string[];
}

const entry = (concept: Concept, fuzzy: boolean, da: string[], en: string[]): VocabularyEntry => ({ concept, fuzzy, da, en });

export const VOCABULARY: VocabularyEntry[] = [
  // "next" is only half a question: "next year's budget" must not become nextSession, so NEXT
  // always needs a session noun, a "when" or one of the set phrases below.
  entry('NEXT', true, ['næste', 'kommende', 'nærmeste'], ['next', 'upcoming', 'coming up', 'following']),
  entry('NEXT_PHRASE', false, ['hvad er det næste', 'hvad er næste', 'hvad sker der nu', 'hvad skal vi nu'],
    ['whats next', 'what is next', 'what comes next', 'whats coming up', 'what is coming up', 'whats up next']),
  entry('NEXT_TIME', false, ['næste gang', 'ses vi næste gang'], ['next time']),
  // Singular: one session, the next one. Plural nouns ask for a list, i.e. the schedule.
  entry('SESSION', true, ['modul', 'modulet', 'session', 'sessionen', 'samling', 'samlingen', 'fællessamling',
    'fællessamlingen', 'kursusdag', 'kursusgang', 'undervisning', 'undervisningsgang', 'kursus', 'kurset',
    'workshop', 'workshoppen', 'lederforløb'], ['module', 'session', 'gathering', 'course', 'class', 'workshop', 'training']),
  entry('SESSIONS', true, ['moduler', 'modulerne', 'sessioner', 'sessionerne', 'samlinger', 'samlingerne',
    'fællessamlinger', 'kursusdage', 'kursusgange', 'workshops', 'datoer', 'datoerne'],
    ['modules', 'sessions', 'gatherings', 'courses', 'classes', 'dates']),
  // Only these nouns take a number: "samling 2" need not be module number 2.
  entry('MODULE_NOUN', true, ['modul'], ['module']),
  entry('WHEN', true, ['hvornår', 'hvad tid', 'hvilken dag', 'hvilken dato', 'hvad dato', 'dato', 'datoen', 'tidspunkt'],
    ['when', 'whens', 'what time', 'what day', 'which day', 'what date', 'which date', 'date']),
  // Ways to ask when the group meets without naming a session.
  entry('MEET', false, ['ses vi', 'mødes vi', 'vi mødes', 'vi ses', 'ses vi igen', 'mødes vi igen'],
    ['do we meet', 'we meet', 'meet again', 'we meeting', 'see each other', 'do we see each other']),
  entry('SCHEDULE', true, ['program', 'programmet', 'mit program', 'forløb', 'forløbet', 'skema', 'skemaet', 'oversigt',
    'oversigten', 'tidsplan', 'tidsplanen', 'kursusplan', 'lederprogrammet', 'min plan'],
    ['programme', 'program', 'schedule', 'timetable', 'overview', 'my plan', 'itinerary']),
  // How far the leader has come. Longer than "mit program"/"forløb", so the phrase wins over SCHEDULE.
  entry('PROGRESS', false, ['mit forløb', 'min fremgang', 'hvor langt er jeg'], ['my progress', 'progress', 'how far am i']),
  entry('ALL', true, ['alle', 'hele', 'samtlige', 'fulde', 'komplet', 'komplette'], ['all', 'whole', 'full', 'entire', 'complete']),
  entry('SHOW', false, ['vis', 'vise', 'se', 'liste', 'list'], ['show', 'see', 'list', 'view']),
  // "hvor" is also "how" in "hvor mange/længe"; those phrases are caught first as NOT_WHERE.
  entry('WHERE_Q', true, ['hvor', 'hvorhenne', 'hvor henne'], ['where', 'wheres']),
  entry('NOT_WHERE', false, ['hvor mange', 'hvor meget', 'hvor lang', 'hvor længe', 'hvor tit', 'hvor ofte',
    'hvor stor', 'hvor godt', 'hvor sent', 'hvor tidligt'], []),
  entry('PLACE', true, ['sted', 'stedet', 'adresse', 'adressen', 'lokation', 'lokationen', 'lokale', 'lokalet',
    'placering', 'mødested', 'hvordan kommer jeg derhen'], ['location', 'address', 'venue', 'room', 'place',
    'how do i get there']),
  // What "where" points at: the next session, said as "it" or by a verb of being held.
  entry('IT', false, ['det', 'den', 'vi', 'det henne'], ['it', 'we', 'that']),
  entry('GO', true, ['foregår', 'afholdes', 'holdes', 'ligger', 'mødes', 'hen', 'henne', 'være'],
    ['held', 'located', 'take place', 'takes place', 'go', 'meet', 'be']),
  // Statements of being ready ("jeg er forberedt") are left out: they are not questions.
  entry('PREPARE', true, ['forberede', 'forbered', 'forberedelse', 'forberedelser', 'forberedelsen', 'lektier',
    'lektie', 'hjemmearbejde', 'hjemmeopgave', 'hjemmeopgaver', 'læsestof', 'pensum', 'forberedende'],
    ['prepare', 'preparation', 'preparations', 'prep', 'homework', 'prereading', 'pre reading', 'prework', 'pre work']),
  // Reading and bringing are preparation only in a question: "I read your message" is not.
  entry('READ', true, ['læse', 'læs'], ['read']),
  // Reading matter named next to a session is a preparation question even without a verb.
  entry('READING', true, ['læsning', 'materiale', 'materialet', 'materialer', 'litteratur', 'litteraturen'],
    ['reading', 'material', 'materials', 'literature']),
  entry('BRING', true, ['medbringe', 'have med', 'tage med', 'have noget med', 'tage noget med'], ['bring']),
  entry('WHAT', false, ['hvad', 'hvilke', 'hvilken', 'hvilket'], ['what', 'whats', 'which', 'anything']),
  entry('SHOULD', false, ['skal', 'bør', 'burde', 'skal jeg', 'behøver'], ['should', 'need', 'needs', 'must', 'have to', 'supposed to']),
  entry('ABOUT', true, ['handler', 'om', 'indhold', 'indholdet', 'tema', 'temaet', 'emne', 'emnet', 'fortæl', 'beskrivelse'],
    ['about', 'content', 'contents', 'topic', 'theme', 'tell', 'describe', 'description']),
  entry('ELECTIVE', true, ['valgmodul', 'valgmoduler', 'valgmodulet', 'valgmodulerne', 'valgfag', 'valgfagene',
    'valg modul', 'valg moduler', 'valgfri moduler', 'valgfrie moduler', 'valgfrit modul', 'diplommodul', 'diplommoduler', 'diplommodulerne'],
    ['elective', 'electives', 'optional module', 'optional modules', 'elective module', 'elective modules']),
  // "diploma" alone may be about a certificate; only "diploma module(s)" is the electives.
  entry('DIPLOMA', true, ['diplom', 'diplomuddannelse', 'diplomuddannelsen'], ['diploma']),
  entry('HELP', true, ['hjælp', 'menu', 'kommandoer', 'hvad kan du', 'hvad kan du hjælpe med', 'hvad kan jeg spørge om',
    'hvad kan jeg spørge dig om', 'hvordan virker du', 'hvordan virker det', 'hvordan bruger jeg dig', 'hvem er du',
    'vejledning'], ['help', 'menu', 'commands', 'what can you do', 'what can i ask', 'what do you do', 'how does this work',
    'how do you work', 'how do i use you', 'who are you', 'instructions', 'options']),
  // Words that make a sentence a question or a request; see the penalty in match-intent.ts.
  entry('ASK', false, ['kan', 'kunne', 'vil', 'venligst', 'fortæl', 'vis', 'giv', 'hvad', 'hvilke', 'hvilken', 'hvilket',
    'hvornår', 'hvor', 'hvordan', 'skal'], ['can', 'could', 'would', 'will', 'do', 'does', 'please', 'pls', 'plz', 'tell',
    'show', 'give', 'what', 'whats', 'which', 'when', 'whens', 'where', 'wheres', 'how', 'should']),
  // The bot answers about the coming session; a past one would get a wrong answer.
  entry('PAST', false, ['sidste', 'forrige', 'var', 'i går', 'tidligere', 'sidst'], ['last', 'previous', 'was', 'were', 'did', 'yesterday', 'earlier']),
  // Self-service requests. They are recognised only in the shapes listed in match-intent.ts; for
  // every other intent these words block an answer, as before: a schedule answer to "cancel my
  // absence" or "add it to my calendar" would be wrong.
  entry('NOT', false, ['ikke', 'aldrig', 'ingen'], ['not', 'dont', 'cant', 'cannot', 'wont', 'isnt', 'never', 'unable',
    'couldnt', 'wouldnt']),
  entry('COME', true, ['komme', 'kommer', 'deltage', 'deltager', 'være med', 'være der', 'møde op', 'dukke op', 'nå'],
    ['come', 'coming', 'make', 'make it', 'attend', 'attending', 'join', 'be there', 'participate', 'go']),
  entry('ABSENCE', true, ['afbud', 'melde afbud', 'meld afbud', 'afmelde', 'afmeld', 'fravær', 'fraværende'],
    ['absence', 'absent', 'apologies', 'send my apologies']),
  entry('CANCEL', true, ['annuller', 'annullere', 'annullér', 'fortryd', 'fortryde', 'tilbagekald', 'træk', 'træk tilbage',
    'trække tilbage', 'aflys', 'aflyse', 'aflyst', 'slet', 'slette', 'fjern', 'fjerne'],
    ['cancel', 'cancelled', 'canceled', 'withdraw', 'undo', 'revoke', 'retract', 'remove', 'delete', 'take back']),
  entry('AFTER_ALL', false, ['alligevel', 'alligevel godt', 'godt alligevel', 'når alligevel'], ['after all', 'anyway', 'anyways']),
  // "hvis jeg ikke kan komme" asks what happens; it registers nothing.
  entry('IF', false, ['hvis', 'hvad nu hvis', 'i fald'], ['if', 'what if', 'in case', 'suppose']),
  entry('CALENDAR', true, ['kalender', 'kalenderen', 'kalenderfil', 'outlook', 'ics'],
    ['calendar', 'calender', 'outlook', 'ics', 'ical', 'icalendar', 'calendar file']),
  entry('ADD', true, ['tilføje', 'tilføj', 'føj', 'føje', 'sæt', 'sætte', 'lægge', 'læg', 'importere', 'importer',
    'synkronisere', 'synkroniser', 'hent', 'hente', 'eksportere'], ['add', 'put', 'import', 'sync', 'export', 'download', 'save']),
  entry('CHANGE', true, ['ændre', 'ændret', 'skifte', 'skift', 'bytte', 'byt'], ['change', 'changed', 'switch', 'swap']),
  // Choosing is also filler in a question ("which electives can I choose"); see the rules.
  entry('CHOOSE', true, ['vælg', 'vælge', 'tilmeld', 'tilmelde', 'tilmelding'],
    ['choose', 'pick', 'select', 'sign up', 'signup', 'enrol', 'enroll', 'register']),
  // Things the bot cannot do (moving sessions, reminders on request), plus negation, opinions and
  // everyday topics: an answer about the schedule would be wrong there.
  entry('BLOCK', true, ['invitation', 'syg', 'flytte', 'flyttet', 'påmind', 'påmindelse', 'husk mig'],
    ['invite', 'invitation', 'sick', 'skip', 'miss', 'reschedule', 'move', 'moved', 'remind', 'reminder']),
  entry('BLOCK', false, ['synes', 'mener', 'kan lide', 'god', 'godt', 'dårlig', 'dårligt', 'fedt', 'spændende', 'kedelig',
    'kedeligt', 'dejligt', 'dejlig', 'interessant', 'feedback', 'vejr', 'vejret', 'klokken', 'budget', 'budgettet',
    'løn', 'ferie'], ['like', 'love', 'liked', 'loved', 'hate', 'enjoy', 'enjoyed', 'good', 'great', 'bad', 'boring',
    'awesome', 'interesting', 'feedback', 'weather', 'budget', 'salary', 'vacation', 'holiday', 'lunch']),
  entry('FILLER', false, ['jeg', 'mig', 'min', 'mit', 'mine', 'er', 'der', 'de', 'en', 'et', 'og', 'i', 'på', 'til', 'for',
    'med', 'af', 'at', 'kan', 'vil', 'må', 'du', 'dig', 'din', 'dit', 'os', 'vores', 'man', 'så', 'lige', 'gerne',
    'venligst', 'have', 'har', 'nu', 'igen', 'også', 'lidt', 'noget', 'nogle', 'nok', 'mon', 'egentlig',
    'altså', 'fra', 'efter', 'inden', 'før', 'ved', 'hos', 'som', 'eller', 'please', 'få', 'finde', 'hvordan',
    'starter', 'begynder', 'slutter', 'varer', 'næstkommende', 'hedder', 'bliver', 'være', 'give', 'giv', 'tjek',
    'kommer', 'komme', 'ligesom', 'bot', 'botten', 'programbot', 'vælge', 'valgt', 'tilmelde', 'nummer', 'nr',
    'skrive', 'sige', 'over', 'info', 'information', 'detaljer', 'helt', 'mere', 'desværre', 'beklager', 'tilbage', 'hej', 'hejsa', 'hallo', 'godmorgen', 'god morgen', 'goddag', 'kære'],
  ['i', 'im', 'me', 'my', 'mine', 'is', 'are', 'am', 'the', 'a', 'an', 'its', 'of', 'for', 'to', 'in', 'on', 'at',
    'with', 'do', 'does', 'can', 'could', 'would', 'will', 'shall', 'you', 'your', 'our', 'us', 'please', 'pls',
    'plz', 'there', 'this', 'these', 'those', 'and', 'or', 'so', 'just', 'again', 'get', 'got', 'have', 'has', 'want',
    'know', 'find', 'give', 'let', 'lets', 'bot', 'one', 'some', 'any', 'up', 'then', 'now', 'kindly', 'quick',
    'question', 'start', 'starts', 'begin', 'begins', 'end', 'ends', 'exactly', 'choose', 'pick',
    'number', 'no', 'nr', 'programmebot', 'going', 'happening', 'coming', 'like to', 'tell', 'wondering',
    'ok', 'okay', 'hmm', 'um', 'id', 'ill', 'unfortunately', 'sorry', 'able', 'afraid', 'more', 'info', 'information', 'details', 'hello', 'hi', 'hey', 'good morning', 'morning', 'dear']),
];

/**
 * Real words one slip away from a vocabulary word ("model"/"modul", "hver"/"hvor", "mens"/"menu",
 * "data"/"dato", "tak"/"træk") or equal to one typed without æøå ("andre" is "others", not "ændre"). They are
 * taken literally: never read as a typo, and never as a plain-vowel spelling.
 */
export const REAL_WORDS = new Set([
  'model', 'models', 'modus', 'modal', 'hver', 'hvert', 'hold', 'holdet', 'data', 'mens', 'ready', 'real', 'road',
  'being', 'lose', 'loese', 'neat', 'nest', 'text', 'best', 'hell', 'mest', 'andre', 'tak',
]);

/** Number words leaders write after "modul"/"module", 1–12 (the programme has about ten). */
export const NUMBER_WORDS: Record<string, number> = {
  en: 1, et: 1, een: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Ordinals written before the noun: "tredje modul", "the third module". */
export const ORDINAL_WORDS: Record<string, number> = {
  foerste: 1, forste: 1, anden: 2, andet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, syvende: 7, ottende: 8,
  niende: 9, tiende: 10, ellevte: 11, tolvte: 12, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};
