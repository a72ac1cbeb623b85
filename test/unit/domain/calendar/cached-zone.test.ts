import { DateTime, IANAZone, type Zone } from 'luxon';
import { zoneNamed } from '../../../../src/domain/calendar/cached-zone';

const HOUR = 3_600_000;

describe('cached time-zone offsets', () => {
  it('When instants fall around the changes to and from summer time, then the cached zone gives the offsets the IANA zone gives', () => {
    const cached = zoneNamed('Europe/Copenhagen') as Zone;
    const plain = new IANAZone('Europe/Copenhagen');
    // Every quarter of an hour from two days before to two days after each change, asked twice
    // (the second time from the cache), in 2026 and 2027.
    const changes = ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z'];
    for (const change of changes) {
      const at = Date.parse(change);
      for (let ts = at - 48 * HOUR; ts <= at + 48 * HOUR; ts += HOUR / 4) {
        expect([cached.offset(ts), cached.offset(ts)]).toEqual([plain.offset(ts), plain.offset(ts)]);
      }
    }
  });

  it('When the last second before a change and the first after it are shown, then Copenhagen reads 01:59:59 (+01:00) and 03:00:00 (+02:00)', () => {
    const zone = zoneNamed('Europe/Copenhagen');
    const before = DateTime.fromISO('2027-03-28T00:59:59Z', { zone });
    const after = DateTime.fromISO('2027-03-28T01:00:00Z', { zone });
    expect([before.toFormat('HH:mm:ss ZZ'), after.toFormat('HH:mm:ss ZZ')]).toEqual(['01:59:59 +01:00', '03:00:00 +02:00']);
  });

  it('When a zone name is unknown, then it is given back as it is so luxon reports it as invalid', () => {
    const zone = zoneNamed('Europe/Atlantis');
    expect(zone).toBe('Europe/Atlantis');
    expect(DateTime.fromISO('2027-03-28T01:00:00Z', { zone }).invalidReason).toBe('unsupported zone');
  });
});
