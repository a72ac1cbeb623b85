import { LANGUAGES, type Language } from '../programme/model';
import { normalizeText } from './normalize-text';

export type CommandName =
  | 'checkIn'
  | 'pauseReminders'
  | 'resumeReminders'
  | 'myData'
  | 'deleteCheckIns'
  | 'announce'
  | 'announcementStatus'
  | 'changeSession'
  | 'pairingPreview';

/**
 * Short commands that change something, matched exactly (after normalising case, punctuation and
 * æøå) rather than fuzzily: a typo must never pause someone's reminders by accident. This is the
 * one place commands are recognised; the weekly digest request, which takes arguments, is below.
 * Each phrase is listed under its language, which is the language of the answer ("my data" is
 * answered in English, "mine data" in Danish); a phrase both languages use ("status") is listed
 * under both and leaves the language to the Teams locale and the leader's preference.
 */
const COMMANDS: Record<CommandName, Record<Language, string[]>> = {
  checkIn: {
    da: ['tjek ind', 'tjekind', 'tjek in', 'check ind', 'refleksion', 'svar paa refleksion'],
    en: ['check in', 'checkin', 'check-in', 'reflection'],
  },
  pauseReminders: {
    da: ['stop paamindelser', 'stop mine paamindelser', 'pause paamindelser', 'paus paamindelser', 'slaa paamindelser fra'],
    en: ['pause reminders', 'pause my reminders', 'stop reminders'],
  },
  resumeReminders: {
    da: ['start paamindelser', 'genoptag paamindelser', 'slaa paamindelser til'],
    en: ['resume reminders', 'start reminders', 'turn reminders on'],
  },
  // Privacy requests. Exact phrases too: erasing asks for confirmation, but a leader should get
  // their data or the erase card only when they asked for it.
  myData: {
    da: ['mine data', 'vis mine data', 'hent mine data', 'mine oplysninger', 'hvad ved du om mig', 'hvilke data har du om mig'],
    en: ['my data', 'show my data', 'download my data', 'export my data', 'what do you know about me', 'what data do you have about me'],
  },
  deleteCheckIns: {
    da: ['slet mine refleksioner', 'slet mine check-ins', 'slet mine tjek ind', 'slet mine svar'],
    en: ['delete my check-ins', 'delete my check ins', 'delete my checkins', 'delete my reflections', 'erase my reflections'],
  },
  // HR's commands (admins only: the routes check the role before doing anything).
  announce: { da: ['ny meddelelse', 'meddelelse', 'send meddelelse'], en: ['announce', 'new announcement'] },
  announcementStatus: { da: ['status', 'status paa meddelelse', 'meddelelsesstatus'], en: ['status', 'announcement status'] },
  changeSession: { da: ['flyt session', 'aendr session', 'ændr session'], en: ['change session', 'move session'] },
  pairingPreview: { da: ['sparringsrunde', 'ny sparringsrunde', 'vis sparringsrunde'], en: ['pairing preview', 'pairing round', 'new pairing round', 'sparring round'] },
};

interface KnownCommand {
  name: CommandName;
  /** Undefined when the phrase is the same in both languages. */
  language?: Language;
}

const LOOKUP = new Map<string, KnownCommand>();
for (const [name, phrases] of Object.entries(COMMANDS) as [CommandName, Record<Language, string[]>][]) {
  for (const language of LANGUAGES) {
    for (const phrase of phrases[language]) {
      const key = normalizeText(phrase);
      const known = LOOKUP.get(key);
      LOOKUP.set(key, known ? { name, language: known.language === language ? language : undefined } : { name, language });
    }
  }
}

/** The command the text is, or undefined for everything else (questions go to matchIntent). */
export function matchCommand(text: string): CommandName | undefined {
  return LOOKUP.get(normalizeText(text))?.name;
}

/**
 * The language a command or digest request was written in, or undefined when the text is none,
 * or a phrase both languages use. Commands are too short for detectLanguage ("mine data" holds no
 * word only Danish uses), so their phrase decides.
 */
export function commandLanguage(text: string): Language | undefined {
  return LOOKUP.get(normalizeText(text))?.language ?? matchDigestRequest(text)?.language;
}

/**
 * "digest", "ugens overblik", "digest level 3", "ugens overblik niveau 3 uge 36": a request for
 * the weekly digest, optionally for one level and an earlier week. Exact phrases, like the other
 * commands.
 */
export function matchDigestRequest(text: string): { level?: 1 | 2 | 3; week?: number; language?: Language } | undefined {
  const match =
    /^(digest|weekly digest|ugens overblik|overblik|ugentligt overblik)(?: (?:for )?(?:level|niveau) ([123]))?(?: (?:for )?(?:week|uge) (\d{1,2}))?$/.exec(
      normalizeText(text),
    );
  if (!match) return undefined;
  const week = match[3] ? Number(match[3]) : undefined;
  if (week !== undefined && (week < 1 || week > 53)) return undefined;
  // The first words say the language: "ugens overblik …" is Danish, "weekly digest …" English;
  // a bare "digest" is the term both use, so the locale and the leader's preference decide.
  const language: Language | undefined = match[1] === 'digest' ? undefined : match[1] === 'weekly digest' ? 'en' : 'da';
  return { ...(match[2] ? { level: Number(match[2]) as 1 | 2 | 3 } : {}), ...(week ? { week } : {}), ...(language ? { language } : {}) };
}
