/**
 * Text normalisation for matching leaders' questions. Leaders type fast in Teams: upper case,
 * extra punctuation, a mention of the bot, and often without æ, ø and å (an English keyboard
 * layout, or a phone that autocorrects them away). Everything that reads a question compares
 * words in this one folded form, so "Hvornår", "HVORNAAR" and "hvornår?" are the same word.
 */

/**
 * Removes what Teams wraps around the words: `<at>Programme Bot</at>` mentions (the whole tag,
 * name included, because the bot's own name is not part of the question), any other HTML tag
 * (Teams sends rich text such as `<p>` and `<div>`), and HTML entities such as `&nbsp;`.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ');
}

/**
 * Folds a text to the form every matcher compares: lower case, markup stripped, æ→ae, ø→oe,
 * å→aa (the Danish transliteration), other diacritics dropped (é→e), apostrophes dropped so
 * "what's" becomes one word "whats", other punctuation turned into spaces, and whitespace
 * collapsed. A letter directly followed by a digit is split ("modul3" → "modul 3").
 */
export function normalizeText(text: string): string {
  return (
    stripMarkup(text)
      // NFC first: a Mac or phone may send "å" as "a" plus a combining ring.
      .normalize('NFC')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Contractions stay one word ("can't" → "cant") so they can be looked up as such.
      .replace(/['’‘`´]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Splits a text into normalised words; an empty or punctuation-only text gives no words. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * The ways a Danish word reaches us: with æøå transliterated ("naeste", what normalizeText
 * makes of "næste") and with them typed as the plain vowel ("naste", "hvornar", "hjalp"), which
 * is what people do on an English keyboard. Words without æøå give one spelling.
 */
export function spellingVariants(word: string): string[] {
  const folded = normalizeText(word);
  const plain = normalizeText(
    word.toLowerCase().replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a'),
  );
  return folded === plain ? [folded] : [folded, plain];
}
