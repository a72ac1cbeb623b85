/**
 * Statutory public holidays from date-holidays, the maintained holiday library (its DK data drops
 * store bededag from 2024, as the Danish law of 2023 did). Only holidays of type `public` count:
 * the library also lists observances (fastelavn, mors dag, 1 May, grundlovsdag, juleaftensdag)
 * that are ordinary working days by law; whether an employer gives them off is the employer's
 * table (employer-day-off-presets.ts), not the law's.
 */
import Holidays from 'date-holidays';
import type { LocalizedText } from '../programme/model';
import type { LocalTime } from './local-time';

/** One public holiday on one date: its names, and the time it starts when it is not midnight. */
export interface PublicHoliday {
  name: LocalizedText;
  /** Set when the holiday starts during the day (some countries have afternoon holidays; DK has none). */
  from?: LocalTime;
}

// One library instance per country: building one parses the country's rules (a few milliseconds).
const byCountry = new Map<string, Holidays>();
// A year's holidays never change while the process runs, and computing them takes milliseconds:
// every calendar built from the same country shares them.
const byCountryYear = new Map<string, ReadonlyMap<string, PublicHoliday>>();
let knownCountries: ReadonlySet<string> | undefined;

function libraryFor(country: string): Holidays {
  let holidays = byCountry.get(country);
  if (!holidays) {
    holidays = new Holidays(country, { types: ['public'] });
    byCountry.set(country, holidays);
  }
  return holidays;
}

/** True when the library has holidays for this ISO 3166-1 country code (upper case, e.g. "DK"). */
export function isKnownHolidayCountry(country: string): boolean {
  knownCountries ??= new Set(Object.keys(new Holidays().getCountries()));
  return knownCountries.has(country);
}

/**
 * The public holidays of `country` in `year`, keyed by local date "YYYY-MM-DD". The library gives
 * each holiday's date as local "YYYY-MM-DD hh:mm:ss", so no time zone is involved here.
 */
export function publicHolidaysOf(country: string, year: number): ReadonlyMap<string, PublicHoliday> {
  const cacheKey = `${country}|${year}`;
  const cached = byCountryYear.get(cacheKey);
  if (cached) return cached;
  const library = libraryFor(country);
  const english = new Map(library.getHolidays(year, 'en').map((h) => [`${h.date}|${h.rule}`, h.name]));
  const out = new Map<string, PublicHoliday>();
  for (const holiday of library.getHolidays(year, 'da')) {
    if (holiday.type !== 'public') continue;
    const key = holiday.date.slice(0, 10);
    const [hour, minute] = holiday.date.slice(11, 16).split(':').map(Number);
    const name = { da: holiday.name, en: english.get(`${holiday.date}|${holiday.rule}`) ?? holiday.name };
    const entry: PublicHoliday = hour || minute ? { name, from: { hour, minute } } : { name };
    // Two rules on one date (rare): the one from midnight wins, as it covers the whole day.
    const existing = out.get(key);
    if (!existing || (existing.from && !entry.from)) out.set(key, entry);
  }
  byCountryYear.set(cacheKey, out);
  return out;
}
