import { z } from 'zod';

/**
 * The fields every activity must carry before it reaches botbuilder. botbuilder answers a
 * malformed activity with a 500 and a stack trace in the body; checking here turns that into a
 * 400 that says what is missing.
 */
const activityEnvelopeSchema = z.object({
  type: z.string().min(1).max(100),
  channelId: z.string().min(1).max(200),
  serviceUrl: z.string().url().max(2000),
  from: z.object({ id: z.string().min(1).max(500) }).passthrough(),
  recipient: z.object({ id: z.string().min(1).max(500) }).passthrough(),
  conversation: z.object({ id: z.string().min(1).max(1000) }).passthrough(),
  text: z.string().max(28_000).optional(),
});

/** Returns a problem description for a request body that is not an acceptable activity, or undefined. */
export function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON object (an activity)';
  const result = activityEnvelopeSchema.safeParse(body);
  if (result.success) return undefined;
  return result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
