/**
 * The weekly digest as Adaptive Card data (cards/digest.json): charts where people would rather
 * look than read (Teams' Chart.VerticalBar.Grouped and Chart.Line), dropped by clients that cannot
 * draw them, and below them the same figures as text, so nothing is lost there.
 *
 * Charts that do not mislead: a rate is drawn as "answered" stacked on "not answered", so every
 * bar reaches 100 and the axis runs from 0 to 100 % (Chart.VerticalBar has no axis range; Teams'
 * chart documentation lists none); ratings on a fixed 1–5 axis (Chart.Line's yMin and yMax);
 * one bar, or one week of ratings, is text only, never a lone bar or dot.
 */
import type { CardOf } from './card-types';
import type { Digest, FigureGroup } from '../domain/digest/digest';
import {
  chartLabel,
  headline,
  levelAxisLabel,
  levelLines,
  meetingLines,
  peopleLines,
  privacyText,
  quoteLines,
  reachLines,
  reflectionsText,
  tooSmallText,
  upcomingLines,
} from '../domain/digest/digest-text';
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
    quotes: digest.quotes.map((q) => ({ ...q, text: escapeMarkdown(q.text), ...(q.name !== undefined ? { name: escapeMarkdown(q.name) } : {}) })),
    notReached: digest.notReached.map(name),
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

const percentOf = (group: FigureGroup) => (group.current.responseRate.status === 'shown' ? Math.round(group.current.responseRate.value * 100) : undefined);

/** The digest card; `note` says why another week than the one asked for is shown. */
export function digestCard(raw: Digest, programme: Programme, language: Language, note = ''): CardOf<'digest'> {
  const digest = escaped(raw);
  const reference = new Date(digest.from);
  const week = weekNumberOf(digest.week);
  const previous = weekNumberOf(digest.previousWeek);
  const rated = digest.groups.filter((g) => percentOf(g) !== undefined);
  const bothWeeks = digest.groups.filter((g) => g.current.averageRating.status === 'shown' && g.previous.averageRating.status === 'shown');
  const weekLabel = (n: number) => t(language, 'digest.chart.weekLabel', { week: n });
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
      note,
      tooSmallText: tooSmallText(digest, programme, language),
      showRateChart: rated.length >= 2,
      rateChart: {
        title: t(language, 'digest.chart.rate', { week }),
        xAxisTitle: t(language, 'digest.chart.levelAxis'),
        yAxisTitle: t(language, 'digest.chart.rateAxis'),
        answeredLegend: t(language, 'digest.chart.answered'),
        notAnsweredLegend: t(language, 'digest.chart.notAnswered'),
        answered: rated.map((g) => ({ x: levelAxisLabel(g, language), y: percentOf(g)! })),
        notAnswered: rated.map((g) => ({ x: levelAxisLabel(g, language), y: 100 - percentOf(g)! })),
      },
      showRatingChart: bothWeeks.length > 0,
      ratingChart: {
        title: t(language, 'digest.chart.rating', { week, previousWeek: previous }),
        yAxisTitle: t(language, 'digest.chart.ratingAxis'),
        series: bothWeeks.map((g) => ({
          legend: chartLabel(digest, g, language),
          values: [
            { x: weekLabel(previous), y: (g.previous.averageRating as { value: number }).value },
            { x: weekLabel(week), y: (g.current.averageRating as { value: number }).value },
          ],
        })),
      },
      levelRows: levelLines(digest, language).map(asRow),
      reflectionsText: reflectionsText(digest, language),
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
      privacyText: privacyText(digest, language),
      meetingsLabel: meetingText[0] ?? '',
      meetings: meetingText.slice(1).map((line) => ({ text: line.replace(/^- /, '') })),
    },
  };
}
