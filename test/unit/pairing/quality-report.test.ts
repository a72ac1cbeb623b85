import { recheckRound } from '../../../src/domain/pairing/check-round';
import { pairLeaders } from '../../../src/domain/pairing/pair-leaders';
import type { PairingRound, RoundSurroundings } from '../../../src/domain/pairing/pairing-model';
import { reportQuality } from '../../../src/domain/pairing/quality-report';
import { leader } from '../../helpers/pairing-leaders';

const SETTINGS = { participation: 'opt-out' as const, vertical: true, repeatWindow: 4 };

function round(groups: string[][]): PairingRound {
  return { date: '2027-03-01', seed: 1, settings: SETTINGS, groups, excluded: [], issues: [] };
}

describe('the quality report of a round', () => {
  const surroundings: RoundSurroundings = {
    leaders: [
      leader('a', 'A/2'),
      leader('b', 'B/3'),
      leader('c', 'A/3'),
      leader('d', 'A/3'),
      leader('e', 'C/3'),
      leader('gone', 'C/3', { active: false }),
      leader('away', 'B/3'),
      leader('resting', 'B/1', { pausedUntil: '2027-06-30' }),
    ],
    history: [{ groups: [['c', 'd']] }, { groups: [['a', 'e']] }],
    absentIds: ['away'],
  };

  test('When a round has a pair and a trio, then ties, shares, new partners and exclusions are counted', () => {
    // a–b crosses area and level; the trio c, d, e has c–d (same area and level, met last round),
    // c–e and d–e (across areas, same level).
    const report = reportQuality(round([['a', 'b'], ['c', 'd', 'e']]), surroundings);
    expect(report).toMatchObject({
      takingPart: 5,
      placed: 5,
      pairs: 1,
      trios: 1,
      ties: 4,
      crossAreaTies: 3,
      crossAreaShare: 0.75,
      crossLevelTies: 1,
      crossLevelShare: 0.25,
      newPartnerTies: 3,
      repeats: 1,
      ownManagerTies: 0,
      notTakingPart: { left: 1, absent: 1, paused: 1, 'opted-out': 0, 'not-opted-in': 0 },
      unplaced: [],
    });
    expect(report.excluded).toEqual([
      { leaderId: 'away', reason: 'absent' },
      { leaderId: 'gone', reason: 'left' },
      { leaderId: 'resting', reason: 'paused' },
    ]);
  });

  test('When one level has most of the leaders, then the best possible cross-level share shows that ceiling', () => {
    // Four of the five are on level 3, so of two pairs only one can cross levels (a is the only
    // level 2); area A has three of five, which still lets both pairs cross areas.
    const report = reportQuality(round([['a', 'b'], ['c', 'd', 'e']]), surroundings);
    expect(report.bestCrossAreaShare).toBe(1);
    expect(report.bestCrossLevelShare).toBe(0.5);
  });

  test('When a leader pauses after the preview, then checking the round again reports them and lists them as excluded', () => {
    const preview = pairLeaders({ ...surroundings, settings: SETTINGS, date: '2027-03-01', seed: 5 });
    expect(preview.issues).toEqual([]);
    const pausedSince = {
      ...surroundings,
      leaders: surroundings.leaders.map((l) => (l.id === 'b' ? { ...l, pausedUntil: '2027-03-20' } : l)),
    };
    const rechecked = recheckRound(preview, pausedSince);
    expect(rechecked.issues).toEqual([{ kind: 'not-taking-part', leaderId: 'b', reason: 'paused' }]);
    expect(rechecked.excluded).toContainEqual({ leaderId: 'b', reason: 'paused' });
    expect(rechecked.groups).toEqual(preview.groups);
    expect(reportQuality(preview, pausedSince)).toMatchObject({ takingPart: 4, placed: 4 });
  });

  test('When only one leader takes part, then the report names them as unplaced and alone', () => {
    const alone = { leaders: [leader('solo', 'A/3')], history: [] };
    const report = reportQuality(pairLeaders({ ...alone, settings: SETTINGS, date: '2027-03-01', seed: 1 }), alone);
    expect(report).toMatchObject({ takingPart: 1, placed: 0, ties: 0, crossAreaShare: 0, unplaced: [{ leaderId: 'solo', reason: 'alone' }] });
  });
});
