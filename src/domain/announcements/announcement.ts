/**
 * Announcements: HR's broadcasts to levels, groups, electives and Teams channels. The text is
 * data: it is shown as Teams shows Markdown, but "${...}" or card JSON in it stays literal text.
 */
import { z } from 'zod';
import { levelSchema, type Level, type Participant, type Programme } from '../programme/model';

export const broadcastAudienceSchema = z
  .object({
    everyone: z.boolean().default(false),
    levels: z.array(levelSchema).default([]),
    groups: z.array(z.string().min(1).max(100)).default([]),
    electives: z.array(z.string().min(1).max(100)).default([]),
    /** Conversation ids of channels in teams where the bot is installed. */
    channels: z.array(z.string().min(1).max(300)).default([]),
  })
  .strict();
export type BroadcastAudience = z.infer<typeof broadcastAudienceSchema>;

export const announcementSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1).max(200),
    text: z.string().min(1).max(4000),
    linkUrl: z.string().url().startsWith('https://').optional(),
    linkTitle: z.string().max(80).optional(),
    audience: broadcastAudienceSchema,
    createdBy: z.string(),
    createdAt: z.string(),
    /** When it goes out; absent means as soon as it is sent. */
    sendAt: z.string().optional(),
    status: z.enum(['draft', 'scheduled', 'cancelled']),
    /** The admin's status card, updated as deliveries complete. */
    statusCard: z.object({ conversationId: z.string(), activityId: z.string(), reference: z.record(z.unknown()) }).optional(),
    /** How many deliveries it had when sent, and whether its status card shows the final counts. */
    recipients: z.number().int().nonnegative().optional(),
    done: z.boolean().optional(),
  })
  .strict();
export type Announcement = z.infer<typeof announcementSchema>;

export interface ResolvedAudience {
  participants: Participant[];
  channels: string[];
}

/**
 * Who a broadcast reaches. Unlike a session's audience (every criterion must match), a broadcast
 * goes to the union: "level 3 and group 2" means everyone on level 3 plus everyone in group 2.
 * Only active participants; each person once.
 */
export function resolveBroadcastAudience(programme: Programme, audience: BroadcastAudience, knownChannels: ReadonlySet<string>): ResolvedAudience {
  const levels = new Set<Level>(audience.levels);
  const groups = new Set(audience.groups);
  const electives = new Set(audience.electives);
  const participants = programme.participants.filter(
    (p) =>
      p.active &&
      (audience.everyone || levels.has(p.level) || (p.group !== undefined && groups.has(p.group)) || p.electives.some((e) => electives.has(e))),
  );
  return { participants, channels: [...new Set(audience.channels)].filter((c) => knownChannels.has(c)) };
}
