/**
 * The reason in "jeg kan ikke komme den 12., fordi jeg er på kursus": the leader's own words after
 * "fordi", "pga." or "because", kept with the absence. (The date is read by date-words.ts.)
 */
import { stripMarkup } from './normalize-text';

/**
 * Where a reason starts: "fordi", "da jeg", "pga.", "på grund af", "because", "since", "due to".
 * The marker must follow a space or a comma, so "idet" inside another word is no marker.
 */
const REASON_MARKER =
  /(?:^|[\s,;:–-])(fordi|da jeg|da vi|idet|pga\.?|p\.g\.a\.?|på grund af|grundet|because of|because|cause|since|due to|as i)(?=[\s,:]|$)/i;

/** The reason is stored with the absence; the store's schema allows 500 characters. */
const MAX_REASON = 500;

/**
 * Splits "I can't come on the 12th because I'm on a course" into the request ("I can't come on the
 * 12th") and the reason ("I'm on a course"), as the leader wrote it. Undefined without a marker.
 */
export function splitReason(text: string): { core: string; reason: string } | undefined {
  const plain = stripMarkup(text);
  const match = REASON_MARKER.exec(plain);
  if (!match || match.index === 0) return undefined;
  const core = plain.slice(0, match.index).trim();
  const reason = plain
    .slice(match.index + match[0].length)
    .replace(/^[\s,:]+/, '')
    .replace(/[\s.!]+$/, '')
    .slice(0, MAX_REASON)
    .trim();
  return core && reason ? { core, reason } : undefined;
}
