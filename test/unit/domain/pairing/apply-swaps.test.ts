import fc from 'fast-check';
import { CodedError } from '../../../../src/domain/errors';
import { applySwaps } from '../../../../src/domain/pairing/apply-swaps';
import { pairLeaders } from '../../../../src/domain/pairing/pair-leaders';
import type { PairingRound, PastRound, RoundSurroundings } from '../../../../src/domain/pairing/pairing-model';
import { leader } from '../../../helpers/pairing-leaders';

const leaders = [
  leader('a', 'A/3'),
  leader('b', 'B/3'),
  leader('c', 'C/3'),
  leader('d', 'D/3', { managerId: 'a' }),
  leader('e', 'E/3'),
];
const history: PastRound[] = [{ groups: [['a', 'b']] }];
const surroundings: RoundSurroundings = { leaders, history };
const round: PairingRound = {
  date: '2027-03-01',
  seed: 1,
  settings: { participation: 'opt-out', vertical: false, repeatWindow: 6 },
  groups: [['a', 'c'], ['b', 'd', 'e']],
  excluded: [],
  issues: [],
};

describe('HR swaps leaders in a previewed round', () => {
  test('When two leaders in different groups are swapped, then each takes the other\'s place and the round is checked again', () => {
    const swapped = applySwaps(round, [{ a: 'c', b: 'e' }], surroundings);
    expect(swapped.groups).toEqual([['a', 'e'], ['b', 'c', 'd']]);
    expect(swapped.issues).toEqual([]);
    expect(round.groups).toEqual([['a', 'c'], ['b', 'd', 'e']]);
  });

  test('When a swap pairs leaders who met last round, or a leader with their own manager, then the round reports it', () => {
    const repeat = applySwaps(round, [{ a: 'c', b: 'b' }], surroundings);
    expect(repeat.groups).toEqual([['a', 'b'], ['c', 'd', 'e']]);
    expect(repeat.issues).toEqual([{ kind: 'repeat', leaderIds: ['a', 'b'], roundsAgo: 1 }]);
    const manager = applySwaps(round, [{ a: 'c', b: 'd' }], surroundings);
    expect(manager.groups).toEqual([['a', 'd'], ['b', 'c', 'e']]);
    expect(manager.issues).toEqual([{ kind: 'own-manager', leaderIds: ['a', 'd'] }]);
  });

  test('When a swap brings in someone who has paused since the preview, then the round reports it', () => {
    const paused = { leaders: leaders.map((l) => (l.id === 'e' ? { ...l, pausedUntil: '2027-04-01' } : l)), history };
    const swapped = applySwaps(round, [{ a: 'c', b: 'e' }], paused);
    expect(swapped.issues).toEqual([{ kind: 'not-taking-part', leaderId: 'e', reason: 'paused' }]);
  });

  test.each([
    [[{ a: 'c', b: 'zz' }], "Swap 1 (c ↔ zz): 'zz' is in no group of this round"],
    [[{ a: 'c', b: 'e' }, { a: 'b', b: 'c' }], 'Swap 2 (b ↔ c): the two are already in the same group'],
  ])('When a swap cannot be made (%j), then a coded error names it and the round is unchanged', (swaps, message) => {
    const before = JSON.stringify(round);
    expect(() => applySwaps(round, swaps, surroundings)).toThrow(new CodedError('PAIRING_SWAP_INVALID', message));
    expect(JSON.stringify(round)).toBe(before);
  });

  test('When any swaps between groups are made, then everyone is still placed exactly once in groups of two or three', () => {
    const many = Array.from({ length: 15 }, (_, i) => leader(`l${i}`, `${'ABC'[i % 3]}/3`));
    const fresh = pairLeaders({ leaders: many, history: [], settings: round.settings, date: round.date, seed: 3 });
    const swapArb = fc.array(fc.tuple(fc.nat(14), fc.nat(14)), { maxLength: 10 });
    fc.assert(
      fc.property(swapArb, (picks) => {
        let current = fresh;
        for (const [x, y] of picks) {
          const [a, b] = [`l${x}`, `l${y}`];
          if (current.groups.some((g) => g.includes(a) && g.includes(b))) continue;
          current = applySwaps(current, [{ a, b }], { leaders: many, history: [] });
        }
        expect(current.groups.flat().sort()).toEqual(many.map((l) => l.id).sort());
        expect(current.groups.map((g) => g.length).sort()).toEqual(fresh.groups.map((g) => g.length).sort());
        expect(current.issues).toEqual([]);
      }),
    );
  });
});
