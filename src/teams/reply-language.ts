import type { Activity } from 'botbuilder';
import type { Language } from '../domain/programme/model';

/** The language of a Teams locale ("da-DK" → da, "en-US" → en); other locales give the fallback. */
export function languageOfLocale(locale: string | undefined, fallback: Language): Language {
  const tag = locale?.toLowerCase().split(/[-_]/)[0];
  return tag === 'da' || tag === 'en' ? tag : fallback;
}

/**
 * The language of the card whose button was pressed: every card a leader or HR acts on carries its
 * language in its buttons' data (`lang`), so the answer replacing it speaks the same language.
 * Undefined for anything else (a message, a card sent before cards carried it).
 */
export function cardLanguageOf(activity: Partial<Activity>): Language | undefined {
  const value = activity.value as { action?: { data?: { lang?: unknown } }; lang?: unknown } | undefined;
  // Action.Execute puts the data in value.action.data; Action.Submit in value itself.
  const lang = value?.action?.data?.lang ?? value?.lang;
  return lang === 'da' || lang === 'en' ? lang : undefined;
}
