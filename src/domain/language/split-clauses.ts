/**
 * A question with a clause of context around it: "jeg skal planlægge min ferie, så hvilke datoer
 * er der?" (the context first, then "så" and the question) and "I need all the dates so I can plan
 * my holidays" (the question first, then what it is for). The context explains why the leader
 * asks; it is not what they ask, so the question can be matched without it (see match-intent.ts,
 * which decides whether the context may be set aside).
 */
import { stripMarkup } from './normalize-text';

/** "…, så hvornår …", "… so what …": the question follows a consequence marker. */
const QUESTION_AFTER =
  /(?:^|[\s,;:.!–-])(?:så|saa|sa|so|and so|og så|og saa|derfor)\s+(?=(?:hvornår|hvornaar|hvornar|hvad|hva|hvilke|hvilken|hvilket|hvor|hvordan|kan du|ka du|vil du|when|what|which|where|how|can you|could you|would you|will you|is there|are there|er der)\b)/i;
/** "… so I can …", "… så jeg kan …", "… for at …": the purpose follows the question. */
const PURPOSE_AFTER =
  /(?:^|[\s,;:.!–-])(?:so that|so|så|saa|sa|sådan at|for at|in order to)\s+(?:i|we|jeg|vi|man)?\s*(?:can|could|may|will|kan|kunne|skal|know|ved|vide|get|få)\b/i;

export interface SplitClauses {
  /** The clause that asks. */
  question: string;
  /** The clause around it. */
  context: string;
}

/** Splits off the clause of context, or undefined when the text has no such marker. */
export function splitClauses(text: string): SplitClauses | undefined {
  const plain = stripMarkup(text);
  const after = QUESTION_AFTER.exec(plain);
  if (after && after.index > 0) {
    const context = plain.slice(0, after.index).trim();
    const question = plain.slice(after.index + after[0].length).trim();
    if (context && question) return { question, context };
  }
  const purpose = PURPOSE_AFTER.exec(plain);
  if (purpose && purpose.index > 0) {
    const question = plain.slice(0, purpose.index).trim();
    const context = plain.slice(purpose.index).trim();
    if (context && question) return { question, context };
  }
  return undefined;
}
