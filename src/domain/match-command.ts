import { normalizeText } from './normalize-text';

export type CommandName = 'checkIn' | 'pauseReminders' | 'resumeReminders';

/**
 * Short commands that change something, matched exactly (after normalising case, punctuation and
 * æøå) rather than fuzzily: a typo must never pause someone's reminders by accident.
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
};

const LOOKUP = new Map<string, CommandName>(
  Object.entries(COMMANDS).flatMap(([name, phrases]) => phrases.map((p) => [normalizeText(p), name as CommandName] as const)),
);

/** The command the text is, or undefined for everything else (questions go to matchIntent). */
export function matchCommand(text: string): CommandName | undefined {
  return LOOKUP.get(normalizeText(text));
}
