/**
 * Schemas for what comes back from our cards. Card data travels through the client and can be
 * changed by anyone who crafts an invoke, so every field is checked here, and who may act is
 * decided from the Teams user on the activity, never from the card data.
 */
import { z } from 'zod';

const key = z.string().min(1).max(300);

export const checkInSubmissionSchema = z.object({
  promptKey: key,
  rating: z.union([z.enum(['1', '2', '3', '4', '5']).transform(Number), z.number().int().min(1).max(5)]),
  reflection: z.string().max(1000, 'the answer is longer than 1,000 characters').optional().default(''),
  mayShare: z.union([z.enum(['true', 'false']).transform((v) => v === 'true'), z.boolean()]).optional().default(false),
});
export type CheckInSubmission = z.infer<typeof checkInSubmissionSchema>;

export const absenceSubmissionSchema = z.object({
  deliveryKey: key,
  reason: z.string().max(500, 'the reason is longer than 500 characters').optional().default(''),
});
export type AbsenceSubmission = z.infer<typeof absenceSubmissionSchema>;

/** The first problem of a failed parse, as a short sentence ("rating: …"). */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'invalid data';
}
