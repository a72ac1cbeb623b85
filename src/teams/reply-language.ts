import type { Language } from '../domain/programme/model';

/** The language of a Teams locale ("da-DK" → da, "en-US" → en); other locales give the fallback. */
export function languageOfLocale(locale: string | undefined, fallback: Language): Language {
  const tag = locale?.toLowerCase().split(/[-_]/)[0];
  return tag === 'da' || tag === 'en' ? tag : fallback;
}
