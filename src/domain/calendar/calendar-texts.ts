/**
 * How the working calendar names things to people (reasons, the working window), in Danish and
 * English. The sentences live with every other text (language/texts-calendar.ts); times go through
 * the project's one formatter, so 12:00 reads "12.00" in Danish.
 */
import { formatTime } from './format-date';
import type { LocalTime } from './local-time';
import type { Language, LocalizedText } from '../programme/model';
import { t } from '../language/texts';
import type { DayOffReason, WorkingCalendar } from './working-calendar';

/** Both languages of one text. */
export function bilingual(make: (language: Language) => string): LocalizedText {
  return { da: make('da'), en: make('en') };
}

/** A wall-clock time as the formatter shows it: "12.00" / "12:00". */
export function formatClock(time: LocalTime, language: Language): string {
  // Any date in UTC shows the wall time as given; the date itself is never shown.
  return formatTime(new Date(Date.UTC(2000, 0, 3, time.hour, time.minute)), 'UTC', language);
}

/** "arbejdstiden 08.00–16.00" / "working hours 08:00–16:00". */
export function workingWindowName(calendar: WorkingCalendar): LocalizedText {
  const { start, end } = calendar.window;
  return bilingual((language) =>
    t(language, 'calendar.window', { start: formatClock(start, language), end: endClock(end, language) }),
  );
}

/** "Juledag, helligdag" / "Christmas Day, public holiday"; "weekend". */
export function describeReason(reason: DayOffReason, language: Language): string {
  return t(language, `calendar.reason.${reason.code}`, { name: reason.name[language] });
}

// 24:00 as the end of a window is midnight, which the formatter would show as 00.00.
function endClock(end: LocalTime, language: Language): string {
  return end.hour === 24 ? (language === 'da' ? '24.00' : '24:00') : formatClock(end, language);
}
