/**
 * Schemas for what comes back from our cards. Card data travels through the client and can be
 * changed by anyone who crafts an invoke, so every field is checked here, and who may act is
 * decided from the Teams user on the activity, never from the card data.
 */
import { z } from 'zod';
import { isTextKey, t } from '../domain/language/texts';
import type { Language } from '../domain/programme/model';
import { MEETING_ANSWERS } from '../domain/pairing/meeting-rates';

const key = z.string().min(1).max(300);

// Messages are text keys (texts-validation.ts): `submissionProblem` turns the first into a
// sentence in the reader's language that says what to do.
export const checkInSubmissionSchema = z.object({
  promptKey: key,
  rating: z.union([z.enum(['1', '2', '3', '4', '5']).transform(Number), z.number().int().min(1).max(5)], {
    errorMap: () => ({ message: 'validation.rating' }),
  }),
  reflection: z.string().max(1000, 'validation.reflectionTooLong').optional().default(''),
  mayShare: z.union([z.enum(['true', 'false']).transform((v) => v === 'true'), z.boolean()]).optional().default(false),
  shareRatingWithManager: z.union([z.enum(['true', 'false']).transform((v) => v === 'true'), z.boolean()]).optional().default(false),
});
export type CheckInSubmission = z.infer<typeof checkInSubmissionSchema>;

export const absenceSubmissionSchema = z.object({
  deliveryKey: key,
  reason: z.string().max(500, 'validation.reasonTooLong').optional().default(''),
});
export type AbsenceSubmission = z.infer<typeof absenceSubmissionSchema>;

/** Booleans come back from Input.Toggle as "true"/"false", from card data as booleans. */
const flag = z.union([z.enum(['true', 'false']).transform((v) => v === 'true'), z.boolean()]);
/** The participant a self-service card was made for; checked against the Teams user, never trusted. */
const forParticipant = z.string().min(1).max(100);

export const absenceChoiceSubmissionSchema = z.object({
  sessionId: z.string().min(1).max(100),
  mode: z.enum(['record', 'withdraw']),
  reason: z.string().max(500, 'validation.reasonTooLong').optional().default(''),
  forParticipant,
});
export type AbsenceChoiceSubmission = z.infer<typeof absenceChoiceSubmissionSchema>;

export const electiveChoiceSubmissionSchema = z.object({
  forParticipant,
  // A multi-select ChoiceSet sends "e1,e2"; an empty selection sends nothing at all.
  electiveIds: z
    .union([z.string().max(2000), z.array(z.string().max(100)).max(50)])
    .optional()
    .default('')
    .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(',')).map((id) => id.trim()).filter(Boolean))])
    .refine((ids) => ids.length <= 50, 'too many electives'),
  joinWaitlist: flag.optional().default(false),
});
export type ElectiveChoiceSubmission = z.infer<typeof electiveChoiceSubmissionSchema>;

export const eraseCheckInsSubmissionSchema = z.object({ forParticipant, confirm: flag });
export type EraseCheckInsSubmission = z.infer<typeof eraseCheckInsSubmissionSchema>;

/**
 * The first problem of a failed parse as a sentence in the reader's language that says what to
 * do. A problem the schemas name no text for (only a crafted or garbled submission has one) is
 * "the card sent something I could not read", never the parser's own English words.
 */
export function submissionProblem(error: z.ZodError, language: Language): string {
  const message = error.issues.find((issue) => isTextKey(issue.message))?.message;
  return t(language, message && isTextKey(message) ? message : 'validation.unreadable');
}

const roundId = z.string().min(1).max(100);
/** A preview's version comes back as a number from card data, or as its text. */
const version = z.union([z.number().int().positive(), z.string().regex(/^\d{1,9}$/).transform(Number)]);

export const pairingFollowUpSubmissionSchema = z.object({
  roundId,
  forParticipant,
  answer: z.enum(MEETING_ANSWERS),
  note: z.string().max(300, 'the line is longer than 300 characters').optional().default(''),
});

export const pairingRoundSubmissionSchema = z.object({ roundId, version });

export const pairingSwapSubmissionSchema = z.object({
  roundId,
  version,
  leaderA: z.string().max(200).optional().default(''),
  leaderB: z.string().max(200).optional().default(''),
});
