import fs from 'node:fs';
import path from 'node:path';
import { renderCard, renderTemplate } from '../../../src/cards/render-card';
import { answerNotEnrolled } from '../../../src/cards/answers/answer-messages';
import { announcementCard } from '../../../src/cards/announcement-cards';
import { everyCard, programme } from '../../helpers/every-card';
import { cardText } from '../../helpers/programmes';
import { adaptiveCardProblems } from '../../helpers/validate-card';

describe('Card templates', () => {
  it.each(['da', 'en'] as const)('When every answer is rendered in %s, then each card is valid Adaptive Card 1.5 for the SDK parser', (language) => {
    for (const answer of everyCard(language)) {
      const card = renderCard(answer);
      expect(card.version).toBe('1.5');
      // Teams' chart elements are newer than the SDK's parser; they carry a fallback for such clients.
      expect(adaptiveCardProblems(card).filter((p) => !/Unknown element type "Chart\./.test(p))).toEqual([]);
      expect(JSON.stringify(card)).not.toContain('${');
    }
  });

  it('When a digest has figures in both weeks, then rates are bars stacked to 100 and ratings a line on a 1–5 axis', () => {
    const card = renderCard(everyCard('da').at(-1)!);
    const bars = (card.body as any[]).find((e) => e.type === 'Chart.VerticalBar.Grouped');
    expect(bars.stacked).toBe(true);
    const [answered, notAnswered] = bars.data;
    answered.values.forEach((v: { x: string; y: number }, i: number) => expect(v.y + notAnswered.values[i].y).toBe(100));
    const line = (card.body as any[]).find((e) => e.type === 'Chart.Line');
    expect([line.yMin, line.yMax]).toEqual([1, 5]);
    expect(line.data.every((series: { values: unknown[] }) => series.values.length === 2)).toBe(true);
  });

  it('When every template in cards/ is listed, then each one is used by an answer', () => {
    const templates = fs.readdirSync(path.join(__dirname, '..', '..', '..', 'cards')).map((f) => f.replace(/\.json$/, ''));
    const used = new Set(everyCard('da').map((a) => a.template));
    expect(templates.sort()).toEqual([...used].sort());
  });

  it('When data contains template syntax, then it is shown literally and never evaluated', () => {
    const card = renderTemplate('message', {
      heading: '${string(1+1)}',
      text: '${$root.heading} {{DATE(2027-01-01T00:00:00Z)}}',
      actions: [{ title: '${title}', value: '${value}' }],
    });
    const text = cardText(card);
    expect(text).toContain('${string(1+1)}');
    expect(text).toContain('${$root.heading}');
    expect(text).not.toContain('2\n');
    expect((card.actions as any[])[0].data.question).toBe('${value}');
  });

  it('When an announcement contains template syntax or card JSON, then recipients see it literally', () => {
    const text = '${$root.title} {"type":"AdaptiveCard","body":[]}';
    const card = renderCard(announcementCard({ title: '${1+1}', text }, 'HR', 'da'));
    expect(cardText(card)).toContain('${1+1}');
    expect(cardText(card)).toContain(text);
  });

  it('When a message has notes, then they stand in their own container below the text, valid, and a message without notes has none', () => {
    const card = renderCard({ template: 'message', data: { heading: 'Flyt en session', text: 'Gemt.', actions: [], notes: ['Bemærk', '${ikke en skabelon}'] } });
    expect(adaptiveCardProblems(card)).toEqual([]);
    const container = (card.body as any[]).find((e) => e.type === 'Container');
    expect(container.items.map((i: any) => i.text)).toEqual(['Bemærk', '${ikke en skabelon}']);
    const plain = renderCard({ template: 'message', data: { heading: 'H', text: 'T', actions: [] } });
    expect((plain.body as any[]).some((e) => e.type === 'Container')).toBe(false);
  });

  it('When a card has no suggested actions, then it renders without an empty button row', () => {
    const card = renderCard(answerNotEnrolled('en', programme.name, { name: 'HR', email: 'hr@kommune.example' }));
    expect((card.actions as unknown[] | undefined) ?? []).toHaveLength(0);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
