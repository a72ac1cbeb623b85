import type { SuggestedAction } from './card-data';
import type { Language } from './programme/model';
import { t, type TextKey } from './language/texts';

/** The buttons under an answer: the questions a leader is most likely to ask next. */
export function suggest(language: Language, ...keys: TextKey[]): SuggestedAction[] {
  return keys.map((key) => {
    const text = t(language, key);
    return { title: text, value: text };
  });
}
