/**
 * Freezes an object graph so shared data (configuration, the store's document) cannot be changed
 * behind its owner's back. Already-frozen parts are skipped: after a change only the new objects
 * along the changed path are walked.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value as object).forEach(deepFreeze);
  }
  return value;
}
