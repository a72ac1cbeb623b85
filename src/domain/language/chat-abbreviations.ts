/**
 * Shorthand that leaders type in Teams chat, written out before matching ("mdl" → "modul",
 * "thx" → "thanks", "u" → "you", "ift" → "i forhold til"). Only abbreviations that mean one
 * thing in both languages are here; "d." stays as it is because it introduces a date ("d. 4").
 */
import { normalizeText } from './normalize-text';

const ABBREVIATIONS: Record<string, string> = {
  // Danish
  mdl: 'modul', ift: 'i forhold til', iforht: 'i forhold til', pga: 'på grund af', mht: 'med hensyn til',
  vedr: 'vedrørende', ang: 'angående', mvh: 'med venlig hilsen', vh: 'venlig hilsen', hva: 'hvad', hvd: 'hvad',
  hvr: 'hvor', ik: 'ikke', ikk: 'ikke', ka: 'kan', kl: 'klokken', evt: 'eventuelt', bl: 'blandt',
  tlf: 'telefon', nr: 'nummer', progr: 'program', prog: 'program', tusen: 'tusind', tusinde: 'tusind',
  // English
  pls: 'please', plz: 'please', pleez: 'please', thx: 'thanks', thnx: 'thanks', thnks: 'thanks', tnx: 'thanks',
  tks: 'thanks', ty: 'thank you', tyvm: 'thank you very much', u: 'you', ur: 'your', r: 'are', abt: 'about',
  tmrw: 'tomorrow', tmr: 'tomorrow', tomoz: 'tomorrow', wk: 'week', sess: 'session', wat: 'what',
  wen: 'when', whr: 'where', cuz: 'because', coz: 'because', bc: 'because', w: 'with', idk: 'i dont know',
  asap: 'as soon as possible', hiya: 'hi', yo: 'hi',
};

const EXPANSIONS = new Map(Object.entries(ABBREVIATIONS).map(([short, long]) => [short, normalizeText(long).split(' ')]));

/** The words with chat shorthand written out; every other word stays as it is. */
export function expandAbbreviations(tokens: string[]): string[] {
  return tokens.flatMap((token) => EXPANSIONS.get(token) ?? [token]);
}
