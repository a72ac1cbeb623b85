/**
 * The parts of "jeg kan ikke komme den 12., fordi jeg er på kursus" that are not vocabulary: the
 * day of the month and the reason. The intent matcher uses them for 'absence' requests.
 */
import type { Concept } from './intent-vocabulary';
import { stripMarkup } from './normalize-text';

/**
 * The date words of a message: a day of the month, with the month when the leader named one
 * ("12. marts", "12/3"), or a weekday ("på torsdag", "on Thursday"; 1 = Monday … 7 = Sunday).
 */
export interface DateWords {
  day?: number;
  month?: number;
  weekday?: number;
}

const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, marts: 3, march: 3, mar: 3, april: 4, apr: 4,
  maj: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9,
  sept: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  mandag: 1, tirsdag: 2, onsdag: 3, torsdag: 4, fredag: 5, loerdag: 6, lordag: 6, soendag: 7, sondag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Words that make a bare number a date: "den 12.", "d. 12", "on the 12", "the 12". */
const BEFORE_DAY = new Set(['den', 'd', 'the', 'on']);

/**
 * Finds a day of the month or a weekday and marks its words as explained ('DATE'). A bare number counts only
 * with an ordinal ending ("12th"), a month name next to it ("12 March", "March 12") or a word that
 * makes it a date ("den 12."): "I have 2 meetings" holds no date. "12/3" reaches us as "12 3"
 * (punctuation is folded away) and is read the Danish way, day first.
 *
 * @param tokens normalised words (see normalize-text.ts)
 * @param tags the concepts found per word; changed in place for the words used
 */
export function findDateWords(tokens: string[], tags: Set<Concept>[]): DateWords | undefined {
  const weekdayAt = tokens.findIndex((token, i) => tags[i].size === 0 && WEEKDAYS[token] !== undefined);
  if (weekdayAt >= 0) {
    tags[weekdayAt] = new Set<Concept>(['DATE']);
    return { weekday: WEEKDAYS[tokens[weekdayAt]] };
  }
  for (let i = 0; i < tokens.length; i++) {
    // A number already used, e.g. as the module number in "modul 3", is not a date.
    if (tags[i].size > 0) continue;
    const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(tokens[i]);
    if (!digits) continue;
    const day = Number(digits[1]);
    if (day < 1 || day > 31) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const numericMonth = after !== undefined && /^\d{1,2}$/.test(after) && Number(after) >= 1 && Number(after) <= 12 ? Number(after) : undefined;
    const monthAfter = MONTHS[after ?? ''] ?? (BEFORE_DAY.has(before ?? '') ? numericMonth : undefined);
    const monthBefore = MONTHS[before ?? ''];
    const month = monthAfter ?? monthBefore;
    if (!digits[2] && month === undefined && !BEFORE_DAY.has(before ?? '')) continue;
    tags[i] = new Set<Concept>(['DATE']);
    if (monthAfter !== undefined) tags[i + 1] = new Set<Concept>(['DATE']);
    else if (monthBefore !== undefined || before === 'd') tags[i - 1] = new Set<Concept>(['DATE']);
    return month === undefined ? { day } : { day, month };
  }
  return undefined;
}

/**
 * Where a reason starts: "fordi", "da jeg", "pga.", "på grund af", "because", "since", "due to".
 * The marker must follow a space or a comma, so "idet" inside another word is no marker.
 */
const REASON_MARKER =
  /(?:^|[\s,;:–-])(fordi|da jeg|da vi|idet|pga\.?|p\.g\.a\.?|på grund af|grundet|because of|because|cause|since|due to|as i)(?=[\s,:]|$)/i;

/** The reason is stored with the absence; the store's schema allows 500 characters. */
const MAX_REASON = 500;

/**
 * Splits "I can't come on the 12th because I'm on a course" into the request ("I can't come on the
 * 12th") and the reason ("I'm on a course"), as the leader wrote it. Undefined without a marker.
 */
export function splitReason(text: string): { core: string; reason: string } | undefined {
  const plain = stripMarkup(text);
  const match = REASON_MARKER.exec(plain);
  if (!match || match.index === 0) return undefined;
  const core = plain.slice(0, match.index).trim();
  const reason = plain
    .slice(match.index + match[0].length)
    .replace(/^[\s,:]+/, '')
    .replace(/[\s.!]+$/, '')
    .slice(0, MAX_REASON)
    .trim();
  return core && reason ? { core, reason } : undefined;
}
