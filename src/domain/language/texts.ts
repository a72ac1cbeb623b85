/**
 * Every sentence the bot says, in Danish and English. Keys are grouped by feature. Values may
 * hold {placeholders} filled by `t()`; filled values are inserted as plain text, never evaluated.
 */
import type { Language, Level } from '../programme/model';
import { ANNOUNCEMENT_TEXTS } from './texts-announcements';
import { CALENDAR_TEXTS } from './texts-calendar';
import { DIGEST_TEXTS } from './texts-digest';
import { PRIVACY_TEXTS } from './texts-privacy';
import { PAIRING_TEXTS } from './texts-pairing';
import { PROACTIVE_TEXTS } from './texts-proactive';
import { REACH_TEXTS } from './texts-reach';
import { SELF_SERVICE_TEXTS } from './texts-self-service';
import { VALIDATION_TEXTS } from './texts-validation';

const QUESTION_TEXTS = {
  'next.heading': { da: 'Dit næste modul', en: 'Your next module' },
  'next.underWayHeading': { da: 'I gang nu', en: 'Happening now' },
  'next.none': {
    da: 'Du har ingen flere sessioner i programmet. Tak for din deltagelse!',
    en: 'You have no more sessions in the programme. Thank you for taking part!',
  },
  'where.heading': { da: 'Hvor og hvornår', en: 'Where and when' },
  'prepare.heading': { da: 'Forberedelse', en: 'Preparation' },
  'prepare.nothing': {
    da: 'Der er ikke meldt nogen forberedelse ud til denne session endnu.',
    en: 'No preparation has been announced for this session yet.',
  },
  'fact.when': { da: 'Hvornår', en: 'When' },
  'fact.where': { da: 'Hvor', en: 'Where' },
  'fact.address': { da: 'Adresse', en: 'Address' },
  'fact.room': { da: 'Lokale', en: 'Room' },
  'fact.online': { da: 'Online', en: 'Online' },
  'fact.facilitator': { da: 'Facilitator', en: 'Facilitator' },
  'fact.audience': { da: 'For', en: 'For' },
  'label.preparation': { da: 'Forberedelse', en: 'Preparation' },
  'label.agenda': { da: 'Program for dagen', en: 'Agenda' },
  'label.module': { da: 'Modul {number}', en: 'Module {number}' },
  'kind.gathering': { da: 'Fællessamling', en: 'Joint gathering' },
  'kind.module': { da: 'Modul', en: 'Module' },
  'kind.elective': { da: 'Valgmodul', en: 'Elective' },
  'schedule.heading': { da: 'Dit program', en: 'Your schedule' },
  'schedule.intro': {
    da: '{name}, du har {total} sessioner i programmet. {past} er afholdt, {upcoming} er på vej.',
    en: '{name}, you have {total} sessions in the programme. {past} done, {upcoming} to come.',
  },
  'schedule.done': { da: 'Afholdt', en: 'Done' },
  'schedule.day': { da: 'dag {day} af {days}', en: 'day {day} of {days}' },
  'schedule.next': { da: 'Næste', en: 'Next' },
  'schedule.empty': { da: 'Du har ingen sessioner i programmet endnu.', en: 'You have no sessions in the programme yet.' },
  'module.unknown': {
    da: 'Programmet har ikke et modul {number}. Modulerne er nummereret 1 til {max}.',
    en: 'The programme has no module {number}. Modules are numbered 1 to {max}.',
  },
  'module.yourSessions': { da: 'Dine datoer', en: 'Your dates' },
  'module.notForYou': {
    da: 'Dette modul er ikke for dig: det er for {audience}.',
    en: 'This module is not for you: it is for {audience}.',
  },
  'module.noDates': { da: 'Der er ikke fastlagt datoer endnu.', en: 'No dates have been set yet.' },
  'audience.everyone': { da: 'alle ledere', en: 'all leaders' },
  'audience.levels': { da: 'niveau {levels}', en: 'level {levels}' },
  'audience.groups': { da: 'læringsgruppe {groups}', en: 'learning group {groups}' },
  'audience.electives': { da: 'deltagere på valgmodulet', en: 'participants in the elective' },
  'audience.and': { da: 'og', en: 'and' },
  'level.1': { da: 'direktion', en: 'top management' },
  'level.2': { da: 'chefer', en: 'heads of area' },
  'level.3': { da: 'ledere af medarbejdere', en: 'leaders of employees' },
  'electives.heading': { da: 'Valgmoduler fra lederuddannelsen', en: 'Diploma electives' },
  'electives.intro': {
    da: 'Hver leder tager {count} valgmoduler fra den akkrediterede diplomuddannelse i ledelse.',
    en: 'Every leader takes {count} elective modules from the accredited leadership diploma programme.',
  },
  'electives.yours': { da: 'Du har valgt: {titles}.', en: 'Your choice: {titles}.' },
  'electives.noneChosen': { da: 'Du har ikke valgt nogen endnu.', en: 'You have not chosen any yet.' },
  'electives.none': { da: 'Der er ingen valgmoduler i programmet endnu.', en: 'The programme has no electives yet.' },
  'electives.seats': { da: '{taken} af {capacity} pladser taget', en: '{taken} of {capacity} seats taken' },
  'electives.chosen': { da: 'Dit valg', en: 'Your choice' },
  'electives.credits': { da: '{ects} ECTS', en: '{ects} ECTS' },
  'help.heading': { da: 'Det kan jeg hjælpe med', en: 'What I can help with' },
  'help.intro': {
    da: 'Jeg er programmets assistent. Spørg mig på dansk eller engelsk, for eksempel:',
    en: 'I am the programme assistant. Ask me in Danish or English, for example:',
  },
  'help.items': {
    da: '- "Hvornår er mit næste modul?"\n- "Hvor er det?"\n- "Hvad skal jeg forberede?"\n- "Vis mit program"\n- "Hvad handler modul 3 om?"\n- "Hvilke valgmoduler er der?"\n- "Vælg valgmoduler"\n- "Jeg kan ikke komme den 12."\n- "Kalender"\n- "Mine data"',
    en: '- "When is my next module?"\n- "Where is it?"\n- "What should I prepare?"\n- "Show my schedule"\n- "Tell me about module 3"\n- "Which electives are there?"\n- "Choose electives"\n- "I can\'t come on the 12th"\n- "Add my sessions to my calendar"\n- "My data"',
  },
  'smallTalk.greetingHeading': { da: 'Hej {name}', en: 'Hi {name}' },
  'smallTalk.greeting': {
    da: 'Jeg er programmets assistent. Spørg mig om dine moduler, for eksempel:',
    en: 'I am the programme assistant. Ask me about your modules, for example:',
  },
  'smallTalk.thanksHeading': { da: 'Selv tak', en: "You're welcome" },
  'smallTalk.thanks': {
    da: 'Skriv bare, hvis der er mere, jeg kan hjælpe med.',
    en: 'Just write if there is anything else I can help with.',
  },
  'smallTalk.aboutHeading': { da: 'Jeg er programmets assistent', en: 'I am the programme assistant' },
  'smallTalk.about': {
    da: 'Jeg svarer på dansk og engelsk på spørgsmål om dit lederudviklingsprogram: hvornår og hvor dine moduler er, hvad du skal forberede, hvad modulerne handler om, og hvilke valgmoduler der er. Jeg kan også registrere afbud og lægge dine datoer i din kalender. Jeg svarer ud fra programmets egne oplysninger; spørgsmål, jeg ikke kan svare på, sender jeg videre til {contact}.',
    en: 'I answer questions about your leadership programme, in Danish or English: when and where your modules are, what to prepare, what the modules are about and which electives there are. I can also register an absence and put your dates in your calendar. I answer from the programme\'s own information; for anything else, please contact {contact}.',
  },
  'pick.none': { da: 'Du har ingen session {period}.', en: 'You have no session {period}.' },
  'pick.heading': { da: 'Ingen session', en: 'No session' },
  'pick.noModule': {
    da: 'Du har ingen kommende session i modul {number}.',
    en: 'You have no upcoming session in module {number}.',
  },
  'pick.noGathering': { da: 'Du har ingen flere fællessamlinger.', en: 'You have no more joint gatherings.' },
  'pick.noElective': { da: 'Du har ingen flere valgmoduler.', en: 'You have no more electives.' },
  'period.day': { da: '{date}', en: 'on {date}' },
  'period.between': { da: 'mellem {from} og {to}', en: 'between {from} and {to}' },
  'period.from': { da: 'fra {from} og frem', en: 'from {from} on' },
  'planner.heading': { da: 'Svar ud fra dit program', en: 'From your programme' },
  'planner.note': {
    da: 'Svaret er skrevet af AI ud fra dit programs indhold. Tjek detaljerne i dit program.',
    en: 'This answer was written by AI from your programme. Check the details in your schedule.',
  },
  'fallback.heading': { da: 'Det forstod jeg ikke helt', en: "I didn't quite get that" },
  'fallback.text': {
    da: 'Jeg kan svare på spørgsmål om dit program. Prøv et af disse:',
    en: 'I can answer questions about your programme. Try one of these:',
  },
  'notEnrolled.heading': { da: 'Du er ikke med i programmet', en: 'You are not in the programme' },
  'notEnrolled.text': {
    da: 'Jeg kan ikke finde dig blandt deltagerne i {programme}. Hvis du mener, du burde være med, så kontakt {contactName} på {contactEmail}.',
    en: "I can't find you among the participants of {programme}. If you think you should be, please contact {contactName} at {contactEmail}.",
  },
  'notEnrolled.admin': {
    da: 'Du er ikke selv deltager i {programme}, men du er administrator. Skriv "ny meddelelse", "status" eller "flyt session".',
    en: 'You are not a participant in {programme} yourself, but you are an administrator. Write "announce", "status" or "change session".',
  },
  'notEnrolled.owner': {
    da: 'Du er ikke selv deltager i {programme}, men du er programejer. Skriv "ugens overblik" for at se ugens tal.',
    en: 'You are not a participant in {programme} yourself, but you are a programme owner. Write "digest" to see the week\'s figures.',
  },
  'welcome.heading': { da: 'Velkommen, {name}', en: 'Welcome, {name}' },
  'action.next': { da: 'Hvornår er mit næste modul?', en: 'When is my next module?' },
  'action.schedule': { da: 'Vis mit program', en: 'Show my schedule' },
  'action.where': { da: 'Hvor er det?', en: 'Where is it?' },
  'action.prepare': { da: 'Hvad skal jeg forberede?', en: 'What should I prepare?' },
  'action.electives': { da: 'Hvilke valgmoduler er der?', en: 'Which electives are there?' },
  'action.help': { da: 'Hjælp', en: 'Help' },
  'action.progress': { da: 'Mit forløb', en: 'My progress' },
  'hub.online': { da: 'Deltag online', en: 'Join online' },
  'hub.map': { da: 'Vis på kort', en: 'Show on map' },
  'hub.materials': { da: 'Materialer', en: 'Materials' },
  'action.module': { da: 'Hvad handler modul {number} om?', en: 'Tell me about module {number}' },
  'flood.slowDown': {
    da: 'Du skriver hurtigere, end jeg kan følge med. Vent et øjeblik, så svarer jeg igen.',
    en: 'You are writing faster than I can keep up with. Please wait a moment and I will answer again.',
  },
  'flood.slowDownActions': {
    da: 'Du trykker hurtigere, end jeg kan følge med. Vent et øjeblik, og prøv så igen.',
    en: 'You are pressing faster than I can keep up with. Please wait a moment, then try again.',
  },
  'private.answered': { da: 'Jeg har svaret dig i vores private chat.', en: 'I have answered you in our private chat.' },
  'private.failed': {
    da: 'Jeg kunne ikke skrive til dig privat. Svaret indeholder dine egne oplysninger, så jeg giver det ikke her. Åbn en chat med mig i Teams, og spørg igen dér.',
    en: 'I could not write to you privately. The answer holds your own information, so I will not give it here. Open a chat with me in Teams and ask again there.',
  },
  'error.turn': {
    da: 'Beklager, noget gik galt hos mig. Prøv igen om lidt.',
    en: 'Sorry, something went wrong on my side. Please try again in a moment.',
  },
  'error.notSaved': {
    da: 'Jeg kunne ikke gemme det lige nu på grund af et teknisk problem hos mig, så intet er ændret. Prøv igen om lidt.',
    en: 'I could not save that just now because of a technical problem on my side, so nothing has changed. Please try again in a moment.',
  },
} as const;

const TEXTS = { ...QUESTION_TEXTS, ...PROACTIVE_TEXTS, ...DIGEST_TEXTS, ...ANNOUNCEMENT_TEXTS, ...SELF_SERVICE_TEXTS, ...PRIVACY_TEXTS, ...REACH_TEXTS, ...CALENDAR_TEXTS, ...VALIDATION_TEXTS, ...PAIRING_TEXTS } as const satisfies Record<string, Record<Language, string>>;

export type TextKey = keyof typeof TEXTS;

/**
 * Every text with its key, for tests that check a card holds no text of the other language.
 * Read-only: the bot itself goes through `t()`.
 */
export function textTable(): Readonly<Record<TextKey, Readonly<Record<Language, string>>>> {
  return TEXTS;
}

/** Whether a string is a text key (messages in submission schemas are keys, turned into text by `t()`). */
export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(TEXTS, key);
}

/** The text for `key` in `language`, with {placeholders} replaced by the given values. */
export function t(language: Language, key: TextKey, values: Record<string, string | number> = {}): string {
  return TEXTS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** "1 deltager" / "3 deltagere": a number with its noun in the form the number needs. */
export function counted(language: Language, noun: 'people' | 'channels' | 'participants', count: number): string {
  return count === 1 ? t(language, `count.${noun}.one`) : t(language, `count.${noun}`, { count });
}

/** "direktion" / "top management" etc. */
export function levelName(language: Language, level: Level): string {
  return t(language, `level.${level}`);
}

/** Joins a list the way the language does: "a, b og c" / "a, b and c". */
export function joinList(language: Language, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(language, 'audience.and')} ${items[items.length - 1]}`;
}
