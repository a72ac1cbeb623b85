import { normalizeText, spellingVariants, stripMarkup, tokenize } from '../../../../src/domain/language/normalize-text';

describe('Normalising what leaders type', () => {
  it('When a question is shouted with extra punctuation, then it is lower-cased and the punctuation is gone', () => {
    expect(normalizeText('HVORNÅR er mit NÆSTE modul???')).toBe('hvornaar er mit naeste modul');
    expect(normalizeText('Where is it?!...')).toBe('where is it');
  });

  it('When Teams wraps a mention of the bot, then the tag and the name inside it are removed', () => {
    expect(normalizeText('<at>Programme Bot</at> help')).toBe('help');
    expect(normalizeText('<at id="0">Programme Bot</at>&nbsp;show my schedule')).toBe('show my schedule');
  });

  it('When Teams sends rich text, then other HTML tags and entities are removed but their words stay', () => {
    expect(normalizeText('<p>show&nbsp;my <b>schedule</b></p>')).toBe('show my schedule');
    expect(stripMarkup('<div>hvor er det?</div>').trim()).toBe('hvor er det?');
  });

  it('When the text has æ, ø and å, then they are folded to ae, oe and aa, in either case', () => {
    expect(normalizeText('Fællessamling på Ærø, næste gang')).toBe('faellessamling paa aeroe naeste gang');
    expect(normalizeText('ØLSTYKKE Å')).toBe('oelstykke aa');
  });

  it('When a letter carries another diacritic or a combining ring, then it is folded to the plain letter', () => {
    expect(normalizeText('Café résumé')).toBe('cafe resume');
    expect(normalizeText('hvorna\u030Ar')).toBe('hvornaar');
  });

  it('When an English contraction is typed, then it stays one word', () => {
    expect(normalizeText("What's next")).toBe('whats next');
    expect(normalizeText('I can’t come')).toBe('i cant come');
  });

  it('When a module number is glued to the word or written as a Danish ordinal, then the number stands alone', () => {
    expect(normalizeText('modul3')).toBe('modul 3');
    expect(normalizeText('det 3. modul')).toBe('det 3 modul');
    expect(normalizeText('on the 12th')).toBe('on the 12th');
  });

  it('When whitespace is uneven, then it is collapsed and trimmed', () => {
    expect(normalizeText('  vis \n\t mit   program ')).toBe('vis mit program');
  });

  it('When the text is only punctuation or a mention, then there are no words', () => {
    expect(normalizeText('?')).toBe('');
    expect(tokenize('?? !')).toEqual([]);
    expect(tokenize('<at>Programme Bot</at>')).toEqual([]);
    expect(tokenize('Hvor er det?')).toEqual(['hvor', 'er', 'det']);
  });

  it('When a Danish word has æøå, then its spellings include the folded and the plain-vowel form', () => {
    expect(spellingVariants('næste')).toEqual(['naeste', 'naste']);
    expect(spellingVariants('hvornår')).toEqual(['hvornaar', 'hvornar']);
    expect(spellingVariants('module')).toEqual(['module']);
  });
});
