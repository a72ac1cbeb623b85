/**
 * One language per card: every card the bot sends, rendered in Danish and in English, holds no
 * text of the other language. Checked against the text tables themselves (and the programme's
 * own texts), so a new text, or a button that borrows a label from the wrong table, is caught.
 */
import { renderCard } from '../../../src/cards/render-card';
import { textTable } from '../../../src/domain/language/texts';
import { LANGUAGES, type Language } from '../../../src/domain/programme/model';
import { everyCard, programme } from '../../helpers/every-card';

/** Properties that hold no words a person reads. */
const NOT_WORDS = new Set(['type', 'id', 'verb', 'url', 'version', '$schema', 'style', 'color', 'size', 'weight', 'spacing', 'width', 'horizontalAlignment', 'verticalContentAlignment', 'fallback']);

/** Every string a person can read on the card: texts, labels, button titles, error messages, facts, choices. */
function wordsOn(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key?: string) => {
    if (typeof node === 'string') {
      if (!key || !NOT_WORDS.has(key)) out.push(node);
      return;
    }
    if (Array.isArray(node)) return node.forEach((child) => walk(child, key));
    if (!node || typeof node !== 'object') return;
    // Button data goes back to the bot, not to the reader ("lang": "en", a question to ask again).
    for (const [k, child] of Object.entries(node)) if (k !== 'data') walk(child, k);
  };
  walk(card);
  return out;
}

/**
 * The pieces of `other`'s texts that `language` never uses: each text split at its placeholders,
 * pieces of at least six characters, and only where that language's text differs ("Online" is
 * both) and no text of `language` contains the piece ("Modul" is inside "Module").
 */
function foreignPieces(language: Language, other: Language): string[] {
  const table = Object.values(textTable());
  const own = [...table.map((text) => text[language]), ...programmeTexts(language)];
  const candidates = [
    ...table.filter((text) => text[other] !== text[language]).map((text) => text[other]),
    ...programmeTexts(other).filter((text) => !programmeTexts(language).includes(text)),
  ];
  const pieces = candidates.flatMap((text) => text.split(/\{\w+\}/)).map((piece) => piece.trim());
  return [...new Set(pieces)].filter((piece) => piece.length >= 6 && /\p{L}/u.test(piece) && !own.some((text) => text.includes(piece)));
}

/** The programme's own words in one language: module titles and descriptions, preparations, agendas. */
function programmeTexts(language: Language): string[] {
  return [
    programme.name[language],
    ...programme.modules.flatMap((m) => [m.title[language], m.description[language]]),
    ...programme.sessions.flatMap((s) => [s.preparation?.[language] ?? '', ...s.agenda.map((a) => a[language])]),
  ].filter(Boolean);
}

describe('One language per card', () => {
  it.each(LANGUAGES.map((language) => [language, LANGUAGES.find((l) => l !== language)!] as const))(
    'When every card is rendered in %s, then no text of %s is on it',
    (language, other) => {
      const pieces = foreignPieces(language, other);
      expect(pieces.length).toBeGreaterThan(100); // the check has something to check against
      const leaks = everyCard(language).flatMap((card) =>
        wordsOn(renderCard(card)).flatMap((words) => pieces.filter((piece) => words.includes(piece)).map((piece) => `${card.template}: "${piece}" in "${words}"`)),
      );
      expect(leaks).toEqual([]);
    },
  );

  it('When the English absence choice is rendered, then its buttons say what they do in English, not "Send"', () => {
    const choice = everyCard('en').find((card) => card.template === 'absence-choice')!;
    const titles = wordsOn(renderCard(choice).body);
    expect(titles).toContain('Report absence');
    expect(titles).not.toContain('Send');
  });
});
