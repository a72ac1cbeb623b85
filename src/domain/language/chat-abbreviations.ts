/**
 * Shorthand and spoken spellings that leaders type in Teams chat, written out before matching
 * ("mdl" → "modul", "thx" → "thanks", "u" → "you", "ift" → "i forhold til", "ska" → "skal",
 * "wanna" → "want to"). Only forms that mean one thing in both languages are here; "d." stays as
 * it is because it introduces a date ("d. 4"), and forms that mean one thing only next to a
 * certain word are read in context below.
 */
import { normalizeText } from './normalize-text';

const ABBREVIATIONS: Record<string, string> = {
  // Danish shorthand
  mdl: 'modul', ift: 'i forhold til', iforht: 'i forhold til', pga: 'på grund af', mht: 'med hensyn til',
  vedr: 'vedrørende', ang: 'angående', mvh: 'med venlig hilsen', vh: 'venlig hilsen', hvd: 'hvad',
  hvr: 'hvor', kl: 'klokken', evt: 'eventuelt', bl: 'blandt',
  tlf: 'telefon', nr: 'nummer', progr: 'program', prog: 'program', tusen: 'tusind', tusinde: 'tusind', '1000': 'tusind',
  // Danish as it is spoken, and written so in chat: the dropped final consonant or vowel of the
  // commonest verbs ("ska", "ka", "sku", "ha"), "hva", "nåt", and "å" for the infinitive "at".
  hva: 'hvad', hvaa: 'hvad', ska: 'skal', ka: 'kan', sku: 'skulle', ku: 'kunne', ha: 'have',
  ik: 'ikke', ikk: 'ikke', naat: 'noget', nogt: 'noget', aa: 'at', bli: 'blive', gi: 'give', lissom: 'ligesom',
  // English shorthand
  pls: 'please', plz: 'please', pleez: 'please', thx: 'thanks', thnx: 'thanks', thnks: 'thanks', tnx: 'thanks',
  tks: 'thanks', ty: 'thank you', tyvm: 'thank you very much', u: 'you', ur: 'your', r: 'are', abt: 'about',
  tmrw: 'tomorrow', tmr: 'tomorrow', tomoz: 'tomorrow', tmrow: 'tomorrow', '2moro': 'tomorrow', wk: 'week', sess: 'session',
  sesh: 'session', wat: 'what', wen: 'when', whr: 'where', cuz: 'because', coz: 'because', cos: 'because', bc: 'because',
  w: 'with', idk: 'i dont know', asap: 'as soon as possible', hiya: 'hi', yo: 'hi',
  // English as it is spoken
  wanna: 'want to', gonna: 'going to', gotta: 'have to', gimme: 'give me', lemme: 'let me', dunno: 'dont know',
  hafta: 'have to', needa: 'need to', kinda: 'kind of', sorta: 'sort of', whatre: 'what are', whered: 'where did',
  thru: 'through', tho: 'though', ppl: 'people',
};

const EXPANSIONS = new Map(Object.entries(ABBREVIATIONS).map(([short, long]) => [short, normalizeText(long).split(' ')]));

/** "mod 4", "mod. 2", "mod fire": with a number after it, "mod" is a module, elsewhere the Danish "against". */
const NUMBER_AFTER = /^(\d{1,2}|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * Spoken Danish "li" is "lige" ("ka du li sige"), but after "kan" it is "lide" ("jeg ka li det":
 * I like it), which is an opinion, not a question.
 */
function inContext(token: string, before: string | undefined, after: string | undefined): string[] | undefined {
  if ((token === 'mod' || token === 'mods') && after !== undefined && NUMBER_AFTER.test(after)) return ['modul'];
  if (token === 'li') return before === 'kan' || before === 'ka' ? ['lide'] : ['lige'];
  return undefined;
}

/**
 * Letters held down for emphasis ("hellooo", "takkkk", "pleeease"): three or more of a letter are
 * read as two. No Danish or English word has three of one letter; whether two or one was meant is
 * left to the word lists (tag-words.ts tries both).
 */
export function collapseElongation(token: string): string {
  return token.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** The words with chat shorthand and spoken spellings written out; every other word stays as it is. */
export function expandAbbreviations(tokens: string[]): string[] {
  const collapsed = tokens.map(collapseElongation);
  return collapsed.flatMap((token, i) => inContext(token, collapsed[i - 1], collapsed[i + 1]) ?? EXPANSIONS.get(token) ?? [token]);
}
