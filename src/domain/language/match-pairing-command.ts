/**
 * A leader's own say about sparring partners: "ja tak til sparring" / "join sparring",
 * "nej tak til sparring" / "no sparring", "pause sparring indtil 1. marts" / "pause sparring until
 * 1 March", "start sparring igen" / "resume sparring". Exact phrases, like the other commands: a
 * typo must never take someone out of the rounds.
 */
import { DateTime } from 'luxon';
import { MONTHS } from './date-words';
import { normalizeText } from './normalize-text';

export type PairingCommand =
  | { readonly kind: 'opt-in' | 'opt-out' | 'resume' }
  /** `until` is the pause's last day (YYYY-MM-DD); undefined when the date could not be read. */
  | { readonly kind: 'pause'; readonly until?: string };

const PHRASES: Record<'opt-in' | 'opt-out' | 'resume', string[]> = {
  'opt-in': ['ja tak til sparring', 'tilmeld sparring', 'tilmeld mig sparring', 'slå sparring til', 'join sparring', 'yes to sparring', 'opt in to sparring', 'sparring on'],
  'opt-out': ['nej tak til sparring', 'afmeld sparring', 'afmeld mig sparring', 'slå sparring fra', 'no sparring', 'no to sparring', 'opt out of sparring', 'leave sparring', 'sparring off'],
  resume: ['start sparring igen', 'genoptag sparring', 'sparring igen', 'resume sparring', 'restart sparring'],
};

const LOOKUP = new Map<string, PairingCommand['kind']>(
  Object.entries(PHRASES).flatMap(([kind, phrases]) => phrases.map((p) => [normalizeText(p), kind as PairingCommand['kind']] as const)),
);

const PAUSE = /^(?:pause|paus|saet) (?:min |my )?sparring(?: paa pause)? ?(?:(?:indtil|til og med|til|until|till|to) (.+))?$/;

/**
 * The pairing command the text is, or undefined. `today` (YYYY-MM-DD in the programme's zone)
 * completes a date without a year: the next such day from today on.
 */
export function matchPairingCommand(text: string, today: string): PairingCommand | undefined {
  const folded = normalizeText(text);
  const kind = LOOKUP.get(folded);
  if (kind && kind !== 'pause') return { kind };
  const pause = PAUSE.exec(folded);
  if (!pause) return undefined;
  return { kind: 'pause', until: pause[1] ? readDate(pause[1], today) : undefined };
}

/** "2027-03-01", "1/3", "1.3.2027", "1. marts", "1 march 2027", "march 1": the day, or undefined. */
function readDate(words: string, today: string): string | undefined {
  const tokens = words.replace(/^(?:den|the) /, '').split(' ');
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  const number = (t: string | undefined) => (t !== undefined && /^\d{1,4}$/.test(t) ? Number(t) : undefined);
  if (tokens.length === 3 && /^\d{4}$/.test(tokens[0])) {
    [year, month, day] = tokens.map(Number);
  } else if (number(tokens[0]) !== undefined && tokens.length <= 3) {
    day = number(tokens[0]);
    month = MONTHS[tokens[1]] ?? number(tokens[1]);
    year = number(tokens[2]);
    if (tokens.length === 3 && year === undefined) return undefined;
  } else if (MONTHS[tokens[0]] !== undefined && tokens.length >= 2 && tokens.length <= 3) {
    month = MONTHS[tokens[0]];
    day = number(tokens[1]);
    year = number(tokens[2]);
    if (tokens.length === 3 && year === undefined) return undefined;
  }
  if (day === undefined || month === undefined) return undefined;
  if (year !== undefined && year < 100) year += 2000;
  const start = DateTime.fromISO(today, { zone: 'utc' });
  let date = DateTime.fromObject({ year: year ?? start.year, month, day }, { zone: 'utc' });
  if (!date.isValid) return undefined;
  // Without a year, a day already passed this year means next year's.
  if (year === undefined && date < start) date = date.plus({ years: 1 });
  return date.toISODate() ?? undefined;
}
