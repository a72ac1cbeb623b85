/**
 * The weekly digest as Adaptive Card data (cards/digest.json): charts where people would rather
 * look than read (Teams' Chart.VerticalBar and Chart.Line), dropped by clients that cannot draw
 * them, and below them the same figures as text, so nothing is lost there.
 */
import type { CardOf } from './card-types';
import type { Digest } from '../domain/digest/digest';
import { headline, levelLines, meetingLines, peopleLines, quoteLines, reachLines, upcomingLines } from '../domain/digest/digest-text';
import { escapeMarkdown } from '../domain/language/escape-text';
import { formatDate } from '../domain/calendar/format-date';
import { weekNumberOf } from '../domain/calendar/iso-week';
import type { Language, Programme } from '../domain/programme/model';
import { t } from '../domain/language/texts';

/** Free text and names become plain text before they reach a card someone else reads. */
function escaped(digest: Digest): Digest {
  const name = <T extends { name: string }>(x: T): T => ({ ...x, name: escapeMarkdown(x.name) });
  return {
    ...digest,
    quotes: digest.quotes.map((q) => ({ ...q, text: escapeMarkdown(q.text), name: q.name && escapeMarkdown(q.name) })),
    notReached: digest.notReached.map(name),
    paused: digest.paused.map(name),
    nonResponders: digest.nonResponders.map(name),
    people: digest.people.map(name),
    upcoming: digest.upcoming.map((u) => ({ ...u, absences: u.absences.map(name) })),
  };
}

/** Splits "Label: rest" lines into a label and a value for a FactSet. */
function asRow(listLine: string): { label: string; value: string } {
  const line = listLine.replace(/^- /, '');
  const at = line.indexOf(': ');
  return at < 0 ? { label: line, value: '' } : { label: line.slice(0, at), value: line.slice(at + 2) };
}

export function digestCard(raw: Digest, programme: Programme, language: Language): CardOf<'digest'> {
  const digest = escaped(raw);
  const reference = new Date(digest.from);
  const week = weekNumberOf(digest.week);
  const previous = weekNumberOf(digest.previousWeek);
  const levels = digest.levels.filter((l) => l.participants > 0);
  const levelLabel = (level: number) => t(language, 'digest.chart.levelLabel', { level });
  const lines = levelLines(digest, language);
  // Series with both weeks first: a chart takes its x-axis order from the first series, and a
  // series with only this week's point would put this week before last week's.
  const ratingSeries = [...levels]
    .sort((a, b) => Number(b.previousAverageRating !== null) - Number(a.previousAverageRating !== null))
    .filter((l) => l.averageRating !== null || l.previousAverageRating !== null)
    .map((l) => ({
      legend: levelLabel(l.level),
      values: [
        ...(l.previousAverageRating !== null ? [{ x: t(language, 'digest.chart.weekLabel', { week: previous }), y: l.previousAverageRating }] : []),
        ...(l.averageRating !== null ? [{ x: t(language, 'digest.chart.weekLabel', { week }), y: l.averageRating }] : []),
      ],
    }));
  const upcoming = upcomingLines(digest, programme, language, reference);
  const quoteText = quoteLines(digest, language);
  const peopleText = peopleLines(digest, programme, language, reference);
  const meetingText = meetingLines(digest, programme, language);
  return {
    template: 'digest',
    data: {
      heading: headline(digest, programme, language),
      subtitle: t(language, 'digest.period', {
        from: formatDate(digest.from, programme.timeZone, language, reference),
        to: formatDate(new Date(Date.parse(digest.to) - 1), programme.timeZone, language, reference),
      }),
      showCharts: levels.some((l) => l.responseRate !== null) || ratingSeries.length > 0,
      responseChart: {
        title: t(language, 'digest.chart.rate', { week }),
        xAxisTitle: t(language, 'digest.chart.levelAxis'),
        yAxisTitle: t(language, 'digest.chart.rateAxis'),
        // A level with no prompts sent has no rate: no bar, rather than a misleading 0 %.
        data: levels.filter((l) => l.responseRate !== null).map((l) => ({ x: levelLabel(l.level), y: Math.round(l.responseRate! * 100) })),
      },
      ratingChart: { title: t(language, 'digest.chart.rating'), series: ratingSeries },
      levelRows: lines.map(asRow),
      reflectionsText: t(language, 'digest.reflections', { count: digest.reflections, previousWeek: previous, previous: digest.previousReflections }),
      upcomingLabel: upcoming[0] ?? '',
      // "No sessions in the next 14 days" has no "when": it is shown as the value of an empty row.
      upcoming: upcoming.slice(1).map((line) => {
        const row = asRow(line);
        return row.value ? { when: row.label, text: row.value } : { when: '', text: row.label };
      }),
      reachText: reachLines(digest, language).join('\n\n'),
      quotesLabel: quoteText[0] ?? '',
      quotes: quoteText.slice(1).map((q) => ({ text: q })),
      peopleLabel: peopleText[0] ?? '',
      people: peopleText.slice(1).map((line) => {
        const row = asRow(line);
        return { name: row.label, status: row.value };
      }),
      meetingsLabel: meetingText[0] ?? '',
      meetings: meetingText.slice(1).map((line) => ({ text: line.replace(/^- /, '') })),
    },
  };
}
