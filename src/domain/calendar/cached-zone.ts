/**
 * Time zones whose UTC offsets are remembered per day. luxon asks the zone for its offset on
 * every DateTime it creates or moves, and its IANA zone answers each time through Intl
 * (formatToParts), which was a tenth of the time of a whole question turn. The offset of a zone
 * changes only at its transitions (twice a year in Copenhagen), so it is worked out once per UTC
 * day and zone: a day whose offset is the same at its first and its last millisecond holds no
 * transition and is remembered; the day of a transition is never cached, so it is always asked.
 */
import { IANAZone, type Zone } from 'luxon';

const DAY_MS = 86_400_000;
/** Days remembered per zone before the memory starts afresh: about 27 years of distinct days. */
const MAX_DAYS = 10_000;

class DayCachedZone extends IANAZone {
  private readonly days = new Map<number, number>();

  override offset(ts: number): number {
    const day = Math.floor(ts / DAY_MS);
    const known = this.days.get(day);
    if (known !== undefined) return known;
    const first = super.offset(day * DAY_MS);
    const last = super.offset((day + 1) * DAY_MS - 1);
    if (first !== last) return super.offset(ts);
    if (this.days.size >= MAX_DAYS) this.days.clear();
    this.days.set(day, first);
    return first;
  }
}

const zones = new Map<string, Zone>();

/**
 * The zone to give luxon for an IANA name ("Europe/Copenhagen"): the same answers as the name
 * itself, faster. A name luxon does not know is passed back as it is, so luxon reports it as an
 * invalid zone exactly as before.
 */
export function zoneNamed(name: string): Zone | string {
  let zone = zones.get(name);
  if (!zone) {
    if (!IANAZone.isValidZone(name)) return name;
    zone = new DayCachedZone(name);
    zones.set(name, zone);
  }
  return zone;
}
