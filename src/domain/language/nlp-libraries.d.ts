/**
 * Types for the parts of nlp.js's language packages and of stopword that the matcher uses; the
 * nlp.js packages ship none, and stopword's do not cover its CommonJS entry.
 */
declare module '@nlpjs/lang-da' {
  /** The Snowball stemmer for Danish (nlp.js's port of snowballstem.org's algorithm). */
  export class StemmerDa {
    stem(word: string): string;
  }
}

declare module '@nlpjs/lang-en-min' {
  /** The Snowball (Porter 2) stemmer for English. */
  export class StemmerEn {
    stem(word: string): string;
  }
}

declare module 'stopword' {
  /** Danish stop words (lower case, with æøå). */
  export const dan: readonly string[];
  /** English stop words (lower case). */
  export const eng: readonly string[];
}
