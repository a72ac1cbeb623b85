/**
 * HR's preview of a round of sparring partners: the quality report as facts, what to note (the
 * round's issues), the groups with area and level, and a swap form with Send, Swap, Make a new
 * one and Cancel. Pure: the round, its report and the programme are passed in.
 */
import { formatDate } from '../domain/calendar/format-date';
import { escapeMarkdown } from '../domain/language/escape-text';
import { joinList, t } from '../domain/language/texts';
import type { PairingRound, RoundIssue } from '../domain/pairing/pairing-model';
import type { QualityReport } from '../domain/pairing/quality-report';
import type { Language, Programme } from '../domain/programme/model';
import type { CardOf } from './card-types';

/**
 * Groups listed on the card; a larger round lists the first ones and points to the CLI. Keeps a
 * 200-leader round well inside Teams' 28 KB card limit.
 */
const MAX_GROUPS_SHOWN = 60;

export interface PairingPreviewInput {
  programme: Programme;
  roundId: string;
  version: number;
  status: 'preview' | 'sent' | 'cancelled';
  round: PairingRound;
  report: QualityReport;
  language: Language;
  now: Date;
  notice?: { text: string; problem: boolean };
}

const percent = (share: number, language: Language) => `${Math.round(share * 100)}${language === 'da' ? ' %' : '%'}`;

export function pairingPreviewCard(input: PairingPreviewInput): CardOf<'pairing-preview'> {
  const { programme, round, report, language } = input;
  const people = new Map(programme.participants.map((p) => [p.id, p]));
  const nameOf = (id: string) => escapeMarkdown(people.get(id)?.name ?? id);
  const describe = (id: string) => {
    const p = people.get(id);
    return p ? `${escapeMarkdown(p.name)} (${escapeMarkdown(p.area)}, ${p.level})` : id;
  };
  const notTakingPart = Object.entries(report.notTakingPart)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${t(language, `pairing.reason.${reason as keyof QualityReport['notTakingPart']}`)} ${n}`);
  const shown = round.groups.slice(0, MAX_GROUPS_SHOWN).map((g, i) => `${i + 1}. ${g.map(describe).join(' + ')}`);
  if (round.groups.length > MAX_GROUPS_SHOWN) shown.push(t(language, 'pairing.preview.more', { count: round.groups.length - MAX_GROUPS_SHOWN }));
  const share = (count: number, value: number, best: number) =>
    t(language, 'pairing.preview.shareValue', { share: percent(value, language), count, ties: report.ties, best: percent(best, language) });
  return {
    template: 'pairing-preview',
    data: {
      heading: t(language, 'pairing.preview.heading', { date: formatDate(`${round.date}T12:00:00Z`, programme.timeZone, language, input.now) }),
      status: input.status === 'preview' ? t(language, 'pairing.preview.status', { version: input.version }) : '',
      notice: input.notice?.text ?? '',
      noticeIsProblem: input.notice?.problem ?? false,
      facts: [
        {
          title: t(language, 'pairing.preview.takingPart'),
          value: t(language, 'pairing.preview.takingPartValue', { count: report.takingPart, groups: groupCounts(report, language) }),
        },
        { title: t(language, 'pairing.preview.crossArea'), value: share(report.crossAreaTies, report.crossAreaShare, report.bestCrossAreaShare) },
        { title: t(language, 'pairing.preview.crossLevel'), value: share(report.crossLevelTies, report.crossLevelShare, report.bestCrossLevelShare) },
        { title: t(language, 'pairing.preview.newPartners'), value: t(language, 'pairing.preview.countValue', { count: report.newPartnerTies, ties: report.ties }) },
        { title: t(language, 'pairing.preview.repeats'), value: String(report.repeats) },
        { title: t(language, 'pairing.preview.notTakingPart'), value: notTakingPart.join(', ') || t(language, 'pairing.preview.none') },
      ],
      issuesLabel: t(language, 'pairing.preview.issuesLabel'),
      issuesText: round.issues.map((issue) => `- ${issueText(issue, nameOf, language)}`).join('\n'),
      groupsLabel: t(language, 'pairing.preview.groupsLabel'),
      groupsText: shown.join('\n\n'),
      open: input.status === 'preview',
      swapLabel: t(language, 'pairing.preview.swapLabel'),
      swapALabel: t(language, 'pairing.preview.swapA'),
      swapBLabel: t(language, 'pairing.preview.swapB'),
      swapButtonLabel: t(language, 'pairing.preview.swap'),
      sendLabel: t(language, 'pairing.preview.send'),
      againLabel: t(language, 'pairing.preview.again'),
      cancelLabel: t(language, 'pairing.preview.cancel'),
      roundId: input.roundId,
      version: input.version,
    },
  };
}

/** "2 par og 1 trio" / "2 pairs and 1 trio"; trios only when there are any. */
function groupCounts(report: QualityReport, language: Language): string {
  const pairs = report.pairs === 1 ? t(language, 'pairing.count.pair') : t(language, 'pairing.count.pairs', { n: report.pairs });
  if (report.trios === 0) return pairs;
  const trios = report.trios === 1 ? t(language, 'pairing.count.trio') : t(language, 'pairing.count.trios', { n: report.trios });
  return joinList(language, [pairs, trios]);
}

function issueText(issue: RoundIssue, nameOf: (id: string) => string, language: Language): string {
  switch (issue.kind) {
    case 'repeat':
      return t(language, 'pairing.issue.repeat', { names: issue.leaderIds.map(nameOf).join(' + '), rounds: issue.roundsAgo });
    case 'own-manager':
      return t(language, 'pairing.issue.own-manager', { names: issue.leaderIds.map(nameOf).join(' + ') });
    case 'not-taking-part':
      return t(language, 'pairing.issue.not-taking-part', { names: nameOf(issue.leaderId), reason: t(language, `pairing.reason.${issue.reason}`) });
    case 'unplaced':
      return t(language, 'pairing.issue.unplaced', { names: nameOf(issue.leaderId) });
    case 'group-size':
      return t(language, 'pairing.issue.other', { names: issue.group.map(nameOf).join(' + ') });
    case 'placed-twice':
    case 'unknown-leader':
      return t(language, 'pairing.issue.other', { names: nameOf(issue.leaderId) });
  }
}
