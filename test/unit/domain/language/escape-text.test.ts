import { escapeMarkdown } from '../../../../src/domain/language/escape-text';

describe('Escaping free text for cards', () => {
  it('When a quote contains a Markdown link, then it is shown as text, not as a link', () => {
    expect(escapeMarkdown('[klik her](https://evil.example)')).toBe('\\[klik her\\]\\(https://evil.example\\)');
  });

  it('When a quote starts like a list or a heading, then it stays plain text', () => {
    expect(escapeMarkdown('1. punkt\n- andet\n# overskrift')).toBe('1\\. punkt\n\\- andet\n\\# overskrift');
  });

  it('When a quote has emphasis or template syntax, then the characters are kept but inert', () => {
    expect(escapeMarkdown('**vigtigt** ${x}')).toBe('\\*\\*vigtigt\\*\\* $\\{x\\}');
  });

  it('When a quote is ordinary Danish text, then only the text is there', () => {
    expect(escapeMarkdown('Vi har brugt trioerne på teammødet.')).toBe('Vi har brugt trioerne på teammødet.');
  });
});
