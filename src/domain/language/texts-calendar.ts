/**
 * Texts of the working calendar: the names of reasons a time is not working time, HR's warnings
 * about sessions on days off, and what `plan` and "flyt session" say about moved messages.
 */
export const CALENDAR_TEXTS = {
  'calendar.window': { da: 'arbejdstiden {start}–{end}', en: 'working hours {start}–{end}' },
  'calendar.reason.public-holiday': { da: '{name}, helligdag', en: '{name}, public holiday' },
  'calendar.reason.employer-day-off': { da: '{name}, særlig fridag', en: "{name}, the employer's day off" },
  'calendar.reason.closed-period': { da: '{name}, lukkeperiode', en: '{name}, closed period' },
  'calendar.reason.weekend': { da: 'weekend', en: 'weekend' },
  'calendar.warning.day-off': {
    da: '{session} ligger på en fridag: {date} ({reasons}).',
    en: '{session} falls on a day off: {date} ({reasons}).',
  },
  'calendar.warning.weekend': { da: '{session} ligger i en weekend: {date}.', en: '{session} falls on a weekend: {date}.' },
  'calendar.warning.closed-period': {
    da: '{session} ligger i en lukkeperiode: {date} ({reasons}).',
    en: '{session} falls in a closed period: {date} ({reasons}).',
  },
  'calendar.warning.part-day': {
    da: '{session} rækker ind i fritiden: {date} er der fri fra kl. {from} ({reasons}).',
    en: '{session} runs into time off: on {date} work ends at {from} ({reasons}).',
  },
  'calendar.import.refused': {
    da: '{file} blev ikke importeret, fordi kalenderen er sat til streng kontrol (calendar.strict), og sessioner ligger på fridage, i weekender eller i lukkeperioder ({count}). Flyt dem i filen, eller slå streng kontrol fra. Intet er gemt.',
    en: '{file} was not imported because the calendar is strict (calendar.strict) and sessions fall on days off, weekends or in closed periods ({count}). Move them in the file, or turn strict mode off. Nothing was saved.',
  },
  'calendar.import.wouldRefuse': {
    da: 'Kalenderen er sat til streng kontrol (calendar.strict): importen af {file} bliver afvist, så længe sessioner ligger på fridage, i weekender eller i lukkeperioder ({count}).',
    en: 'The calendar is strict (calendar.strict): importing {file} will be refused while sessions fall on days off, weekends or in closed periods ({count}).',
  },
  'change.warnings': {
    da: 'Bemærk: Sessionen ligger nu helt eller delvis uden for arbejdstiden. Ændringen er gemt, og deltagerne får besked.',
    en: 'Note: the session now falls wholly or partly outside working time. The change is saved and participants are told.',
  },
} as const;
