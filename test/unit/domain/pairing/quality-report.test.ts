import { recheckRound } from '../../../../src/domain/pairing/check-round';
import { pairLeaders } from '../../../../src/domain/pairing/pair-leaders';
import type { PairingRound, RoundSurroundings } from '../../../../src/domain/pairing/pairing-model';
import { reportQuality } from '../../../../src/domain/pairing/quality-report';
import { leader } from '../../../helpers/pairing-leaders';

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

  test('When one level or area has most of the leaders, then the best possible shares show that ceiling', () => {
    // Five take part: a pair and a trio, four ties. Four are on level 3, so only a's ties can cross
    // levels, two at most (a in the trio). Three are in area A: b and e can each cross once in a
    // pair, and one of them twice in the trio, so three ties at most; this round reaches that.
    const report = reportQuality(round([['a', 'b'], ['c', 'd', 'e']]), surroundings);
    expect(report.bestCrossLevelShare).toBe(0.5);
    expect(report.bestCrossAreaShare).toBe(0.75);
    expect(report.crossAreaShare).toBe(0.75);
  });

  test('When the mix allows every tie to cross, then the best possible share is 1, and 0 when all share one level', () => {
    const mixed = { leaders: ['A/1', 'B/2', 'C/3', 'D/1'].map((spec, i) => leader(`m${i}`, spec)), history: [] };
    expect(reportQuality(round([['m0', 'm1'], ['m2', 'm3']]), mixed)).toMatchObject({ bestCrossAreaShare: 1, bestCrossLevelShare: 1 });
    const sameLevel = { leaders: ['A/3', 'B/3', 'C/3'].map((spec, i) => leader(`s${i}`, spec)), history: [] };
    expect(reportQuality(round([['s0', 's1', 's2']]), sameLevel)).toMatchObject({ bestCrossAreaShare: 1, bestCrossLevelShare: 0 });
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
