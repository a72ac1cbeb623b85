import fs from 'node:fs';
import path from 'node:path';
import { gatherDigestInput } from '../features/gather-digest-input';
import { buildDigest, isoWeekOf, previousWeek, weekBounds } from '../domain/digest/digest';
import { digestCard } from '../cards/digest-card';
import { digestAsText } from '../domain/digest/digest-text';
import { CodedError } from '../domain/errors';
import { hasRole } from '../domain/access/roles';
import type { Language } from '../domain/programme/model';
import { renderCard } from '../cards/render-card';
import type { CliContext } from './cli-context';

export interface DigestCommandOptions {
  preview?: boolean;
  week?: string;
  for?: string;
  level?: string;
  lang?: string;
  out?: string;
}

/**
 * `digest --preview [--week 2027-W10] [--for <email>] [--level 3]`: the digest as text on the
 * terminal and as card JSON in a file, without sending anything. Without --week: the last
 * complete week. Without --for: the programme-wide digest an owner gets.
 */
export async function digestCommand(ctx: CliContext, options: DigestCommandOptions, out: (line: string) => void): Promise<void> {
  if (!options.preview) throw new CodedError('CLI_USAGE', 'digest only previews for now: add --preview (digests are sent by the scheduler).');
  const programme = await ctx.store.getProgramme();
  const now = new Date();
  const week = options.week ?? previousWeek(isoWeekOf(now, programme.timeZone));
  weekBounds(week, programme.timeZone); // validates the week, with a clear error
  const who = options.for?.trim().toLowerCase();
  const participant = who ? programme.participants.find((p) => p.email.toLowerCase() === who || p.aadObjectId?.toLowerCase() === who) : undefined;
  const isOwner = !who || hasRole([who, participant?.email, participant?.aadObjectId], ctx.config.owners);
  const isManager = Boolean(participant && programme.participants.some((p) => p.active && p.managerId === participant.id));
  if (!isOwner && !isManager) throw new CodedError('CLI_USAGE', `--for ${options.for}: not a programme owner (config "owners") and not the manager of anyone in the programme.`);
  const level = options.level ? Number(options.level) : undefined;
  if (level !== undefined && ![1, 2, 3].includes(level)) throw new CodedError('CLI_USAGE', `--level must be 1, 2 or 3, got '${options.level}'`);
  const scope = isOwner ? ({ kind: 'programme', level: level as 1 | 2 | 3 | undefined } as const) : ({ kind: 'manager', managerId: participant!.id } as const);
  // "Now" for a past week is the end of that week, so the preview shows what its Monday digest showed.
  const at = new Date(Math.min(now.getTime(), weekBounds(week, programme.timeZone).to.getTime()));
  const digest = buildDigest(await gatherDigestInput(ctx.store, ctx.config, week, scope, at, isOwner ? 'owner' : 'manager'));
  const language: Language = options.lang === 'en' || options.lang === 'da' ? options.lang : (participant?.locale ?? ctx.config.defaultLocale);
  out(digestAsText(digest, programme, language));
  const file = path.resolve(options.out ?? `digest-${week}-${participant?.id ?? 'programme'}.json`);
  fs.writeFileSync(file, `${JSON.stringify(renderCard(digestCard(digest, programme, language)), null, 2)}\n`);
  out(`\nCard JSON written to ${file}`);
}
