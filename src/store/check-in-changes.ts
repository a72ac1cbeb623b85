/**
 * Check-in text erasure as a pure function of the store data (see outbox-changes.ts for why).
 */
import type { StoreData } from './store-schema';

/**
 * Erases check-in texts (one leader's, or everyone's) and withdraws their permission to be
 * quoted; ratings, dates and prompt keys stay, so response counts and averages in digests stay
 * right. Only texts not erased already are counted.
 */
export function eraseCheckInTexts(data: StoreData, filter: { participantId?: string }, at: Date): { data: StoreData; result: number } {
  let erased = 0;
  const checkIns = data.checkIns.map((c) => {
    if (filter.participantId !== undefined && c.participantId !== filter.participantId) return c;
    if (c.text === '' && !c.mayShare) return c;
    erased += c.text === '' ? 0 : 1;
    return { ...c, text: '', mayShare: false, textErasedAt: c.textErasedAt ?? at.toISOString() };
  });
  return erased || checkIns.some((c, i) => c !== data.checkIns[i]) ? { data: { ...data, checkIns }, result: erased } : { data, result: 0 };
}
