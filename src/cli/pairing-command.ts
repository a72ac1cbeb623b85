/**
 * `pairing preview | swap | send`: HR's round of sparring partners from the command line. A
 * preview is saved as the one open preview (a new one replaces it); swap edits it; send puts its
 * cards in the outbox and sends what is due now, with the same guarantees as everything else.
 */
import os from 'node:os';
import { CodedError } from '../domain/errors';
import { formatDateTime } from '../domain/calendar/format-date';
import { currentPreviewId, previewPairingRound, showPairingRound, type PairingPreview } from '../features/pairing/preview-pairing-round';
import { describeIssue, sendPairingRound } from '../features/pairing/send-pairing-round';
import { swapPairingLeaders } from '../features/pairing/swap-pairing-leaders';
import type { CliContext } from './cli-context';
import { cliDispatcher } from './cli-dispatcher';

type Out = (line: string) => void;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const actorOf = (actor?: string) => actor ?? `cli:${os.userInfo().username}`;

function parseVersion(value: string | undefined): number {
  const version = Number(value);
  if (!value || !Number.isInteger(version) || version < 1) {
    throw new CodedError('CLI_USAGE', `--version: give the preview's version as printed by 'pairing preview' (a whole number), got '${value ?? ''}'`);
  }
  return version;
}

/** The preview as text: each group with names, areas and levels, then the quality report and what to do next. */
async function printPreview(ctx: CliContext, preview: PairingPreview, out: Out): Promise<void> {
  const { record, round, report } = preview;
  const programme = await ctx.store.getProgramme();
  const people = new Map(programme.participants.map((p) => [p.id, p]));
  const who = (id: string) => {
    const p = people.get(id);
    return p ? `${p.name} (${p.area}, level ${p.level})` : id;
  };
  out(`Round ${record.id} on ${record.date}: ${record.status}, version ${record.version}, seed ${record.seed}`);
  round.groups.forEach((group, i) => out(`${String(i + 1).padStart(4)}. ${group.map(who).join(' + ')}`));
  out(`Taking part ${report.takingPart}, placed ${report.placed}: ${report.pairs} pairs, ${report.trios} trios`);
  out(
    `Across areas ${report.crossAreaTies}/${report.ties} (${percent(report.crossAreaShare)}, best possible ${percent(report.bestCrossAreaShare)}); ` +
      `across levels ${report.crossLevelTies}/${report.ties} (${percent(report.crossLevelShare)}, best possible ${percent(report.bestCrossLevelShare)}); ` +
      `new partners ${report.newPartnerTies}; repeats ${report.repeats}; own manager ${report.ownManagerTies}`,
  );
  const notTakingPart = Object.entries(report.notTakingPart).filter(([, n]) => n > 0);
  if (notTakingPart.length) out(`Not taking part: ${notTakingPart.map(([reason, n]) => `${reason} ${n}`).join(', ')}`);
  for (const issue of round.issues) out(`Issue: ${describeIssue(issue)}`);
  if (record.status === 'preview') out(`Send it with: pairing send ${record.id} --version ${record.version}`);
}

export async function pairingPreviewCommand(
  ctx: CliContext,
  options: { date?: string; absent?: string[]; seed?: string; show?: string; json?: boolean; actor?: string },
  out: Out,
): Promise<void> {
  const deps = { store: ctx.store, config: ctx.config };
  let preview: PairingPreview;
  if (options.show !== undefined) {
    const id = options.show === 'current' ? await currentPreviewId(deps) : options.show;
    if (!id) throw new CodedError('PAIRING_ROUND_NOT_FOUND', 'There is no open preview; make one with: pairing preview');
    preview = await showPairingRound(deps, id);
  } else {
    const seed = options.seed === undefined ? undefined : Number(options.seed);
    if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)) {
      throw new CodedError('CLI_USAGE', `--seed: a whole number from 0 to 4294967295, got '${options.seed}'`);
    }
    preview = await previewPairingRound(deps, { actor: actorOf(options.actor), now: new Date(), date: options.date, absent: options.absent, seed });
  }
  if (options.json) out(JSON.stringify({ round: preview.record, issues: preview.round.issues, report: preview.report }, null, 2));
  else await printPreview(ctx, preview, out);
}

export async function pairingSwapCommand(ctx: CliContext, roundId: string, a: string, b: string, options: { version?: string }, out: Out): Promise<void> {
  const preview = await swapPairingLeaders({ store: ctx.store, config: ctx.config }, { roundId, version: parseVersion(options.version), a, b, now: new Date() });
  await printPreview(ctx, preview, out);
}

export async function pairingSendCommand(ctx: CliContext, roundId: string, options: { version?: string; actor?: string }, out: Out): Promise<void> {
  const sent = await sendPairingRound({ store: ctx.store, config: ctx.config }, { roundId, version: parseVersion(options.version), actor: actorOf(options.actor), now: new Date() });
  const zone = (await ctx.store.getProgramme()).timeZone;
  out(
    `Round ${sent.round.id} sent: ${sent.queued} cards in the outbox; intros from ${formatDateTime(sent.introAt, zone, 'en')}, ` +
      `follow-ups from ${formatDateTime(sent.followUpAt, zone, 'en')}`,
  );
  // What is due now goes out at once, as `dispatch` would send it; the rest goes with the scheduler.
  const dispatcher = cliDispatcher(ctx);
  const report = await dispatcher.tick();
  out(`sent ${report.sent}, waiting ${report.waiting}, retried ${report.retried}, failed ${report.failed}, blocked ${report.blocked}`);
}
