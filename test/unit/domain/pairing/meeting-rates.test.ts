import { meetingRatesByLevel, type MeetingFollowUp } from '../../../../src/domain/pairing/meeting-rates';

const followUp = (leaderId: string, level: 1 | 2 | 3, answer?: MeetingFollowUp['answer']): MeetingFollowUp => ({ leaderId, level, answer });

describe('meeting rates per level for the digest', () => {
  test('When leaders answer "did you meet?", then each level shows how many were asked, answered and met', () => {
    const followUps = [
      ...['a', 'b', 'c', 'd', 'e'].map((id, i) => followUp(id, 3, i < 3 ? 'yes' : i === 3 ? 'not-yet' : 'no')),
      followUp('f', 3),
      ...['g', 'h', 'i', 'j', 'k'].map((id) => followUp(id, 2, 'yes')),
    ];
    expect(meetingRatesByLevel(followUps, 5)).toEqual([
      { level: 1, asked: 0, answered: 0, met: 0, notYet: 0, meetingRate: null },
      { level: 2, asked: 5, answered: 5, met: 5, notYet: 0, meetingRate: 1 },
      { level: 3, asked: 6, answered: 5, met: 3, notYet: 1, meetingRate: 0.6 },
    ]);
  });

  test('When fewer leaders of a level answered than the minimum group size, then that level shows no rate', () => {
    const rates = meetingRatesByLevel([followUp('a', 1, 'yes'), followUp('b', 1, 'no'), followUp('c', 1)], 3);
    expect(rates[0]).toEqual({ level: 1, asked: 3, answered: 2, met: 1, notYet: 0, meetingRate: null });
  });
});
