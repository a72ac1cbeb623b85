import type { Config } from '../config/config-schema';
import type { CheckInPrivacy } from '../cards/proactive-cards';

/** What the digest settings promise a leader, for the check-in card that tells them (one mapping for every place that builds it). */
export function checkInPrivacy(digest: Pick<Config['digest'], 'minimumGroupSize' | 'showNamesInQuotes' | 'showNonResponderNamesToOwners'>): CheckInPrivacy {
  return {
    minimumGroupSize: digest.minimumGroupSize,
    namesInQuotes: digest.showNamesInQuotes,
    ownersSeeNonResponders: digest.showNonResponderNamesToOwners,
  };
}
