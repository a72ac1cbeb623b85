/**
 * The date words of a message: "den 4.", "12. marts", "12/3", "på torsdag", "i dag", "i morgen",
 * "i næste uge", "uge 12", "i marts", "efter påske" and their English counterparts. They are read
 * here as words only; date-range.ts turns them into days on the programme's calendar.
 */
import type { Concept } from './intent-vocabulary';
import { isNearMiss } from './near-miss';

/** A holiday leaders plan around. Its dates come from the working calendar's public holidays. */
export type HolidayName = 'easter' | 'christmas' | 'pentecost' | 'newYear' | 'ascension';

/**
 * What the words say about when. At most one of the kinds is set: a day of the month (with the
 * month when named), a weekday (1 = Monday … 7 = Sunday), a day counted from today, a week
 * (this, next, or by its ISO number), a month, or a time relative to a holiday.
 */
export interface DateWords {
  day?: number;
  month?: number;
  weekday?: number;
  /** 0 today, 1 tomorrow, 2 the day after. */
  daysFromToday?: number;
  /** 0 this week, 1 next week. */
  weeksFromNow?: number;
  /** An ISO week number ("uge 12", "week 12"). */
  isoWeek?: number;
  /** 1 next month ("næste måned"); a named month alone is `month`. */
  monthsFromNow?: number;
  holiday?: { name: HolidayName; relation: 'before' | 'after' };
}

/** Month names and abbreviations, Danish and English, in folded form (see normalizeText). */
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, marts: 3, march: 3, mar: 3, april: 4, apr: 4,
  maj: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9,
  sept: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names that are also everyday words ("may", "jul" is Christmas, "mar", "dec"): only after "i"/"in". */
const FULL_MONTHS = new Set(['januar', 'january', 'februar', 'february', 'marts', 'march', 'april', 'juni', 'june', 'juli', 'july',
  'august', 'september', 'oktober', 'october', 'november', 'december']);

const WEEKDAYS: Record<string, number> = {
  mandag: 1, tirsdag: 2, onsdag: 3, torsdag: 4, fredag: 5, loerdag: 6, lordag: 6, soendag: 7, sondag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  man: 1, tirs: 2, ons: 3, tors: 4, fre: 5, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5,
};
/** Short weekday forms that are other words too ("man" is "one", "ons"): only after "på"/"on". */
const SHORT_WEEKDAYS = new Set(['man', 'tirs', 'ons', 'tors', 'fre', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri']);

/** Holidays by their words in both languages, folded (påske → paaske, plain-vowel paske). */
const HOLIDAYS: Record<string, HolidayName> = {
  paaske: 'easter', paske: 'easter', paaskeferien: 'easter', paskeferien: 'easter', paaskeferie: 'easter', paskeferie: 'easter',
  paasken: 'easter', pasken: 'easter', easter: 'easter', jul: 'christmas', julen: 'christmas', juleferien: 'christmas',
  juleferie: 'christmas', christmas: 'christmas', xmas: 'christmas', pinse: 'pentecost', pinsen: 'pentecost',
  pentecost: 'pentecost', whitsun: 'pentecost', nytaar: 'newYear', nytar: 'newYear', nytaaret: 'newYear', nytaret: 'newYear',
  himmelfart: 'ascension', ascension: 'ascension',
};
const AFTER = new Set(['efter', 'after', 'over']);
const BEFORE = new Set(['foer', 'for', 'inden', 'before', 'until', 'indtil']);

const RELATIVE_DAYS: Array<[string[], number]> = [
  [['i', 'dag'], 0], [['idag'], 0], [['today'], 0], [['i', 'morgen'], 1], [['imorgen'], 1], [['tomorrow'], 1],
  [['i', 'overmorgen'], 2], [['overmorgen'], 2], [['day', 'after', 'tomorrow'], 2], [['idag'], 0],
];
const THIS = new Set(['denne', 'den', 'this', 'i']);
const NEXT = new Set(['naeste', 'naste', 'next', 'kommende', 'following']);
const WEEK = new Set(['uge', 'ugen', 'week']);
const MONTH_WORDS = new Set(['maaned', 'maned', 'month']);

/**
 * The date words long enough to read with a slip of the keyboard ("tomorow", "torsdg", "imorgn",
 * "septmber"); short ones ("maj", "fre") only as written.
 */
const LONG_DATE_WORDS = [
  ...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), ...Object.keys(HOLIDAYS), 'tomorrow', 'imorgen', 'morgen', 'overmorgen', 'today',
].filter((word) => word.length >= 6);

/** Whether a word is a weekday, month or holiday as written ("fredag" is no slip of "fridag"). */
export function isDateWord(word: string): boolean {
  return WEEKDAYS[word] !== undefined || HOLIDAYS[word] !== undefined || (MONTHS[word] !== undefined && FULL_MONTHS.has(word));
}

/** Possessives of date words: "tomorrow's session", "torsdagens modul", "morgendagens samling". */
const POSSESSIVE_ENDINGS = [/^(.+day)s$/, /^(tomorrow|today)s$/, /^(.+dag)ens?$/];
const SPECIAL: Record<string, string> = { morgendagens: 'imorgen', morgendagen: 'imorgen', dagens: 'idag' };

/** The date word a typed word is, as listed: itself, without a possessive ending, or with one slip mended. */
function asDateWord(token: string): string {
  if (SPECIAL[token]) return SPECIAL[token];
  for (const ending of POSSESSIVE_ENDINGS) {
    const base = ending.exec(token)?.[1];
    if (base !== undefined && (WEEKDAYS[base] !== undefined || base === 'tomorrow' || base === 'today')) return base;
  }
  if (token.length < 5 || /\d/.test(token)) return token;
  const near = LONG_DATE_WORDS.filter((word) => isNearMiss(token, word));
  return near.length === 1 ? near[0] : token;
}

/** Words that make a bare number a date: "den 12.", "d. 12", "on the 12", "the 12". */
const BEFORE_DAY = new Set(['den', 'd', 'the', 'on']);

/** A word the vocabulary did not claim, or claimed only as filler or as "next": free for a date. */
const isFree = (tags: Set<Concept>[], i: number) => [...tags[i]].every((c) => c === 'FILLER' || c === 'NEXT' || c === 'IT');

/**
 * Finds the first date expression and marks its words as explained ('DATE'). A bare number
 * counts only with an ordinal ending ("12th"), a month name next to it ("12 March", "March 12") or
 * a word that makes it a date ("den 12."): "I have 2 meetings" holds no date. "12/3" reaches us as
 * "12 3" (punctuation is folded away) and is read the Danish way, day first.
 *
 * @param tokens normalised words (see normalize-text.ts)
 * @param tags the concepts found per word; changed in place for the words used
 */
export function findDateWords(typed: string[], tags: Set<Concept>[]): DateWords | undefined {
  const mark = (from: number, to: number) => {
    for (let k = from; k < to; k++) tags[k] = new Set<Concept>(['DATE']);
  };
  // Words the vocabulary took are left as they are; the rest are read as date words where they are one.
  const tokens = typed.map((token, i) => (tags[i].size === 0 ? asDateWord(token) : token));
  for (let i = 0; i < tokens.length; i++) {
    if (!isFree(tags, i) && !WEEK.has(tokens[i])) continue;
    const token = tokens[i];
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    for (const [words, days] of RELATIVE_DAYS) {
      if (words.every((w, k) => tokens[i + k] === w)) {
        mark(i, i + words.length);
        return { daysFromToday: days };
      }
    }
    const weekday = WEEKDAYS[token];
    if (weekday !== undefined && (!SHORT_WEEKDAYS.has(token) || before === 'paa' || before === 'pa' || before === 'on')) {
      mark(i, i + 1);
      return { weekday };
    }
    const holiday = HOLIDAYS[token];
    if (holiday !== undefined && before !== undefined && (AFTER.has(before) || BEFORE.has(before))) {
      mark(i - 1, i + 1);
      return { holiday: { name: holiday, relation: AFTER.has(before) ? 'after' : 'before' } };
    }
    if (WEEK.has(token)) {
      const number = after !== undefined && /^\d{1,2}$/.test(after) ? Number(after) : undefined;
      if (number !== undefined && number >= 1 && number <= 53) {
        mark(i, i + 2);
        return { isoWeek: number };
      }
      if (before !== undefined && (NEXT.has(before) || THIS.has(before))) {
        mark(i - 1, i + 1);
        return { weeksFromNow: NEXT.has(before) ? 1 : 0 };
      }
      continue;
    }
    if (MONTH_WORDS.has(token) && before !== undefined && NEXT.has(before)) {
      mark(i - 1, i + 1);
      return { monthsFromNow: 1 };
    }
    const monthAlone = MONTHS[token];
    if (monthAlone !== undefined && (FULL_MONTHS.has(token) || before === 'i' || before === 'in') && !/^\d/.test(before ?? '') && !/^\d/.test(after ?? '')) {
      mark(i, i + 1);
      return { month: monthAlone };
    }
    // A number already used, e.g. as the module number in "modul 3", is not a date.
    const dayOfMonth = tags[i].size === 0 ? dayAt(tokens, i) : undefined;
    if (dayOfMonth) {
      mark(dayOfMonth.from, dayOfMonth.to);
      return dayOfMonth.words;
    }
  }
  return undefined;
}

function dayAt(tokens: string[], i: number): { from: number; to: number; words: DateWords } | undefined {
  const digits = /^(\d{1,2})(st|nd|rd|th|te|nde)?$/.exec(tokens[i]);
  if (!digits) return undefined;
  const day = Number(digits[1]);
  if (day < 1 || day > 31) return undefined;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const numericMonth = after !== undefined && /^\d{1,2}$/.test(after) && Number(after) >= 1 && Number(after) <= 12 ? Number(after) : undefined;
  const monthAfter = MONTHS[after ?? ''] ?? (BEFORE_DAY.has(before ?? '') ? numericMonth : undefined);
  const monthBefore = MONTHS[before ?? ''];
  const month = monthAfter ?? monthBefore;
  if (!digits[2] && month === undefined && !BEFORE_DAY.has(before ?? '')) return undefined;
  const words = month === undefined ? { day } : { day, month };
  if (monthAfter !== undefined) return { from: i, to: i + 2, words };
  if (monthBefore !== undefined || before === 'd') return { from: i - 1, to: i + 1, words };
  return { from: i, to: i + 1, words };
}
