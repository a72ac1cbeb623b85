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
  // Small talk, and words that praise (allowed with thanks, a block on questions).
  | 'GREETING' | 'THANKS' | 'ABOUT_BOT' | 'PRAISE'
  // Programme words that are understood but ask nothing by themselves ("leder", "leadership"),
  // what a day holds, levels and the kinds of session.
  | 'DOMAIN' | 'AGENDA' | 'LEVEL_NOUN' | 'GATHERING' | 'SPARRING' | 'RESERVE' | 'YEAR'
  // Absence in other words: a reason that keeps one away, missing a session, one's attendance.
  | 'REASON' | 'MISS' | 'ATTENDANCE' | 'ASK_VERB'
  // Structure words: tense, "before", how, "there" as a destination, getting there, what a day holds,
  // using the bot, who the bot is, a mistake, "not yet", a waiting list, subjects of leadership.
  | 'PAST_TENSE' | 'BEFORE' | 'HOW' | 'THERE' | 'TRANSPORT' | 'HAPPEN' | 'DAY' | 'USE' | 'QUESTION_NOUN' | 'YOU'
  | 'IDENTITY' | 'MISTAKE' | 'YET' | 'WAITLIST' | 'SUBJECT' | 'REFLECT' | 'CLOCK' | 'PERSON' | 'ELECTIVE_ONE' | 'WHO' | 'DAYS'
  // Leaders' self-service requests: absence, withdrawing it, the calendar file, choosing electives.
  | 'NOT' | 'COME' | 'ABSENCE' | 'CANCEL' | 'AFTER_ALL' | 'IF' | 'CALENDAR' | 'ADD' | 'CHANGE' | 'CHOOSE'
  /** Derived, not listed: a date ("den 12.", "på torsdag", "i næste uge", "efter påske"), see date-words.ts. */
  | 'DATE'
  /** Derived, not listed: a date that is one day ("i morgen", "på torsdag", "den 4."). */
  | 'ONE_DAY'
  /** Derived, not listed: a date that is a month or more, or open-ended ("i marts", "efter påske"). */
  | 'LONG_RANGE'
  /** Derived, not listed: the opening of an indirect question ("jeg tænker på om", "I was wondering when"), see read-structure.ts. */
  | 'FRAME'
  /** Derived, not listed: a module noun with a number next to it ("modul 3", "third module"). */
  | 'MODULE_NUMBER'
  /** Derived, not listed: a level noun with its number ("niveau 2", "level 3"). */
  | 'LEVEL';

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
  // "Snart"/"soon" point ahead as "next" does ("is there a session soon"); listed, "soon" is no held letter of "son".
  entry('NEXT', true, ['næste', 'kommende', 'snart'], ['next', 'upcoming', 'coming up', 'following', 'soon']),
  entry('NEXT_PHRASE', false, ['hvad er det næste', 'hvad er næste', 'hvad sker der nu', 'hvad skal vi nu'],
    ['whats next', 'what is next', 'what comes next', 'whats coming up', 'what is coming up', 'whats up next']),
  entry('NEXT_TIME', false, ['næste gang', 'ses vi næste gang'], ['next time']),
  // Singular: one session, the next one. Plural nouns ask for a list, i.e. the schedule.
  entry('SESSION', true, ['modul', 'modulet', 'session', 'sessionen', 'samling', 'samlingen', 'fællessamling',
    'fællessamlingen', 'kursusdag', 'kursusgang', 'undervisning', 'undervisningsgang', 'kursus', 'kurset',
    'workshop', 'workshoppen', 'seminar', 'seminaret', 'internat', 'internatet', 'træf', 'træffet', 'temadag',
    'temadagen', 'undervisningsdag', 'undervisningsdagen', 'lektion', 'lektionen'],
    ['module', 'session', 'gathering', 'course', 'class', 'workshop', 'training', 'seminar', 'meetup', 'meet up', 'lesson',
      'course day', 'training day', 'get together', 'get-together', 'offsite']),
  entry('SESSIONS', true, ['moduler', 'modulerne', 'sessioner', 'sessionerne', 'samlinger', 'samlingerne',
    'fællessamlinger', 'kursusdage', 'kursusgange', 'workshops', 'datoer', 'datoerne', 'seminarer', 'temadage', 'undervisningsdage',
    'gange', 'gangene', 'mødegange', 'kursusgange', 'undervisningsgange'],
    ['modules', 'sessions', 'gatherings', 'courses', 'classes', 'dates', 'seminars', 'lessons', 'workshops', 'course days',
      'meetups', 'occasions', 'training days']),
  // Days in the plural are the programme's days only with a word of setting them aside or a session:
  // "hvilke dage skal jeg holde fri", "which days are the modules on", not "how many days until Christmas".
  entry('DAYS', false, ['dage', 'dagene'], ['days']),
  // The joint gatherings for everyone, a kind of session the answer can pick out.
  entry('GATHERING', true, ['fællessamling', 'fællessamlingen', 'fællesdag', 'fællesdagen', 'fællesmøde', 'storsamling'],
    ['gathering', 'joint gathering', 'joint session', 'plenary', 'all hands', 'plenum']),
  // Only these nouns take a number: "samling 2" need not be module number 2.
  entry('MODULE_NOUN', true, ['modul'], ['module']),
  entry('WHEN', true, ['hvornår', 'når', 'hvad tid', 'hvilken dag', 'hvilken dato', 'hvad dato', 'dato', 'datoen', 'tidspunkt',
    'tidspunktet', 'hvad tid', 'hvilket tidspunkt', 'hvad klokken', 'hvornår på dagen', 'hvilken ugedag', 'tid'],
    ['when', 'whens', 'what time', 'what day', 'which day', 'what date', 'which date', 'date', 'time', 'what hour', 'how soon']),
  // Ways to ask when the group meets without naming a session.
  entry('MEET', false, ['ses vi', 'mødes vi', 'vi mødes', 'vi ses', 'ses vi igen', 'mødes vi igen', 'skal vi ses', 'skal vi mødes',
    'er vi samlet', 'samles vi', 'vi samles', 'ser jeg holdet', 'ser vi holdet', 'ser jeg de andre', 'skal jeg af sted'],
    ['do we meet', 'we meet', 'meet again', 'we meeting', 'see each other', 'do we see each other', 'do we gather', 'we gather',
      'are we meeting', 'we get together', 'do we reconvene', 'we reconvene', 'see the group', 'see the others', 'see everyone',
      'am i due back', 'are we due back', 'do we meet up', 'we meet up']),
  entry('SCHEDULE', true, ['program', 'programmet', 'mit program', 'forløb', 'forløbet', 'skema', 'skemaet', 'oversigt',
    'oversigten', 'tidsplan', 'tidsplanen', 'kursusplan', 'lederprogrammet', 'min plan', 'plan', 'planen', 'årsplan',
    'årsplanen', 'årshjul', 'årshjulet', 'køreplan', 'køreplanen', 'plan for året', 'alle datoer', 'alle datoerne', 'overblik', 'overblikket',
    'kalenderoversigt', 'forløbsplan', 'forløbsplanen', 'datoliste', 'datolisten', 'tidslinje', 'tidslinjen', 'lederforløb', 'lederforløbet'],
    ['programme', 'program', 'schedule', 'timetable', 'overview', 'my plan', 'itinerary', 'plan', 'calendar of sessions',
      'all dates', 'all the dates', 'roadmap', 'agenda for the year', 'year plan', 'annual plan', 'outline of the programme',
      'list of dates', 'timeline', 'calendar overview', 'big picture', 'rundown of dates', 'dates list']),
  // How far the leader has come. Longer than "mit program"/"forløb", so the phrase wins over SCHEDULE.
  entry('PROGRESS', false, ['mit forløb', 'min fremgang', 'hvor langt er jeg'], ['my progress', 'progress', 'how far am i']),
  // "Which dates should I set aside": asking for the dates of the whole programme.
  entry('RESERVE', true, ['sætte af', 'sætte tid af', 'reservere', 'reserver', 'booke', 'holde fri', 'holde fri til', 'blokere',
    'sætte kryds', 'holde fri på', 'planlægge efter', 'planlægge'],
    ['set aside', 'put aside', 'block out', 'block off', 'keep free', 'reserve', 'save the date', 'save the dates', 'plan around', 'plan for',
      'keep clear']),
  entry('YEAR', true, ['år', 'året', 'i år', 'semester', 'semesteret', 'halvår', 'halvåret', 'forår', 'foråret', 'efterår', 'efteråret',
    'årlig', 'årlige', 'sæson', 'sæsonen', 'vinter', 'vinteren', 'sommer', 'sommeren'],
    ['year', 'this year', 'semester', 'term', 'spring', 'autumn', 'fall', 'yearly', 'annual', 'season', 'winter', 'summer']),
  entry('ALL', true, ['alle', 'hele', 'samtlige', 'fulde', 'komplet', 'komplette', 'hver', 'hvert', 'hvert eneste', 'hver eneste',
    'resten', 'resterende', 'øvrige', 'samlede'],
    ['all', 'whole', 'full', 'entire', 'complete', 'every', 'each', 'every single', 'remaining', 'rest of', 'the rest', 'all of the']),
  entry('SHOW', false, ['vis', 'vise', 'se', 'liste', 'list', 'send', 'giv mig', 'kan jeg få', 'kan jeg se', 'ser ud', 'se ud'],
    ['show', 'see', 'list', 'view', 'send', 'give me', 'can i get', 'can i see', 'pull up', 'display', 'look like', 'looks like',
      'check', 'find', 'share', 'print', 'bring up', 'lay out']),
  // "hvor" is also "how" in "hvor mange/længe"; those phrases are caught first as NOT_WHERE.
  entry('WHERE_Q', true, ['hvor', 'hvorhenne', 'hvor henne'], ['where', 'wheres']),
  // These ask, too: see ASK.
  entry('NOT_WHERE', false, ['hvor mange', 'hvor meget', 'hvor lang', 'hvor længe', 'hvor tit', 'hvor ofte',
    'hvor stor', 'hvor godt', 'hvor sent', 'hvor tidligt'], ['how many', 'how much', 'how long', 'how often']),
  entry('PLACE', true, ['sted', 'stedet', 'adresse', 'adressen', 'lokation', 'lokationen', 'lokale', 'lokalet',
    'placering', 'mødested', 'hvordan kommer jeg derhen', 'bygning', 'bygningen', 'rutevejledning', 'kørselsvejledning',
    'hvordan kommer jeg dertil', 'hvordan kommer man derhen', 'hvilket sted', 'hvilken adresse', 'hvilket lokale', 'hvor skal jeg hen',
    'hvor skal vi hen', 'hvor skal jeg møde op', 'hvor skal vi møde op', 'hvor skal vi være', 'hvor skal jeg være', 'hvilken by',
    'mødelokalet', 'indgang', 'indgangen', 'etage', 'etagen', 'lokaler', 'lokalerne', 'kørselsvejledningen', 'rutevejledningen'],
    ['location', 'address', 'venue', 'room', 'place', 'how do i get there', 'how to get there', 'directions', 'building',
      'where to go', 'what address', 'which room', 'what room', 'which building', 'what location', 'which location', 'what venue',
      'which venue', 'where do i go', 'where do we go', 'where should i go', 'where should we go', 'where do i need to be',
      'where do we need to be', 'where should i be', 'which city', 'what city', 'which town', 'what town', 'entrance', 'floor', 'map',
      'rooms', 'premises', 'whereabouts', 'postcode', 'find the room', 'find the venue', 'meeting point', 'meeting place']),
  // What "where" points at: the next session, said as "it" or by a verb of being held.
  entry('IT', false, ['det', 'den', 'vi', 'det henne'], ['it', 'we', 'that']),
  entry('GO', true, ['foregår', 'afholdes', 'holdes', 'ligger', 'mødes', 'hen', 'henne', 'være', 'møde op', 'dukke op', 'finder sted',
    'skal vi være', 'samles', 'sker', 'sker der', 'af sted', 'afsted', 'går det løs', 'starter det', 'begynder det', 'være på',
    'foregik', 'placeret', 'befinder', 'holdt', 'bliver holdt', 'bliver afholdt', 'skal holdes', 'skal afholdes'],
    ['held', 'located', 'take place', 'takes place', 'go', 'meet', 'be', 'show up', 'turn up', 'meet up',
    'hosted', 'happening', 'happen', 'gather', 'be at', 'situated', 'based', 'headed', 'heading']),
  // Getting there: how, by what means, and where to leave the car. With a session or "there" it asks where.
  entry('TRANSPORT', true, ['parkering', 'parkere', 'parkerer', 'parkeringsplads', 'parkeringspladser', 'p plads', 'p pladser',
    'parkeringsmuligheder', 'tog', 'toget', 'bus', 'bussen', 'busser', 'offentlig transport', 'kollektiv trafik', 'offentlige transportmidler',
    'cykel', 'cykle', 'cykelparkering', 'bil', 'bilen', 'køre', 'kører', 'kørsel', 'transport', 'metro', 'metroen', 'letbane',
    'letbanen', 'station', 'stationen', 'færge', 'færgen', 'finde vej', 'tage toget', 'tage bussen', 'tage bilen', 'elbil',
    'ladestander', 'ladestandere'],
    ['parking', 'park', 'car park', 'parking lot', 'parking space', 'parking spaces', 'train', 'trains', 'bus', 'buses',
      'public transport', 'transit', 'drive', 'driving', 'cycle', 'cycling', 'bike', 'car', 'metro', 'station', 'ferry', 'commute',
      'get there', 'getting there', 'go there', 'goes there', 'drive there', 'walk there', 'cycle there', 'travel there',
      'find my way', 'find the way', 'way there', 'charging', 'charger', 'ev charging', 'park there', 'drive there', 'walk there',
      'cycle there', 'travel there', 'there by']),
  // "derhen", "derud": "there" as a destination. English "there" is one only after a verb of going (read-structure.ts).
  entry('THERE', true, ['derhen', 'derud', 'dertil', 'derover', 'derned', 'derop', 'der hen', 'der ud', 'derind'],
    ['get there', 'getting there', 'go there', 'goes there', 'drive there', 'walk there', 'cycle there', 'travel there', 'park there',
      'way there', 'there by']),
  // The day a session fills: "tidsplanen for dagen", "the plan for the day" ask what the day holds.
  entry('DAY', false, ['dagen', 'dagens', 'for dagen', 'på dagen', 'selve dagen'], ['the day', 'for the day', 'of the day', 'on the day',
    'that day', 'on the day itself']),
  // "Hvad sker der på torsdag", "what happens at the gathering": what a session holds.
  entry('HAPPEN', false, ['sker', 'sker der', 'skal der ske', 'står på', 'står der på', 'foregår der', 'er der på'],
    ['happens', 'happening', 'happen', 'going on', 'is on', 'will happen', 'on the agenda', 'goes on']),
  // Statements of being ready ("jeg er forberedt") are left out: they are not questions.
  entry('PREPARE', true, ['forberede', 'forbered', 'forberedelse', 'forberedelser', 'forberedelsen', 'lektier',
    'lektie', 'hjemmearbejde', 'hjemmeopgave', 'hjemmeopgaver', 'læsestof', 'pensum', 'forberedende', 'opgave', 'opgaven',
    'opgaver', 'opgaverne', 'forberedt', 'klar til', 'klar inden', 'gøre klar', 'gøre inden', 'have klar', 'lave inden', 'lave før', 'gøre før',
    'lave forud', 'forberedelsesopgave', 'forberedelsesopgaver', 'forarbejde', 'forarbejdet', 'forudsætninger', 'læseopgave',
    'læseopgaver', 'refleksionsopgave', 'opgave til', 'have lavet', 'have læst',
    'være forberedt', 'forventes af mig', 'forventet af mig', 'forventninger til mig'],
    ['prepare', 'preparation', 'preparations', 'prep', 'homework', 'prereading', 'pre reading', 'prework', 'pre work',
      'assignment', 'assignments', 'task', 'tasks', 'get ready', 'do beforehand', 'do before', 'ready for', 'prepped',
      'do anything before', 'to do before', 'have ready', 'get done before', 'pre reads', 'pre read', 'preread', 'prereads',
      'pre course', 'precourse', 'pre session', 'deliverable', 'deliverables', 'expected of me',
      'expected to do', 'expected to read', 'need to have done', 'have done', 'be ready']),
  // Thinking something over ahead of a session: preparation with "before" and a session, otherwise an opinion.
  entry('REFLECT', true, ['tænke over', 'tænke på', 'overveje', 'reflektere over', 'reflektere', 'gøre mig tanker om', 'gøre mig nogle tanker',
    'tænke lidt over', 'gruble over', 'overvejelser'], ['think about', 'reflect on', 'consider', 'think over', 'reflect', 'ponder',
    'think through', 'mull over']),
  entry('BEFORE', false, ['inden', 'før', 'forud for', 'op til', 'forinden', 'i forvejen', 'på forhånd', 'inden da'],
    ['before', 'ahead of', 'prior to', 'beforehand', 'in advance', 'ahead of time', 'ahead', 'prior', 'in preparation for',
      'leading up to']),
  // Reading and bringing are preparation only in a question: "I read your message" is not.
  entry('READ', true, ['læse', 'læs', 'læst', 'kigge på', 'se på', 'læser', 'gennemlæse', 'skimme', 'lytte til'],
    ['read', 'look at', 'go through', 'study', 'watch', 'review', 'skim', 'listen to', 'read up', 'read up on', 'look over']),
  // Reading matter named next to a session is a preparation question even without a verb.
  entry('READING', true, ['læsning', 'materiale', 'materialet', 'materialer', 'litteratur', 'litteraturen', 'tekst', 'tekster',
    'teksterne', 'artikel', 'artikler', 'artiklerne', 'bog', 'bogen', 'bøger', 'slides', 'video', 'videoer', 'podcast', 'case',
    'casen', 'læsemateriale', 'læseliste', 'kompendium', 'kompendiet', 'kapitel', 'kapitler', 'noter', 'oplæg', 'oplægget',
    'pensumliste', 'læsestoffet'],
    ['reading', 'readings', 'material', 'materials', 'literature', 'texts', 'articles', 'article', 'book', 'books', 'reading list',
      'slides', 'video', 'videos', 'podcast', 'case', 'paper', 'papers', 'handouts', 'reader', 'compendium', 'chapter', 'chapters',
      'notes', 'resources', 'links', 'reading material', 'course material']),
  // "Tage … med" and "have … med" split around what is brought; read-structure.ts joins them.
  entry('BRING', true, ['medbringe', 'medbring', 'have med', 'tage med', 'have noget med', 'tage noget med', 'have med mig',
    'tage med mig', 'pakke', 'huske', 'medbringes', 'slæbe med', 'tag med'], ['bring', 'bring along', 'pack', 'take with me', 'carry',
    'take along', 'bring with me', 'need to bring', 'to bring', 'wear']),
  // "Er der noget at læse": something to do, as "anything to read".
  entry('WHAT', false, ['hvad', 'hvilke', 'hvilken', 'hvilket', 'noget at'], ['what', 'whats', 'which', 'anything']),
  entry('HOW', false, ['hvordan'], ['how', 'hows']),
  // "Hvem har ellers meldt afbud", "who else is coming": about other people.
  entry('WHO', false, ['hvem'], ['who', 'whom', 'whos']),
  entry('SHOULD', true, ['skal', 'bør', 'burde', 'skal jeg', 'behøver', 'skulle', 'forventes', 'forventet', 'nødt til', 'have brug for',
    'har brug for', 'kræves', 'påkrævet', 'obligatorisk'],
    ['should', 'need', 'needs', 'must', 'have to', 'supposed to', 'expected', 'required', 'gotta', 'got to', 'ought', 'mandatory',
      'compulsory', 'has to', 'do i need']),
  entry('ABOUT', true, ['handler', 'om', 'indhold', 'indholdet', 'tema', 'temaet', 'emne', 'emnet', 'emner', 'fortæl', 'beskrivelse',
    'beskriv', 'fokus', 'fokusset', 'formål', 'formålet', 'læringsmål', 'gennemgår', 'lærer vi', 'skal vi lære', 'arbejder vi med',
    'skal vi lave', 'laver vi', 'skal vi arbejde med', 'går ud på', 'går det ud på', 'handle om'],
    ['about', 'content', 'contents', 'topic', 'topics', 'theme', 'tell', 'describe', 'description', 'focus', 'purpose', 'cover',
      'covered', 'covers', 'learn', 'learning goals', 'objectives', 'outline', 'syllabus', 'are we doing', 'will we do', 'do we do',
      'will we be doing', 'are we going to do']),
  // What a day holds.
  entry('AGENDA', true, ['dagsorden', 'dagsordenen', 'agenda', 'agendaen', 'program for dagen', 'dagens program', 'plan for dagen',
    'dagsprogram', 'dagsprogrammet', 'indhold på dagen', 'programmet for dagen', 'planen for dagen', 'dagens plan', 'dagsplan',
    'dagsplanen', 'tidsplan for dagen', 'tidsplanen for dagen', 'forløbet på dagen', 'dagens forløb', 'program for dagen'],
    ['agenda', 'agendas', 'programme for the day', 'plan for the day', 'running order', 'rundown', 'day plan', 'days plan',
      'schedule for the day', 'timetable for the day', 'order of the day', 'programme of the day', 'program for the day',
      'outline of the day', 'days programme', 'days program', 'days agenda', 'days schedule']),
  entry('ELECTIVE', true, ['valgmodul', 'valgmoduler', 'valgmodulet', 'valgmodulerne', 'valgfag', 'valgfagene',
    'valg modul', 'valg moduler', 'valgfri moduler', 'valgfrie moduler', 'valgfrit modul', 'diplommodul', 'diplommoduler', 'diplommodulerne',
    'valgfrie', 'valgfri', 'tilvalg', 'valgfag', 'valgmulighed', 'valgmuligheder', 'valgmulighederne', 'valgfaget', 'diplommodulet',
    'valgkursus', 'valgkurser', 'valgfrit'],
    ['elective', 'electives', 'optional module', 'optional modules', 'elective module', 'elective modules', 'optional', 'optionals',
      'elective course', 'elective courses', 'options to choose', 'diploma module', 'diploma modules', 'diploma course',
      'diploma courses', 'optional course', 'optional courses']),
  // One elective (singular): "hvornår er mit næste valgmodul" asks for a session of it.
  entry('ELECTIVE_ONE', true, ['valgmodul', 'valgmodulet', 'valgfag', 'valgfaget', 'diplommodul', 'diplommodulet', 'valgfrit modul',
    'valgkursus'], ['elective', 'elective module', 'optional module', 'elective course', 'diploma module', 'diploma course',
    'optional course']),
  // Leadership subjects, as electives of a leadership diploma are named: "tilmeld mig forandringsledelse".
  entry('SUBJECT', true, ['forandring', 'forandringer', 'forandringsledelse', 'strategi', 'strategisk', 'strategisk ledelse', 'coaching',
    'coachende', 'innovation', 'samskabelse', 'kommunikation', 'læring', 'kompetenceudvikling', 'samarbejde', 'styring',
    'personaleledelse', 'projektledelse', 'konflikthåndtering', 'konflikter', 'økonomistyring', 'forhandling', 'motivation',
    'trivsel', 'arbejdsmiljø', 'organisation', 'psykologi', 'faglig ledelse', 'distanceledelse', 'selvledelse'],
    ['change management', 'leading change', 'strategy', 'strategic', 'strategic leadership', 'coaching', 'innovation',
      'co creation', 'cocreation', 'communication', 'learning', 'competence development', 'collaboration', 'governance',
      'project management', 'conflict', 'conflict management', 'negotiation', 'motivation', 'wellbeing', 'well being', 'psychology',
      'organisation', 'organization', 'people management', 'self leadership', 'leading learning', 'leading collaboration']),
  // "diploma" alone may be about a certificate; only "diploma module(s)" is the electives.
  entry('DIPLOMA', true, ['diplom', 'diplomuddannelse', 'diplomuddannelsen', 'ects', 'ects point', 'point', 'studiepoint'],
    ['diploma', 'ects', 'ects points', 'credits', 'credit points']),
  entry('HELP', true, ['hjælp', 'menu', 'kommandoer', 'hvad kan jeg spørge om', 'hvad kan jeg spørge dig om', 'hvordan virker du',
    'hvordan virker det', 'hvordan bruger jeg dig', 'vejledning', 'hjælpe', 'hjælp mig', 'hvad kan jeg skrive', 'hvad kan jeg gøre',
    'hvad skal jeg skrive', 'hvordan fungerer du', 'hvad kan jeg bruge dig til', 'hvad bruger jeg dig til', 'forstår ikke',
    'forstår det ikke', 'jeg er forvirret', 'forvirret', 'hvordan kommer jeg i gang', 'hvad gør jeg', 'hvad nu', 'hvordan bruger jeg',
    'ved ikke hvad jeg skal', 'ved ikke hvad jeg kan', 'hvordan bruger man', 'hvordan fungerer det', 'brugsanvisning', 'muligheder', 'eksempler', 'support',
    'menuen', 'hjælpen', 'vejledningen', 'instruktioner', 'instruktion', 'sidder fast', 'kommer ikke videre', 'ny her', 'ny bruger',
    'kom i gang', 'komme i gang', 'brugervejledning', 'gode råd', 'tips', 'tip', 'fif', 'kommando', 'funktioner', 'funktionerne',
    'hvad kan man', 'ved ikke hvordan', 'forstår ikke hvordan', 'forstår ikke hvad'],
    ['help', 'menu', 'commands', 'what can i ask', 'how does this work', 'how do you work', 'how do i use you', 'instructions',
      'options', 'help me', 'what can i say', 'what can i type', 'what should i ask', 'how to use', 'how do i use this', 'examples',
      'guide', 'manual', 'support', 'need help', 'what do i do', 'what can i do here', 'what can i use you for', 'dont understand',
      'do not understand', 'dont get it', 'im confused', 'confused', 'im lost', 'how do i start', 'getting started', 'get started', 'what now',
      'how does it work', 'how does this bot work', 'how do i ask', 'how do i use', 'not sure what', 'dont know what',
      'how to use this', 'what do i use you for', 'stuck', 'im stuck', 'usage', 'tips', 'tip', 'hints', 'new here', 'im new',
      'first time', 'how to', 'how this works', 'how it works', 'features', 'functions', 'what are my options', 'dont get how', 'lost',
      'not sure how', 'dont know how', 'walk me through', 'show me around', 'tutorial', 'faq', 'faqs', 'cheat sheet']),
  // Using or talking to the bot: "hvordan virker det her", "how do I talk to this thing".
  entry('USE', true, ['virker', 'fungerer', 'bruge', 'bruger', 'bruges', 'anvende', 'anvender', 'snakke med', 'tale med',
    'skrive til', 'skrive med', 'kommunikere med', 'spørge dig', 'betjene'], ['work', 'works', 'use', 'talk to', 'chat with',
    'speak to', 'write to', 'operate', 'interact with', 'talk with', 'speak with', 'ask you', 'talking to', 'talking with',
    'chatting with', 'chatting to', 'speaking to', 'speaking with', 'writing to', 'writing with']),
  // Questions as a thing: "hvilke spørgsmål kan jeg stille", "example questions".
  entry('QUESTION_NOUN', true, ['spørgsmål', 'spørgsmålene', 'eksempel', 'eksempler', 'eksempelspørgsmål', 'forespørgsler',
    'slags spørgsmål', 'typer af spørgsmål'], ['questions', 'example questions', 'example', 'examples', 'kind of questions',
    'kinds of questions', 'type of questions', 'types of questions', 'things to ask', 'prompts', 'queries', 'sort of things',
    'kind of things', 'what sort of things', 'sample questions']),
  // Who the bot is: "er det en rigtig person", "is this ChatGPT", "who built this bot".
  entry('IDENTITY', true, ['menneske', 'person', 'rigtig person', 'ægte person', 'ægte', 'levende person', 'robot', 'kunstig intelligens',
    'ai', 'chatgpt', 'gpt', 'copilot', 'maskine', 'lavet', 'bygget', 'udviklet', 'står bag', 'programmeret', 'navn', 'hedder',
    'sprogmodel'], ['human', 'person', 'real person', 'real', 'actual person', 'live person', 'robot', 'artificial intelligence',
    'ai', 'chatgpt', 'gpt', 'copilot', 'machine', 'made', 'built', 'created', 'developed', 'behind', 'programmed', 'name',
    'called', 'language model', 'llm']),
  // The bot, addressed or named: with IDENTITY it asks who the bot is.
  entry('YOU', false, ['du', 'dig', 'dig selv', 'bot', 'botten', 'den her bot', 'denne bot', 'chatbot', 'chatbotten',
    'programbot', 'den her ting', 'den her chat', 'chatten', 'din'], ['you', 'yourself', 'u', 'bot', 'the bot',
    'this bot', 'chatbot', 'this thing', 'this chat', 'programmebot', 'your', 'this']),
  // About the bot itself: who it is and what it can do.
  entry('ABOUT_BOT', true, ['hvem er du', 'hvad er du', 'hvad kan du', 'hvad kan du gøre', 'hvad kan du hjælpe med',
    'hvad kan du hjælpe mig med', 'hvad kan du så', 'er du en robot', 'er du en bot', 'er du et menneske', 'er du en chatbot',
    'er du en ai', 'hvad hedder du', 'præsenter dig', 'fortæl om dig selv', 'hvad laver du', 'hvad bruges du til', 'hvad er du for en',
    'hvad er det for en bot', 'hvad er du for noget', 'hvad er det her', 'hvem taler jeg med', 'hvad kan du svare på', 'hvem skriver jeg med',
    'hvem har lavet dig', 'er du chatgpt', 'hvad er formålet med dig', 'hvad er du god til', 'hvad kan den her bot', 'hvad kan botten',
    'hvad laver den her bot', 'hvad ved du', 'hvad kan du hjælpe med', 'hvad er din opgave', 'hvad er det du kan', 'om dig selv',
    'hvad kan du bruges til', 'hvad er meningen med dig', 'hvad kan du finde ud af', 'hvad er du for en størrelse'],
    ['who are you', 'what are you', 'what can you do', 'what can you help with', 'what can you help me with', 'what do you do',
      'are you a bot', 'are you a robot', 'are you human', 'are you a person', 'are you real', 'are you an ai', 'whats your name',
      'what is your name', 'introduce yourself', 'tell me about yourself', 'what are you for', 'what is this bot', 'whats this bot',
      'who am i talking to', 'who is this', 'what can you answer', 'what are you able to do', 'what do you know', 'your name',
      'who made you', 'who built you', 'are you chatgpt', 'are you ai', 'what kind of bot are you', 'what is your purpose',
      'whats your purpose', 'what is this', 'whats this', 'what are you good at', 'what can u do', 'what do you help with',
      'what are your capabilities', 'what can this bot do', 'what does this bot do', 'what do you do exactly']),
  entry('GREETING', true, ['hej', 'hejsa', 'hejhej', 'hej hej', 'hallo', 'halløj', 'goddag', 'godmorgen', 'god morgen', 'godaften',
    'god aften', 'god eftermiddag', 'davs', 'dav', 'morn', 'mojn', 'hey', 'hi', 'hilsen', 'hvordan går det', 'går det godt',
    'hvordan har du det', 'kære', 'hej igen', 'godmorn', 'go morgen', 'god formiddag', 'halløjsa', 'hejsa igen', 'hej alle',
    'hej med dig', 'hva så', 'hvad så', 'alt vel', 'god dag', 'hey hey',
    'hej bot', 'hej botten'],
    ['hello', 'hi', 'hey', 'hey there', 'hi there', 'hello there', 'good morning', 'good afternoon', 'good evening', 'morning',
      'howdy', 'greetings', 'hiya', 'how are you', 'how r you', 'hows it going', 'how is it going', 'dear', 'sup', 'hei', 'heya',
      'hey hey', 'hello again', 'whats up', 'good day', 'afternoon', 'evening', 'hi all', 'hello all', 'hey all', 'hi everyone',
      'hello everyone', 'hey everyone', 'hows things', 'how are things', 'how are you doing', 'how you doing', 'hows your day',
      'top of the morning', 'ahoy', 'hey bot',
      'hi bot', 'hello bot']),
  entry('THANKS', true, ['tak', 'mange tak', 'tusind tak', 'tak skal du have', 'tak for det', 'tak for hjælpen', 'takker', 'tak tak',
    'tak for svaret', 'tak for info', 'tak for informationen', 'takk', 'tak for hjælp', 'tak for nu', 'forstået', 'tak for svar',
    'det var det jeg skulle bruge', 'det hjalp', 'du er en stjerne', 'tak igen', 'tak så meget', 'tak for hurtigt svar', 'takke',
    'taknemmelig', 'tak for din hjælp', 'tak for oplysningen', 'tak for svarene', 'så er jeg klar', 'det var nok', 'det var alt',
    'det var det', 'du er sød', 'du er god', 'du er guld værd', 'tak for nu'],
    ['thanks', 'thank you', 'thank u', 'thanks a lot', 'many thanks', 'thank you very much', 'thanks so much', 'cheers',
      'much appreciated', 'appreciate it', 'thanks a bunch', 'thanks a million', 'thanks for the help', 'thanks for your help', 'thank', 'thanx', 'thankyou', 'ta',
      'got it', 'understood', 'noted', 'that helps', 'that helped', 'thats helpful', 'you are a star', 'youre a star', 'tysm',
      'much obliged', 'grateful', 'i appreciate it', 'appreciated', 'nice one', 'thanks again', 'thank you so much', 'thanks heaps',
      'that was helpful', 'that is helpful', 'that was useful', 'thats all', 'thats it', 'that will do', 'youre the best',
      'you are the best', 'legend', 'youre a legend', 'ace']),
  // Words of praise: fine next to thanks ("super, tak!"), but a remark, not a question, on their own.
  entry('PRAISE', true, ['super', 'perfekt', 'fint', 'fedt', 'dejligt', 'dejlig', 'godt', 'god', 'skønt', 'fantastisk', 'fremragende',
    'fantastisk', 'sejt', 'flot', 'glimrende', 'top', 'alletiders', 'lækkert'],
    ['great', 'perfect', 'awesome', 'nice', 'cool', 'lovely', 'brilliant', 'excellent', 'wonderful', 'fantastic', 'good', 'super',
      'amazing', 'sweet', 'fine', 'helpful', 'very helpful', 'splendid']),
  // Understood, asks nothing by itself.
  entry('DOMAIN', true, ['leder', 'ledere', 'ledelse', 'ledelses', 'lederudvikling', 'lederudviklings', 'fælles', 'intro', 'opstart',
    'opstarten', 'afslutning', 'afslutningen', 'lederuddannelse', 'uddannelse', 'uddannelsen', 'forløbs',
    'lederskab', 'udvikling', 'udviklings', 'kommunen', 'kommune', 'hr', 'chef', 'chefer', 'direktion', 'direktionen', 'direktør',
    'ledere af medarbejdere', 'topledelse', 'topledelsen', 'mellemleder', 'mellemledere', 'teamleder', 'teamledere'],
    ['leadership', 'leader', 'leaders', 'kickoff', 'kick off', 'intro', 'closing', 'development', 'leadership development', 'hr',
      'leaders of employees', 'top management', 'heads of area', 'head of area', 'managers', 'manager', 'team leaders', 'team leader']),
  entry('LEVEL_NOUN', true, ['niveau', 'niveauet', 'lederniveau', 'ledelsesniveau', 'trin'], ['level', 'tier']),
  // Sparring partners: words the bot does not answer yet, so a question about them is not about the schedule.
  entry('SPARRING', true, ['sparringspartner', 'sparringspartnere', 'sparring', 'makker', 'partner'], ['sparring', 'sparring partner',
    'buddy', 'partner', 'pair', 'peer']),
  // Words that make a sentence a question or a request; see the penalty in match-intent.ts.
  entry('ASK', false, ['kan', 'kunne', 'vil', 'venligst', 'fortæl', 'vis', 'giv', 'hvad', 'hvilke', 'hvilken', 'hvilket',
    'hvornår', 'hvor', 'hvordan', 'skal'], ['can', 'could', 'would', 'will', 'do', 'does', 'please', 'pls', 'plz', 'tell',
    'show', 'give', 'what', 'whats', 'which', 'when', 'whens', 'where', 'wheres', 'how', 'should']),
  // The bot answers about the coming session; a past one would get a wrong answer.
  entry('PAST', false, ['sidste', 'forrige', 'i går', 'tidligere', 'sidst', 'i forgårs', 'sidste gang'], ['last', 'previous', 'yesterday',
    'earlier', 'last time', 'the other day']),
  // The past tense alone is past only when nothing points ahead: "hvad var datoen for næste modul
  // igen?" asks to be reminded of a coming session (see match-intent.ts).
  entry('PAST_TENSE', false, ['var', 'havde', 'foregik', 'handlede', 'blev'], ['was', 'were', 'did', 'had']),
  // Self-service requests. They are recognised only in the shapes listed in match-intent.ts; for
  // every other intent these words block an answer, as before: a schedule answer to "cancel my
  // absence" or "add it to my calendar" would be wrong.
  entry('NOT', false, ['ikke', 'aldrig', 'ingen'], ['not', 'dont', 'cant', 'cannot', 'wont', 'isnt', 'never', 'unable',
    'couldnt', 'wouldnt', 'aint', 'shant']),
  entry('COME', true, ['komme', 'kommer', 'deltage', 'deltager', 'være med', 'være der', 'møde op', 'dukke op', 'nå', 'når det',
    'når at', 'nå det', 'kan nå', 'være til stede', 'deltage i', 'være på', 'være til', 'være tilstede', 'dukker op',
    'møder op', 'komme med', 'kommer med', 'være med til', 'deltagelse i', 'komme forbi', 'regne med mig', 'regn med mig'],
    ['come', 'coming', 'make', 'make it', 'attend', 'attending', 'join', 'be there', 'participate', 'go', 'be at', 'be present',
      'show up', 'turn up', 'be in', 'joining', 'participating', 'be coming', 'count on me', 'count me in']),
  entry('ABSENCE', true, ['afbud', 'glem mit afbud', 'glem afbuddet', 'melde afbud', 'meld afbud', 'afmelde', 'afmeld', 'fravær', 'fraværende', 'forhindret',
    'forhindres', 'melde fra', 'meld fra', 'melder fra', 'meldt fra', 'melde mig fra', 'meld mig fra', 'melder afbud', 'meldte afbud',
    'meldt afbud', 'meldte fra', 'afbuddet', 'afmeldt', 'afmeldte', 'afmelding', 'blive væk', 'bliver væk', 'udeblive',
    'udebliver', 'forhindringer', 'sige fra', 'siger fra', 'melde forfald', 'forfald', 'skrive mig ud', 'tage mig af listen'],
    ['absence', 'absent', 'apologies', 'send my apologies', 'unavailable', 'count me out', 'sign me off', 'opt out of',
      'excuse me from', 'send apologies', 'give apologies', 'forget my absence', 'excused', 'pull out', 'pull out of', 'drop out',
      'drop out of', 'bow out', 'sit out', 'stay away', 'take me off', 'absences', 'mark me absent', 'mark me as absent',
      'call in absent']),
  entry('CANCEL', true, ['annuller', 'annullere', 'annullér', 'fortryd', 'fortryde', 'tilbagekald', 'træk', 'træk tilbage', 'glem mit afbud', 'glem afbuddet',
    'gælder ikke', 'gælder ikke mere', 'gælder ikke længere', 'se bort fra', 'drop',
    'trække tilbage', 'aflys', 'aflyse', 'aflyst', 'slet', 'slette', 'fjern', 'fjerne', 'fortrudt', 'fortrød', 'fortryder',
    'trækker tilbage', 'trak tilbage', 'tilbagetræk', 'tilbagetrække', 'ophæv', 'ophæve', 'omgør', 'omgøre', 'glem det', 'glem'],
    ['cancel', 'cancelled', 'canceled', 'withdraw', 'undo', 'revoke', 'retract', 'remove', 'delete', 'take back', 'forget my absence', 'scratch',
      'ignore', 'disregard', 'drop', 'no longer applies', 'no longer', 'scrap', 'scrap that', 'reverse', 'undo that', 'rescind',
      'call off', 'take it back', 'forget']),
  // "Jeg meldte afbud ved en fejl": an absence given by mistake is one to withdraw.
  entry('MISTAKE', true, ['ved en fejl', 'fejl', 'fejlagtigt', 'ved et uheld', 'forkert', 'en fejl', 'fejlede', 'uheld', 'kom til at'],
    ['by mistake', 'mistake', 'by accident', 'accidentally', 'wrongly', 'in error', 'mistakenly', 'wrong', 'error', 'accident',
      'didnt mean to']),
  // "Jeg har ikke valgt endnu": not yet, so still to do.
  entry('YET', false, ['endnu', 'endnu ikke', 'stadig ikke', 'stadigvæk ikke'], ['yet', 'not yet', 'still havent', 'still not']),
  // The waiting list for a full elective.
  entry('WAITLIST', true, ['venteliste', 'ventelisten', 'ventelister', 'kø', 'køen', 'venteplads'], ['waiting list', 'waitlist',
    'wait list', 'waiting-list', 'queue']),
  // A change of mind about coming: "jeg har ombestemt mig, jeg kommer", "I changed my mind, I'll come".
  entry('AFTER_ALL', false, ['alligevel', 'alligevel godt', 'godt alligevel', 'når alligevel', 'ombestemt mig', 'har ombestemt mig'],
    ['after all', 'anyway', 'anyways', 'never mind', 'nevermind', 'after all that', 'now i can', 'can now', 'changed my mind',
      'change of plans']),
  // "hvis jeg ikke kan komme" asks what happens; it registers nothing.
  entry('IF', false, ['hvis', 'hvad nu hvis', 'i fald'], ['if', 'what if', 'in case', 'suppose']),
  entry('CALENDAR', true, ['kalender', 'kalenderen', 'kalenderfil', 'outlook', 'ics', 'invitation', 'invitationer', 'mødeindkaldelse',
    'indkaldelse', 'kalenderinvitation', 'outlookinvitation'],
    ['calendar', 'calender', 'outlook', 'ics', 'ical', 'icalendar', 'calendar file', 'invite', 'invites', 'invitation',
      'calendar invite', 'meeting invite']),
  entry('ADD', true, ['tilføje', 'tilføj', 'føj', 'føje', 'sæt', 'sætte', 'lægge', 'læg', 'importere', 'importer',
    'synkronisere', 'synkroniser', 'hent', 'hente', 'eksportere', 'abonnere', 'abonner', 'ind i', 'få ind', 'overføre'],
    ['add', 'put', 'import', 'sync', 'export', 'download', 'save', 'subscribe', 'get into', 'into']),
  entry('CHANGE', true, ['ændre', 'ændret', 'skifte', 'skift', 'bytte', 'byt'], ['change', 'changed', 'switch', 'swap']),
  // Choosing is also filler in a question ("which electives can I choose"); see the rules.
  entry('CHOOSE', true, ['vælg', 'vælge', 'tilmeld', 'tilmelde', 'tilmelding', 'valg', 'valget', 'valgt', 'vælger', 'valgte',
    'melde mig til', 'meld mig til', 'skrive mig op', 'skriv mig op', 'tilmelder', 'tilmeldt', 'foretrækker', 'prioritere'],
    ['choose', 'pick', 'select', 'sign up', 'signup', 'sign me up', 'enrol', 'enroll', 'register', 'choice', 'choices', 'chosen',
      'picked', 'selected', 'opt for', 'go for', 'put me down for', 'sign up for', 'enrol me', 'enroll me', 'prefer', 'apply for']),
  // Things the bot cannot do (moving sessions, reminders on request), plus negation, opinions and
  // everyday topics: an answer about the schedule would be wrong there.
  entry('BLOCK', true, ['flytte', 'flyttet', 'påmind', 'påmindelse', 'husk mig', 'rykke', 'rykket', 'udskyde', 'udskudt',
    'ud af', 'droppe ud'], ['reschedule', 'move', 'moved', 'remind', 'reminder', 'postpone', 'postponed', 'quit']),
  // What keeps a leader away. With a session or a date it is an absence ("jeg er syg på torsdag");
  // alone it is a remark, and next to a colleague it is someone else's absence (BLOCK).
  entry('REASON', true, ['syg', 'sygemeldt', 'ferie', 'på ferie', 'bortrejst', 'ude at rejse', 'tandlæge', 'tandlægen', 'læge',
    'lægen', 'barn syg', 'barnets første sygedag', 'optaget', 'dobbeltbooket', 'dobbelt booket', 'barn', 'barnet', 'børn', 'børnene',
    'datter', 'søn', 'sygt', 'forkølet', 'influenza', 'covid', 'corona', 'begravelse', 'bryllup', 'konference', 'tjenesterejse',
    'sygdom', 'lægebesøg', 'hospital', 'hospitalet', 'operation', 'ferien', 'afspadsering', 'fri', 'fridag', 'orlov', 'kursus andetsteds'],
    ['sick', 'ill', 'on holiday', 'on vacation', 'away', 'travelling', 'traveling', 'dentist', 'doctor', 'double booked',
      'double-booked', 'busy', 'out of office', 'ooo', 'off sick', 'kid', 'kids', 'child', 'children', 'daughter', 'son', 'flu',
      'covid', 'funeral', 'wedding', 'conference', 'business trip', 'appointment', 'hospital', 'surgery', 'unwell', 'poorly',
      'day off', 'time off', 'annual leave', 'abroad', 'clash', 'clashes', 'conflict with', 'something came up']),
  // "Springe … over" splits around its object ("springe næste modul over"): the verb alone says it.
  entry('MISS', true, ['misse', 'misser', 'gå glip af', 'springe over', 'springer over', 'springe', 'springer', 'skippe', 'skipper'],
    ['miss', 'skip', 'be missing', 'missing', 'will miss', 'have to miss', 'gonna miss']),
  entry('ATTENDANCE', true, ['deltagelse', 'tilmelding', 'plads', 'pladsen'], ['participation', 'attendance', 'spot', 'seat',
    'place', 'registration']),
  // Verbs of asking: "hvad kan man spørge om", "what can I type".
  // What the bot understands or answers is what one may ask it: "hvilke spørgsmål forstår du".
  entry('ASK_VERB', true, ['spørge', 'spørg', 'skrive', 'sige', 'stille', 'spørger', 'skriver', 'forstår', 'forstå', 'svare på', 'svarer på'],
    ['ask', 'write', 'type', 'say', 'asking', 'typing', 'enter', 'understand', 'answer']),
  entry('BLOCK', false, ['synes', 'mener', 'kan lide', 'tænker', 'mening', 'syntes', 'dårlig', 'dårligt', 'spændende', 'kedelig',
    'kedeligt', 'interessant', 'feedback', 'vejr', 'vejret', 'klokken', 'budget', 'budgettet',
    'løn', 'ferie', 'lønnen', 'frokost', 'kantine', 'kantinen', 'kaffe', 'password', 'adgangskode', 'printer', 'wifi', 'mail',
    'e-mail', 'email', 'borger', 'borgere', 'bestyrelse', 'bestyrelsen', 'byråd', 'byrådet', 'team', 'teamet',
    'afdeling', 'afdelingen', 'mødelokale', 'vagtplan', 'vagtplanen', 'sygemelding', 'barsel', 'overarbejde', 'udbetaling', 'skat',
    'teams møde', 'vitser', 'vits', 'joke', 'sjov', 'book et lokale', 'booke et lokale', 'booke et mødelokale', 'book et mødelokale',
    'bestille et lokale', 'reservere et lokale', 'bestil', 'bestille',
    // Money, and credit for the programme: what it costs, refunds, approval and certificates are
    // HR's, not the schedule's.
    'koster', 'pris', 'prisen', 'betale', 'betaling', 'faktura', 'fakturaen', 'refusion', 'refunderet', 'refundere', 'udlæg',
    'godkendt', 'godkende', 'godkendelse', 'bevis', 'beviset', 'kursusbevis', 'certifikat'],
    ['like', 'love', 'liked', 'loved', 'hate', 'think', 'opinion', 'thoughts', 'enjoy', 'enjoyed', 'bad', 'boring',
    'interesting', 'feedback', 'weather', 'budget', 'salary', 'vacation', 'holiday', 'lunch', 'canteen', 'cafeteria', 'coffee',
    'password', 'printer', 'wifi', 'email', 'e-mail', 'board', 'council', 'team', 'department', 'meeting room', 'rota', 'payday',
    'pay', 'paycheck', 'payslip', 'overtime', 'tax', 'joke', 'funny', 'vpn', 'parental leave', 'sick leave', 'leave', 'book a room',
    'book a meeting room', 'reserve a room', 'book me a room', 'book a table', 'order', 'election', 'elections',
    'cost', 'costs', 'price', 'fee', 'fees', 'invoice', 'refund', 'refunded', 'reimburse', 'reimbursed', 'expenses',
    'approved', 'approve', 'approval', 'accredited', 'accreditation', 'certificate']),
  // Other people: a question or an absence about them is not the leader's own (and blocks like BLOCK).
  entry('PERSON', true, ['medarbejder', 'medarbejderen', 'medarbejdere', 'medarbejderne', 'kollega', 'kollegaen', 'kollegaer',
    'kollegerne', 'kolleger', 'kollegaerne', 'chefen', 'min chef', 'direktøren', 'vikar', 'vikaren', 'assistent', 'sekretær',
    'sekretæren', 'ansat', 'ansatte', 'personale', 'personalet', 'nogen anden', 'hun', 'han', 'hende', 'ham',
    'hvem ellers', 'min stedfortræder', 'stedfortræder'],
    ['employee', 'employees', 'colleague', 'colleagues', 'coworker', 'coworkers', 'co-worker', 'staff', 'boss', 'director',
      'my manager', 'assistant', 'secretary', 'substitute', 'deputy', 'she', 'he', 'him', 'someone else', 'somebody else',
      'everyone else', 'who else', 'team member', 'team members', 'direct report', 'direct reports']),
  // Asking the clock or the date: "hvad er klokken", "what's the date today". Nothing to do with a session.
  entry('CLOCK', false, ['hvad er klokken', 'hvad er klokken nu', 'hvad er datoen i dag', 'hvilken dato er det i dag',
    'hvilken dag er det i dag', 'hvad dato er det i dag', 'hvilken ugedag er det i dag', 'hvad er det for en dag i dag',
    'hvilken uge er det nu', 'hvad uge er vi i', 'hvad er det for en dag', 'hvilken dag er det i morgen', 'hvad dag er det'],
    ['what time is it', 'what is the time', 'whats the time', 'what time is it now', 'whats the date today', 'what is the date today',
      'whats todays date', 'what is todays date', 'what day is it today', 'which day is it today', 'what day is today',
      'what week is it', 'which week is it', 'whats the week number', 'do you have the time', 'what day is it', 'what date is it',
      'what day will it be']),
  entry('FILLER', false, ['jeg', 'mig', 'min', 'mit', 'mine', 'er', 'der', 'de', 'en', 'et', 'og', 'i', 'på', 'til', 'for',
    'med', 'af', 'at', 'kan', 'vil', 'må', 'du', 'dig', 'din', 'dit', 'os', 'vores', 'man', 'så', 'lige', 'gerne',
    'venligst', 'have', 'har', 'nu', 'igen', 'også', 'lidt', 'noget', 'nogle', 'nok', 'mon', 'egentlig',
    'altså', 'fra', 'efter', 'inden', 'før', 'ved', 'hos', 'som', 'eller', 'please', 'få', 'finde', 'hvordan',
    'starter', 'begynder', 'slutter', 'varer', 'næstkommende', 'hedder', 'bliver', 'være', 'give', 'giv', 'tjek',
    'kommer', 'komme', 'ligesom', 'bot', 'botten', 'programbot', 'vælge', 'valgt', 'tilmelde', 'nummer', 'nr',
    'skrive', 'sige', 'over', 'info', 'information', 'detaljer', 'helt', 'mere', 'desværre', 'beklager', 'tilbage', 'glemt', 'har glemt', 'kan ikke huske', 'husker ikke', 'mulighed', 'mulighed for', 'i alt', 'ting', 'fået', 'fik', 'får', 'link', 'linket', 'fil', 'filen', 'google', 'iphone', 'telefon', 'mobil', 'i forvejen', 'på forhånd', 'forinden', 'inden da', 'bare', 'lige nu', 'lidt', 'så', 'okay', 'ok', 'nå', 'altså', 'jo', 'da', 'vel', 'hmm', 'øh', 'spørgsmål',
    'et spørgsmål', 'hurtigt spørgsmål', 'kort', 'kvik', 'undskyld', 'forstyrre', 'jeg tænkte', 'jeg spekulerer', 'spekulerer',
    'spekulerede', 'lurer', 'vide', 'ved', 'du', 'lige hurtigt', 'hvis du ved', 'ved du', 'nogen', 'hjemme', 'samlet set',
    'alt i alt', 'sgu', 'finder', 'alle sammen', 'allesammen', 'hele holdet', 'i løbet af', 'under', 'slags', 'type', 'typer',
    'selv', 'sådan', 'ligesom', 'faktisk', 'endelig', 'hvad angår', 'i forhold til', 'angående', 'vedrørende', 'med hensyn til',
    'omkring', 'cirka', 'ca', 'udbyder', 'udbydes', 'udbyde', 'tilbyder', 'tilbydes', 'tilbyde', 'giver', 'underviser', 'præcis', 'præcist', 'nøjagtig', 'nøjagtigt', 'eksakt', 'ellers', 'sammen', 'mon ikke', 'hvis muligt'],
  ['i', 'im', 'me', 'my', 'mine', 'is', 'are', 'am', 'the', 'a', 'an', 'its', 'of', 'for', 'to', 'in', 'on', 'at',
    'with', 'do', 'does', 'can', 'could', 'would', 'will', 'shall', 'you', 'your', 'our', 'us', 'please', 'pls',
    'plz', 'there', 'this', 'these', 'those', 'and', 'or', 'so', 'just', 'again', 'get', 'got', 'have', 'has', 'want',
    'know', 'find', 'give', 'let', 'lets', 'bot', 'one', 'some', 'any', 'up', 'then', 'now', 'kindly', 'quick',
    'question', 'start', 'starts', 'begin', 'begins', 'end', 'ends', 'exactly', 'choose', 'pick',
    'number', 'no', 'nr', 'programmebot', 'going', 'happening', 'coming', 'like to', 'tell', 'wondering',
    'hmm', 'um', 'id', 'ill', 'unfortunately', 'sorry', 'able', 'afraid', 'more', 'info', 'information', 'details',
    'ok', 'okay', 'quick question', 'q', 'put me down as', 'put me down', 'i forgot', 'forgot', 'forgotten', 'cant remember', 'dont remember', 'in total', 'total', 'altogether', 'thing', 'mark me', 'link', 'file', 'google', 'iphone', 'phone', 'mobile', 'beforehand', 'in advance', 'ahead', 'ahead of time', 'prior', 'wondering', 'curious', 'btw', 'by the way', 'actually', 'again', 'exactly',
    'anyone', 'someone', 'know', 'ya', 'yeah', 'yes', 'oh', 'so', 'well', 'real quick', 'mate', 'folks', 'theres', 'heres',
    'thats', 'during', 'kind of', 'sort of', 'type of', 'all of us', 'everyone', 'everybody', 'we all', 'all together', 'regarding',
    're', 'around', 'approximately', 'roughly', 'precisely', 'exact', 'also', 'too', 'still', 'need to know',
    'if possible', 'possibly', 'maybe', 'perhaps', 'sure', 'offers', 'offered', 'offer', 'runs', 'run', 'teaches', 'gives', 'right', 'basically', 'though', 'people', 'guys',
    'stuff', 'things']),
];

/**
 * Real words one slip away from a vocabulary word ("model"/"modul", "hver"/"hvor", "mens"/"menu",
 * "data"/"dato", "tak"/"træk") or equal to one typed without æøå ("andre" is "others", not "ændre"). They are
 * taken literally: never read as a typo, and never as a plain-vowel spelling.
 */
export const REAL_WORDS = new Set([
  'model', 'models', 'modus', 'modal', 'hver', 'hvert', 'hold', 'holdet', 'data', 'mens', 'ready', 'real', 'road',
  'being', 'lose', 'loese', 'neat', 'nest', 'text', 'best', 'hell', 'mest', 'andre', 'tak', 'for',
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
