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
 */
const COMMANDS: Record<CommandName, string[]> = {
  checkIn: ['check in', 'checkin', 'check-in', 'tjek ind', 'tjekind', 'tjek in', 'check ind', 'refleksion', 'reflection', 'svar paa refleksion'],
  pauseReminders: [
    'pause reminders',
    'pause my reminders',
    'stop reminders',
    'stop paamindelser',
    'stop mine paamindelser',
    'pause paamindelser',
    'paus paamindelser',
    'slaa paamindelser fra',
  ],
  resumeReminders: [
    'resume reminders',
    'start reminders',
    'turn reminders on',
    'start paamindelser',
    'genoptag paamindelser',
    'slaa paamindelser til',
  ],
  // Privacy requests. Exact phrases too: erasing asks for confirmation, but a leader should get
  // their data or the erase card only when they asked for it.
  myData: [
    'my data',
    'show my data',
    'download my data',
    'export my data',
    'what do you know about me',
    'what data do you have about me',
    'mine data',
    'vis mine data',
    'hent mine data',
    'mine oplysninger',
    'hvad ved du om mig',
    'hvilke data har du om mig',
  ],
  deleteCheckIns: [
    'delete my check-ins',
    'delete my check ins',
    'delete my checkins',
    'delete my reflections',
    'erase my reflections',
    'slet mine refleksioner',
    'slet mine check-ins',
    'slet mine tjek ind',
    'slet mine svar',
  ],
  // HR's commands (admins only: the routes check the role before doing anything).
  announce: ['announce', 'new announcement', 'ny meddelelse', 'meddelelse', 'send meddelelse'],
  announcementStatus: ['status', 'announcement status', 'status paa meddelelse', 'meddelelsesstatus'],
  changeSession: ['change session', 'move session', 'flyt session', 'aendr session', 'ændr session'],
  pairingPreview: ['sparringsrunde', 'ny sparringsrunde', 'sparringsrunde preview', 'pairing preview', 'pairing round', 'new pairing round', 'sparring round'],
};

const LOOKUP = new Map<string, CommandName>(
  Object.entries(COMMANDS).flatMap(([name, phrases]) => phrases.map((p) => [normalizeText(p), name as CommandName] as const)),
);

/** The command the text is, or undefined for everything else (questions go to matchIntent). */
export function matchCommand(text: string): CommandName | undefined {
  return LOOKUP.get(normalizeText(text));
}

/**
 * "digest", "ugens overblik", "digest level 3", "ugens overblik niveau 3 uge 36": a request for
 * the weekly digest, optionally for one level and an earlier week. Exact phrases, like the other
 * commands.
 */
export function matchDigestRequest(text: string): { level?: 1 | 2 | 3; week?: number } | undefined {
  const match =
    /^(?:digest|weekly digest|ugens overblik|overblik|ugentligt overblik)(?: (?:for )?(?:level|niveau) ([123]))?(?: (?:for )?(?:week|uge) (\d{1,2}))?$/.exec(
      normalizeText(text),
    );
  if (!match) return undefined;
  const week = match[2] ? Number(match[2]) : undefined;
  if (week !== undefined && (week < 1 || week > 53)) return undefined;
  return { ...(match[1] ? { level: Number(match[1]) as 1 | 2 | 3 } : {}), ...(week ? { week } : {}) };
}
