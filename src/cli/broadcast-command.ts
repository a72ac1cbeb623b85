import fs from 'node:fs';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { SingleBar, Presets } from 'cli-progress';
import { DateTime } from 'luxon';
import { announcementCounts } from '../features/announcement-status';
import { sendAnnouncement } from '../features/enqueue-announcement';
import { workingCalendarsFrom } from '../config/working-calendars';
import { announcementSchema, type Announcement } from '../domain/announcements/announcement';
import { parseAudienceChoices } from '../cards/announcement-cards';
import { CodedError } from '../domain/errors';
import type { CliContext } from './cli-context';
import { cliDispatcher } from './cli-dispatcher';

export interface BroadcastOptions {
  audience: string[];
  title: string;
  text?: string;
  textFile?: string;
  link?: string;
  linkTitle?: string;
  sendAt?: string;
  actor?: string;
}

/**
 * `broadcast --audience level:3 --audience channel:<id> --title … --text-file …`: sends an
 * announcement through the outbox (same rate limits and retries as everything else) with a
 * progress bar, and prints the delivery status at the end.
 */
export async function broadcastCommand(ctx: CliContext, options: BroadcastOptions, out: (line: string) => void): Promise<void> {
  const text = options.textFile ? fs.readFileSync(options.textFile, 'utf8') : options.text;
  if (!text?.trim()) throw new CodedError('CLI_USAGE', 'give the text with --text-file <file> or --text <text>');
  const programme = await ctx.store.getProgramme();
  let audience;
  try {
    audience = parseAudienceChoices(options.audience.join(','));
  } catch (err) {
    throw new CodedError('CLI_USAGE', `--audience: ${(err as Error).message} (use everyone, level:N, group:ID, elective:ID or channel:ID)`);
  }
  const sendAt = options.sendAt ? DateTime.fromISO(options.sendAt, { zone: programme.timeZone }) : undefined;
  if (sendAt && !sendAt.isValid) throw new CodedError('CLI_USAGE', `--send-at: '${options.sendAt}' is not an ISO date-time`);
  const parsed = announcementSchema.safeParse({
    id: randomUUID(),
    title: options.title,
    text: text.trim(),
    linkUrl: options.link,
    linkTitle: options.linkTitle,
    audience,
    createdBy: options.actor ?? `cli:${os.userInfo().username}`,
    createdAt: new Date().toISOString(),
    sendAt: sendAt?.toUTC().toISO() ?? undefined,
    status: 'scheduled',
  });
  if (!parsed.success) throw new CodedError('CLI_USAGE', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const announcement: Announcement = parsed.data;
  const calendars = workingCalendarsFrom(ctx.config);
  const recipients = await sendAnnouncement(ctx.store, announcement, new Date(), calendars);
  // The stored send time is the one on working time (a Saturday send time goes out on Monday).
  const sendsAt = (await ctx.store.findAnnouncement(announcement.id))?.sendAt;
  const moved = sendsAt && announcement.sendAt && sendsAt !== announcement.sendAt ? ` (moved from ${announcement.sendAt}: outside working time)` : '';
  out(`Announcement ${announcement.id}: ${recipients} recipients${sendsAt ? `, sends ${sendsAt}${moved}` : ''}`);
  if (recipients === 0) return;

  const dispatcher = cliDispatcher(ctx, { calendars });
  const bar = new SingleBar({ format: 'Sending [{bar}] {value}/{total} ({sent} sent, {failed} failed, {blocked} blocked)', hideCursor: true }, Presets.shades_classic);
  const show = async () => {
    const c = await announcementCounts(ctx.store, announcement);
    bar.update(recipients - c.pending, { sent: c.sent, failed: c.failed, blocked: c.blocked });
    return c;
  };
  bar.start(recipients, 0, { sent: 0, failed: 0, blocked: 0 });
  const timer = setInterval(() => void show(), 250);
  try {
    await dispatcher.tick();
  } finally {
    clearInterval(timer);
    await show();
    bar.stop();
  }
  const counts = await announcementCounts(ctx.store, announcement);
  out(`Status: ${counts.sent} sent, ${counts.pending} pending, ${counts.failed} failed, ${counts.blocked} blocked, ${counts.skipped} not reached`);
}
