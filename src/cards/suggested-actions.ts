import type { SuggestedAction } from './card-types';
import type { Language } from '../domain/programme/model';
import { t, type TextKey } from '../domain/language/texts';

/** The buttons under an answer: the questions a leader is most likely to ask next. */
export function suggest(language: Language, ...keys: TextKey[]): SuggestedAction[] {
  return keys.map((key) => {
    const text = t(language, key);
    return { title: text, value: text };
  });
}
