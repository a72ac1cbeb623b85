/**
 * The words of the demo programme: names, areas, places and module texts, in Danish and
 * English. Kept apart from demo-programme.ts so the builder reads as structure and dates only.
 * Everything here is fictional; the themes follow the seed article about a municipality where
 * all ~200 leaders went through one programme together.
 */
import type { LocalizedText, Place } from '../domain/programme/model';

/** Danish first, English second, as every text in the demo is written. */
const both = (da: string, en: string): LocalizedText => ({ da, en });

/** Organisational areas ("områder") with how many leaders each has at level 1, 2 and 3. */
export const AREAS: readonly { name: string; leaders: readonly [number, number, number] }[] = [
  { name: 'Børn og Unge', leaders: [2, 8, 49] },
  { name: 'Social og Sundhed', leaders: [2, 7, 43] },
  { name: 'Teknik og Miljø', leaders: [1, 5, 24] },
  { name: 'Kultur og Fritid', leaders: [1, 3, 14] },
  { name: 'Borgerservice og Administration', leaders: [1, 4, 18] },
  { name: 'Beskæftigelse', leaders: [1, 3, 14] },
];

export const FIRST_NAMES: readonly string[] = [
  'Anne', 'Bente', 'Birgitte', 'Bodil', 'Camilla', 'Charlotte', 'Dorthe', 'Ellen', 'Gitte', 'Hanne',
  'Helle', 'Ida', 'Inge', 'Jette', 'Karen', 'Kirsten', 'Lene', 'Line', 'Lise', 'Louise', 'Lærke',
  'Maja', 'Malene', 'Marianne', 'Nanna', 'Pernille', 'Rikke', 'Sanne', 'Signe', 'Susanne', 'Sølvi',
  'Tina', 'Tove', 'Trine', 'Ulla', 'Vibeke', 'Åse', 'Allan', 'Bent', 'Bjørn', 'Bo', 'Carsten',
  'Christian', 'Claus', 'Erik', 'Flemming', 'Frederik', 'Henrik', 'Jakob', 'Jens', 'Jesper',
  'Jørgen', 'Kasper', 'Kim', 'Kåre', 'Lars', 'Mads', 'Martin', 'Michael', 'Mikkel', 'Morten',
  'Niels', 'Ole', 'Peter', 'Poul', 'Rasmus', 'Rune', 'Steen', 'Søren', 'Thomas', 'Torben',
  'Troels', 'Uffe',
];

export const LAST_NAMES: readonly string[] = [
  'Andersen', 'Bach', 'Berg', 'Bertelsen', 'Bæk', 'Bønnelykke', 'Christensen', 'Dahl', 'Damgaard',
  'Frandsen', 'Frølund', 'Graversen', 'Grønbech', 'Hansen', 'Holm', 'Højgaard', 'Jakobsen',
  'Jensen', 'Juhl', 'Kjeldsen', 'Kjær', 'Kjærsgaard', 'Knudsen', 'Kristensen', 'Larsen',
  'Lauridsen', 'Lund', 'Madsen', 'Mikkelsen', 'Mortensen', 'Møller', 'Nielsen', 'Nygaard',
  'Nørgaard', 'Olsen', 'Pedersen', 'Poulsen', 'Rasmussen', 'Schmidt', 'Skov', 'Søndergaard',
  'Sørensen', 'Thomsen', 'Toft', 'Vestergaard', 'Østergaard', 'Ågaard',
];

/** A map search for a (fictional) address: what a programme file would link to. */
const mapOf = (address: string): string => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

/** The joint gatherings need a hall for ~200; the other modules use smaller rooms. */
export const PLACES = {
  gathering: { name: 'Kulturhuset Fjordsalen', address: 'Havnepladsen 4, 4400 Fjordby', room: 'Store sal', mapUrl: mapOf('Havnepladsen 4, 4400 Fjordby') },
  leadership: { name: 'Rådhuset', address: 'Rådhustorvet 1, 4400 Fjordby', room: 'Byrådssalen', mapUrl: mapOf('Rådhustorvet 1, 4400 Fjordby') },
  /** Level-3 runs are held two at a time, side by side. */
  employeeRuns: [
    { name: 'Strandvejens Kursuscenter', address: 'Strandvejen 112, 4400 Fjordby', room: 'Bøgen', mapUrl: mapOf('Strandvejen 112, 4400 Fjordby') },
    { name: 'Strandvejens Kursuscenter', address: 'Strandvejen 112, 4400 Fjordby', room: 'Egen', mapUrl: mapOf('Strandvejen 112, 4400 Fjordby') },
  ],
  elective: (room: string): Place => ({
    name: 'Professionshøjskolen (demo), Campus Fjordby',
    address: 'Seminarievej 5, 4400 Fjordby',
    room,
    mapUrl: mapOf('Seminarievej 5, 4400 Fjordby'),
  }),
} as const;

/** Where a module's slides and reading are (the programme's own site; the demo's is made up). */
export const materialsOf = (moduleId: string): string => `https://kommune.example/lederudvikling/materialer/${moduleId}`;

export const FACILITATOR = 'Konsulenthuset Fælles Retning (demo) og Professionshøjskolen (demo)';
export const ELECTIVE_PROVIDER = 'Professionshøjskolen (demo)';

/** What a leader reads about a module and each of its sessions. */
export interface ModuleText {
  title: LocalizedText;
  description: LocalizedText;
  preparation: LocalizedText;
  agenda: LocalizedText[];
}

/** One round of the programme: a gathering for all, then one module for levels 1+2 and one for level 3. */
export interface CycleText {
  gathering: ModuleText;
  leadership: ModuleText;
  employees: ModuleText;
}

export const CYCLES: readonly CycleText[] = [
  {
    gathering: {
      title: both('Fællessamling 1: Et fælles ledelsessprog', 'Joint gathering 1: A shared leadership language'),
      description: both(
        'Alle kommunens ledere taler ledelsesgrundlaget sammen: Hvad betyder det i praksis, og hvordan bliver det vores fælles sprog på tværs af områder og niveauer?',
        "All the municipality's leaders talk the leadership principles through together: what do they mean in practice, and how do they become our shared language across areas and levels?",
      ),
      preparation: both(
        'Læs ledelsesgrundlaget, og notér én situation fra din hverdag, hvor det blev sat på prøve.',
        'Read the leadership principles and note one situation from your everyday work where they were put to the test.',
      ),
      agenda: [
        both('Velkomst ved kommunaldirektøren', 'Welcome from the chief executive'),
        both('Ledelsesgrundlaget i praksis – oplæg og cases', 'The leadership principles in practice – talk and cases'),
        both('Læringsgrupper på tværs af områder', 'Learning groups across areas'),
        both('Fælles opsamling og aftaler til næste gang', 'Plenary summing-up and agreements for next time'),
      ],
    },
    leadership: {
      title: both('Strategisk retning fra ledelsesgrundlaget', 'Strategic direction from the leadership principles'),
      description: both(
        'Direktion og chefer oversætter de fælles visioner og styringsgrundlaget til retning for deres egne områder.',
        'Top management and heads of area translate the shared visions and governance framework into direction for their own areas.',
      ),
      preparation: both("Medbring dit områdes vigtigste mål for året.", "Bring your area's most important goals for the year."),
      agenda: [
        both('Visioner og styringsgrundlag – hvad binder os sammen?', 'Visions and governance – what holds us together?'),
        both('Fra fælles retning til områdets prioriteter', "From a shared direction to the area's priorities"),
        both('Aftaler om opfølgning i chefgruppen', 'Agreeing on follow-up among the heads of area'),
      ],
    },
    employees: {
      title: both('Ledelsesgrundlaget tæt på medarbejderne', 'The leadership principles close to your employees'),
      description: both(
        'Ledere af medarbejdere arbejder med, hvordan ledelsesgrundlaget ser ud i den daglige drift – med cases fra egen hverdag.',
        'Leaders of employees work on what the leadership principles look like in daily operations – with cases from their own work.',
      ),
      preparation: both('Tag en konkret case med fra din hverdag (højst én side).', 'Bring one concrete case from your everyday work (one page at most).'),
      agenda: [
        both('Casearbejde i læringsgruppen', 'Case work in the learning group'),
        both('Ledelsesgrundlaget i driften', 'The leadership principles in daily operations'),
        both('Min næste ledelseshandling', 'My next leadership action'),
      ],
    },
  },
  {
    gathering: {
      title: both('Fællessamling 2: Inviter hinanden ind i ledelsesrummet', 'Joint gathering 2: Inviting each other into our leadership space'),
      description: both(
        'Vi øver os i at åbne vores ledelsesrum for hinanden: vise sårbarhed, bede om sparring og udfordre den måde, vi er vant til at lede på.',
        'We practise opening our leadership space to each other: showing vulnerability, asking for sparring and challenging the way we are used to leading.',
      ),
      preparation: both(
        'Vælg et ledelsesdilemma, som du gerne vil have en kollega fra et andet område til at se på.',
        'Pick a leadership dilemma you would like a colleague from another area to look at.',
      ),
      agenda: [
        both('Oplæg: Sårbarhed og risikovillighed som styrke', 'Talk: Vulnerability and willingness to take risks as a strength'),
        both('Sparring i trioer på tværs af områder og niveauer', 'Sparring in threes across areas and levels'),
        both('Refleksion: Hvad gør jeg anderledes i morgen?', 'Reflection: What will I do differently tomorrow?'),
      ],
    },
    leadership: {
      title: both('Ledelsesrum i toppen: at gå forrest', 'Leadership space at the top: leading by example'),
      description: both(
        'Direktion og chefer arbejder med, hvordan de selv inviterer andre ind i ledelsesrummet – og tager imod udfordringen.',
        'Top management and heads of area work on how they themselves invite others into their leadership space – and take the challenge.',
      ),
      preparation: both(
        'Tænk over en beslutning, hvor du gerne havde haft andre med tidligere.',
        'Think of a decision where you would have liked to involve others earlier.',
      ),
      agenda: [
        both('Feedback i direktion og chefgruppe', 'Feedback among top management and heads of area'),
        both('Beslutninger, der påvirker andre områder', 'Decisions that affect other areas'),
        both('Aftaler om fælles sparring', 'Agreeing on peer sparring'),
      ],
    },
    employees: {
      title: both('Sparring på tværs af områder', 'Peer sparring across areas'),
      description: both(
        'Ledere af medarbejdere bruger hinanden: Hvordan tænker man ledelse på andre områder end mit eget, og hvad kan jeg lære af det?',
        'Leaders of employees use each other: how is leadership thought about in areas other than my own, and what can I learn from it?',
      ),
      preparation: both(
        'Ring til en leder fra et andet område inden modulet, og hør om vedkommendes hverdag.',
        'Before the module, call a leader from another area and ask about their everyday work.',
      ),
      agenda: [
        both('Sparringsmodel og spilleregler', 'A model and ground rules for sparring'),
        both('Sparring på egne cases', 'Sparring on your own cases'),
        both('Find din sparringsmakker for det næste halve år', 'Find your sparring partner for the next six months'),
      ],
    },
  },
  {
    gathering: {
      title: both('Fællessamling 3: Sammenhængskraft på tværs og på langs', 'Joint gathering 3: Ties across areas and levels'),
      description: both(
        'Horisontal og vertikal sammenhængskraft: Hvor påvirker andres beslutninger mit arbejde, og hvor skaber vi sammen bedre resultater for borgerne?',
        "Horizontal and vertical ties: where do other people's decisions affect my work, and where do we create better results for citizens together?",
      ),
      preparation: both(
        'Tegn de tre samarbejder, dit område er mest afhængigt af.',
        'Draw the three collaborations your area depends on most.',
      ),
      agenda: [
        both('Et borgerforløb på tværs – fra start til slut', "One citizen's journey across areas – from start to finish"),
        both('Værksted: Fælles retning om én opgave', 'Workshop: A shared direction for one task'),
        both('Læringsgrupper: status og næste skridt', 'Learning groups: where we are and next steps'),
      ],
    },
    leadership: {
      title: both('Vertikal sammenhængskraft: fra direktion til teamleder', 'Vertical ties: from top management to team leader'),
      description: both(
        'Hvordan når retningen fra direktion og chefer ud til lederne af medarbejdere – og hvordan kommer deres erfaringer tilbage op?',
        'How does the direction set by top management and heads of area reach the leaders of employees – and how does their experience find its way back up?',
      ),
      preparation: both(
        'Spørg to af dine ledere, hvad de savner fra dig for at kunne sætte retning.',
        'Ask two of your leaders what they need from you to be able to set direction.',
      ),
      agenda: [
        both('Fortællinger fra lederne af medarbejdere', 'Stories from the leaders of employees'),
        both('Dialog op og ned i organisationen', 'Dialogue up and down the organisation'),
        both('Aftaler om dialog i eget område', 'Agreements on dialogue in your own area'),
      ],
    },
    employees: {
      title: both('Horisontale samarbejder om opgaveløsningen', 'Working across areas on the task'),
      description: both(
        'Ledere af medarbejdere bygger mere bæredygtige samarbejder på tværs om konkrete opgaver, så vi sætter et fælles aftryk.',
        'Leaders of employees build more lasting collaborations across areas around concrete tasks, so that we leave a shared mark.',
      ),
      preparation: both(
        'Vælg en opgave, som dit team løser sammen med et andet område.',
        'Pick a task your team solves together with another area.',
      ),
      agenda: [
        both('Kortlægning af samarbejdsflader', 'Mapping where we work together'),
        both('Fælles retning om en konkret opgave', 'A shared direction for one concrete task'),
        both('Aftaler med en kollega fra et andet område', 'Agreements with a colleague from another area'),
      ],
    },
  },
  {
    gathering: {
      title: both('Fællessamling 4: Et fælles grundlag – og hvad nu?', 'Joint gathering 4: A shared foundation – what next?'),
      description: both(
        'Vi samler op: Hvad har vi fået som samlet ledelse, og hvordan holder vi det fælles ledelsessprog levende i hverdagen?',
        'We sum up: what have we gained as one leadership, and how do we keep the shared leadership language alive in everyday work?',
      ),
      preparation: both(
        'Skriv tre linjer om, hvordan forløbet har ændret din måde at lede på.',
        'Write three lines on how the programme has changed the way you lead.',
      ),
      agenda: [
        both('Tilbageblik: Det har vi lært sammen', 'Looking back: what we have learnt together'),
        both('Borgernes perspektiv: Hvad har det gjort af forskel?', "The citizens' view: what difference has it made?"),
        both('Fremad: Vores aftaler som samlet ledelse', 'Looking ahead: our agreements as one leadership'),
      ],
    },
    leadership: {
      title: both('At holde ledelsesgrundlaget levende', 'Keeping the leadership principles alive'),
      description: both(
        'Direktion og chefer aftaler, hvordan ledelsesgrundlaget bliver brugt, fulgt op og fornyet, når forløbet er slut.',
        'Top management and heads of area agree how the leadership principles will be used, followed up and renewed once the programme ends.',
      ),
      preparation: both(
        'Medbring et forslag til, hvordan ledelsesgrundlaget kan indgå i dit områdes faste møder.',
        "Bring a proposal for how the leadership principles can be part of your area's regular meetings.",
      ),
      agenda: [
        both('Opfølgning i ledergrupperne', 'Follow-up in the leadership teams'),
        both('Nye ledere: sådan tager vi imod dem', 'New leaders: how we welcome them'),
        both('Plan for det næste år', 'A plan for the coming year'),
      ],
    },
    employees: {
      title: both('Bær dialogen videre til medarbejderne', 'Carrying the dialogue on to your employees'),
      description: both(
        'Ledere af medarbejdere forbereder, hvordan de inviterer medarbejderne ind i en dialog om ledelsesgrundlaget og kommunens fælles retning.',
        "Leaders of employees prepare how to invite their employees into a dialogue about the leadership principles and the municipality's shared direction.",
      ),
      preparation: both(
        'Planlæg et personalemøde, hvor du vil tale om ledelsesgrundlaget med dine medarbejdere.',
        'Plan a staff meeting where you will talk about the leadership principles with your employees.',
      ),
      agenda: [
        both('Dialogværktøjer til personalemødet', 'Dialogue tools for the staff meeting'),
        both('Øvelse: Sådan fortæller jeg om forløbet', 'Practice: how I tell others about the programme'),
        both('Min plan for dialogen med medarbejderne', 'My plan for the dialogue with my employees'),
      ],
    },
  },
];

/** Diploma electives on offer; ids are stable because participants' choices refer to them. */
export const ELECTIVES: readonly (ModuleText & { id: string; room: string })[] = [
  elective('elective-change', 'A1.12', both('Forandringsledelse', 'Leading change'), both(
    'at lede forandringer i en politisk styret organisation – fra beslutning til ny praksis',
    'leading change in a politically governed organisation – from decision to new practice',
  )),
  elective('elective-coaching', 'A1.14', both('Coaching i ledelse', 'Coaching in leadership'), both(
    'coachende samtaler med medarbejdere og kolleger',
    'coaching conversations with employees and colleagues',
  )),
  elective('elective-strategy', 'B2.03', both('Strategisk ledelse og styring', 'Strategic leadership and governance'), both(
    'at omsætte politiske mål til strategi og styring i eget område',
    'turning political goals into strategy and governance in your own area',
  )),
  elective('elective-learning', 'B2.05', both('Ledelse af læring og kompetenceudvikling', 'Leading learning and competence development'), both(
    'at lede læring i teams og udvikle medarbejdernes kompetencer',
    "leading learning in teams and developing employees' competences",
  )),
  elective('elective-innovation', 'C1.01', both('Innovation og samskabelse med borgerne', 'Innovation and co-creation with citizens'), both(
    'at lede nye løsninger sammen med borgere og civilsamfund',
    'leading new solutions together with citizens and civil society',
  )),
  elective('elective-collaboration', 'C1.07', both('Ledelse af samarbejde på tværs', 'Leading collaboration across boundaries'), both(
    'at lede samarbejde på tværs af fag, områder og organisationer',
    'leading collaboration across professions, areas and organisations',
  )),
];

/** Diploma electives share their preparation and day plan; only title and subject differ. */
function elective(id: string, room: string, title: LocalizedText, about: LocalizedText) {
  return {
    id,
    room,
    title,
    description: both(`Diplommodul (5 ECTS) om ${about.da}.`, `Diploma module (5 ECTS) on ${about.en}.`),
    preparation: both(
      'Læs det tilsendte kompendium, og skriv en halv side om en situation fra din egen ledelse, du vil arbejde med.',
      'Read the reader you were sent and write half a page on a situation from your own leadership you want to work on.',
    ),
    agenda: [
      both('Oplæg og teori', 'Lecture and theory'),
      both('Arbejde med egen ledelsespraksis', 'Working on your own leadership practice'),
      both('Opgavevejledning', 'Supervision of the written assignment'),
    ],
  };
}
