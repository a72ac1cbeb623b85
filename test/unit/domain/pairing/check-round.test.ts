import { checkRound } from '../../../../src/domain/pairing/check-round';
import type { RoundContext } from '../../../../src/domain/pairing/pairing-model';
import { leader } from '../../../helpers/pairing-leaders';

const context: RoundContext = {
  leaders: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => leader(id, `${'ABC'[i % 3]}/3`)),
  history: [],
  settings: { participation: 'opt-out', vertical: false, repeatWindow: 6 },
  date: '2027-03-01',
};

describe('checking a round that was edited or stored', () => {
  test('When a round is clean, then there are no issues', () => {
    expect(checkRound([['a', 'b'], ['c', 'd'], ['e', 'f', 'g']], context)).toEqual([]);
  });

  test('When groups are the wrong size, a leader is in two groups, an id is unknown and a leader is missing, then each is reported', () => {
    const issues = checkRound([['a', 'b', 'c', 'd'], ['d', 'x'], ['e']], context);
    expect(issues).toEqual([
      { kind: 'group-size', group: ['a', 'b', 'c', 'd'] },
      { kind: 'placed-twice', leaderId: 'd' },
      { kind: 'unknown-leader', leaderId: 'x' },
      { kind: 'group-size', group: ['e'] },
      { kind: 'unplaced', leaderId: 'f', reason: 'left-out' },
      { kind: 'unplaced', leaderId: 'g', reason: 'left-out' },
    ]);
  });
});
