import {
  announcementKey,
  digestKey,
  isAnnouncementKeyOf,
  nudgeKey,
  reflectionKey,
  reminderKey,
  sessionChangeKey,
  waitlistPromotionKey,
} from '../../../../src/domain/schedule/delivery-keys';

describe('delivery keys: built and read in one place', () => {
  it('When a key is built for each kind of delivery, then it has the shape stored outboxes already hold', () => {
    const at = new Date('2027-03-01T08:00:00.000Z');
    expect(reminderKey('s1', 'p7', 'P7D')).toBe('reminder:s1:p7:P7D');
    expect(reflectionKey('s1', 'p7')).toBe('reflection:s1:p7');
    expect(nudgeKey('s1', 'p7')).toBe('nudge:s1:p7');
    expect(waitlistPromotionKey('e2', 'p7', at)).toBe('waitlist-promotion:e2:p7:2027-03-01T08:00:00.000Z');
    expect(digestKey('2027-W10', { role: 'manager', id: 'p7' })).toBe('digest:2027-W10:manager:p7');
    expect(announcementKey('a1', { participantId: 'p7' })).toBe('announcement:a1:p7');
    expect(announcementKey('a1', { channelId: '19:abc@thread.tacv2' })).toBe('announcement:a1:channel:19:abc@thread.tacv2');
    expect(sessionChangeKey('s1', at, 'p7')).toBe(`session-change:s1:${at.getTime().toString(36)}:p7`);
  });

  it("When an announcement's deliveries are counted, then its own keys are recognised and another announcement's are not", () => {
    expect(isAnnouncementKeyOf(announcementKey('a1', { participantId: 'p7' }), 'a1')).toBe(true);
    expect(isAnnouncementKeyOf(announcementKey('a1', { channelId: '19:x' }), 'a1')).toBe(true);
    expect(isAnnouncementKeyOf(announcementKey('a10', { participantId: 'p7' }), 'a1')).toBe(false);
    expect(isAnnouncementKeyOf(reminderKey('a1', 'p7', 'P1D'), 'a1')).toBe(false);
  });

  it('When a session is changed twice, then each change gets its own keys', () => {
    const first = sessionChangeKey('s1', new Date('2027-03-01T08:00:00Z'), 'p7');
    const second = sessionChangeKey('s1', new Date('2027-03-01T08:00:01Z'), 'p7');
    expect(first).not.toBe(second);
  });
});
