import { detectLanguage } from '../../../../src/domain/language/detect-language';
import { loadIntentSet } from '../../../bench/intent-accuracy';

describe('Detecting the language of a question', () => {
  it('When a leader writes Danish in an English Teams client, then the answer is Danish', () => {
    expect(detectLanguage('Hvornår er mit næste modul?', 'en')).toBe('da');
    expect(detectLanguage('vis mit program', 'en')).toBe('da');
    expect(detectLanguage('hjælp', 'en')).toBe('da');
  });

  it('When a leader writes English in a Danish Teams client, then the answer is English', () => {
    expect(detectLanguage('When is my next module?', 'da')).toBe('en');
    expect(detectLanguage('where is it', 'da')).toBe('en');
    expect(detectLanguage('help', 'da')).toBe('en');
  });

  it('When Danish is typed without æøå, then it is still Danish', () => {
    expect(detectLanguage('hvornar er naste modul', 'en')).toBe('da');
    expect(detectLanguage('hvornaar er mit naeste modul', 'en')).toBe('da');
    expect(detectLanguage('hjaelp', 'en')).toBe('da');
  });

  it('When the only words are one-letter typos, then they count as the words they were meant to be', () => {
    expect(detectLanguage('nxt modle', 'da')).toBe('en');
    expect(detectLanguage('hvorndr', 'en')).toBe('da');
  });

  it('When the text does not tell, then the fallback decides', () => {
    for (const fallback of ['da', 'en'] as const) {
      expect(detectLanguage('?', fallback)).toBe(fallback);
      expect(detectLanguage('', fallback)).toBe(fallback);
      expect(detectLanguage('modul 3', fallback)).toBe(fallback);
      expect(detectLanguage('menu', fallback)).toBe(fallback);
      expect(detectLanguage('12/3', fallback)).toBe(fallback);
    }
  });

  it('When a mention names someone with æøå, then the name does not make the text Danish', () => {
    expect(detectLanguage('<at>Bjørn Sørensen</at> help', 'da')).toBe('en');
  });

  it('When the whole labelled set is read against the opposite Teams locale, then nearly every language is still right', () => {
    const set = loadIntentSet('intent-set');
    const flipped = (language: 'da' | 'en') => (language === 'da' ? 'en' : 'da');
    const right = set.filter((u) => detectLanguage(u.text, flipped(u.language)) === u.language).length;
    console.info(`language detection against the opposite locale: ${right}/${set.length} (${((right / set.length) * 100).toFixed(1)}%)`);
    // The rest are texts that do not tell ("?", "menu", "modul 4"), where the locale rightly decides.
    expect(right / set.length).toBeGreaterThanOrEqual(0.9);
  });
});
