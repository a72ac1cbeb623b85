import { CodedError } from '../../../../src/domain/errors';
import { pairLeaders } from '../../../../src/domain/pairing/pair-leaders';
import type { PairingLeader, PairingRequest, PairingSettings, PastRound } from '../../../../src/domain/pairing/pairing-model';
import { leader } from '../../../helpers/pairing-leaders';

const SETTINGS: PairingSettings = { participation: 'opt-out', vertical: false, repeatWindow: 6 };

function request(leaders: PairingLeader[], extra: Partial<PairingRequest> = {}): PairingRequest {
  return { leaders, history: [], settings: SETTINGS, date: '2027-03-01', seed: 7, ...extra };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `l${i + 1}`);

describe('pairing leaders: how many take part', () => {
  test('When nobody takes part, then the round has no groups and no issues', () => {
    const round = pairLeaders(request([]));
    expect(round.groups).toEqual([]);
    expect(round.issues).toEqual([]);
  });

  test('When only one leader takes part, then they are reported as alone, not dropped silently', () => {
    const round = pairLeaders(request([leader('solo', 'A/3'), leader('gone', 'B/3', { active: false })]));
    expect(round.groups).toEqual([]);
    expect(round.issues).toEqual([{ kind: 'unplaced', leaderId: 'solo', reason: 'alone' }]);
  });

  test('When two leaders take part, then they are a pair', () => {
    expect(pairLeaders(request([leader('a', 'A/3'), leader('b', 'A/3')])).groups).toEqual([['a', 'b']]);
  });

  test('When three leaders take part, then they are one trio', () => {
    const round = pairLeaders(request([leader('a', 'A/3'), leader('b', 'B/3'), leader('c', 'C/3')]));
    expect(round.groups).toEqual([['a', 'b', 'c']]);
    expect(round.issues).toEqual([]);
  });

  test('When an odd number take part, then exactly one trio is formed and everyone is placed once', () => {
    const leaders = ids(11).map((id, i) => leader(id, `${'ABC'[i % 3]}/3`));
    const round = pairLeaders(request(leaders));
    expect(round.groups.map((g) => g.length).sort()).toEqual([2, 2, 2, 2, 3]);
    expect(round.groups.flat().sort()).toEqual([...ids(11)].sort());
  });
});

describe('pairing leaders: who is left out and why', () => {
  const leaders = [
    leader('active', 'A/3'),
    leader('partner', 'B/3'),
    leader('left', 'A/3', { active: false }),
    leader('away', 'B/3'),
    leader('paused', 'A/3', { pausedUntil: '2027-03-01' }),
    leader('back', 'B/3', { pausedUntil: '2027-02-28' }),
    leader('declined', 'C/3', { choice: 'out' }),
  ];

  test('When leaders left, are absent, paused or declined, then they are excluded with that reason', () => {
    const round = pairLeaders(request(leaders, { absentIds: ['away'] }));
    expect(round.excluded).toEqual([
      { leaderId: 'away', reason: 'absent' },
      { leaderId: 'declined', reason: 'opted-out' },
      { leaderId: 'left', reason: 'left' },
      { leaderId: 'paused', reason: 'paused' },
    ]);
    expect(round.groups).toEqual([['active', 'back', 'partner']]);
  });

  test('When the programme is opt-in, then only leaders who said yes take part', () => {
    const optIn = [leader('yes1', 'A/3', { choice: 'in' }), leader('yes2', 'B/3', { choice: 'in' }), leader('silent', 'C/3')];
    const round = pairLeaders(request(optIn, { settings: { ...SETTINGS, participation: 'opt-in' } }));
    expect(round.groups).toEqual([['yes1', 'yes2']]);
    expect(round.excluded).toEqual([{ leaderId: 'silent', reason: 'not-opted-in' }]);
  });
});

describe('pairing leaders: what makes a good pair', () => {
  test('When areas allow it, then every pair crosses areas', () => {
    const leaders = [leader('a1', 'A/3'), leader('a2', 'A/3'), leader('b1', 'B/3'), leader('b2', 'B/3')];
    for (let seed = 0; seed < 20; seed++) {
      for (const [x, y] of pairLeaders(request(leaders, { seed })).groups) expect(x[0]).not.toBe(y[0]);
    }
  });

  test('When HR asks for vertical pairs, then pairs cross levels as well as areas', () => {
    // Two heads of area and two team leaders: a horizontal round may pair the heads together;
    // a vertical one pairs each head with a team leader from another area.
    const leaders = [leader('h-a', 'A/2'), leader('h-b', 'B/2'), leader('t-a', 'A/3'), leader('t-b', 'B/3')];
    for (let seed = 0; seed < 20; seed++) {
      const round = pairLeaders(request(leaders, { seed, settings: { ...SETTINGS, vertical: true } }));
      expect(round.groups).toEqual([['h-a', 't-b'], ['h-b', 't-a']]);
    }
  });

  test('When two leaders met within the repeat window, then they are not paired again', () => {
    const leaders = [leader('a', 'A/3'), leader('b', 'B/3'), leader('c', 'A/3'), leader('d', 'B/3')];
    const history: PastRound[] = [{ groups: [['a', 'b'], ['c', 'd']] }];
    for (let seed = 0; seed < 20; seed++) {
      const round = pairLeaders(request(leaders, { seed, history }));
      expect(round.groups).toEqual([['a', 'd'], ['b', 'c']]);
      expect(round.issues).toEqual([]);
    }
  });

  test('When the earlier meeting is older than the window, then the pair may be formed again', () => {
    const leaders = [leader('a', 'A/3'), leader('b', 'B/3'), leader('c', 'A/3'), leader('d', 'A/3')];
    // a and b met three rounds ago; with a window of 2 that no longer counts.
    const history: PastRound[] = [{ groups: [] }, { groups: [] }, { groups: [['a', 'b']] }];
    const round = pairLeaders(request(leaders, { history, settings: { ...SETTINGS, repeatWindow: 2 } }));
    expect(round.issues).toEqual([]);
    expect(round.groups).toHaveLength(2);
  });

  test('When a leader and their own manager take part, then they are not paired', () => {
    const leaders = [leader('boss', 'A/2'), leader('report', 'B/3', { managerId: 'boss' }), leader('x', 'C/3'), leader('y', 'C/3')];
    for (let seed = 0; seed < 20; seed++) {
      const groups = pairLeaders(request(leaders, { seed, settings: { ...SETTINGS, vertical: true } })).groups;
      expect(groups.find((g) => g.includes('boss'))).not.toContain('report');
    }
  });

  test('When the odd one out joins a pair, then it joins one where it breaks no rule', () => {
    // c met a last round, so the trio must be built from the pair c has not met.
    const leaders = [leader('a', 'A/3'), leader('b', 'B/3'), leader('c', 'C/3'), leader('d', 'D/3'), leader('e', 'E/3')];
    const history: PastRound[] = [{ groups: [['a', 'c']] }, { groups: [['c', 'b']] }];
    for (let seed = 0; seed < 20; seed++) {
      const round = pairLeaders(request(leaders, { seed, history }));
      expect(round.issues).toEqual([]);
      expect(round.groups.map((g) => g.length).sort()).toEqual([2, 3]);
    }
  });
});

describe('pairing leaders: when the rules cannot all be kept', () => {
  test('When two leaders met last round and nobody else takes part, then they are paired and the repeat is reported', () => {
    const round = pairLeaders(request([leader('a', 'A/3'), leader('b', 'B/3')], { history: [{ groups: [['a', 'b']] }] }));
    expect(round.groups).toEqual([['a', 'b']]);
    expect(round.issues).toEqual([{ kind: 'repeat', leaderIds: ['a', 'b'], roundsAgo: 1 }]);
  });

  test('When three leaders have all met, then they form a trio, the least recent meetings are preferred and all repeats are reported', () => {
    const leaders = [leader('a', 'A/3'), leader('b', 'B/3'), leader('c', 'C/3')];
    const history: PastRound[] = [{ groups: [['a', 'b']] }, { groups: [['b', 'c']] }, { groups: [['a', 'c']] }];
    const round = pairLeaders(request(leaders, { history }));
    expect(round.groups).toEqual([['a', 'b', 'c']]);
    expect(round.issues).toHaveLength(3);
    expect(round.issues.every((i) => i.kind === 'repeat')).toBe(true);
  });

  test('When four leaders are short of allowed partners, then the fewest and oldest repeats are chosen', () => {
    // Everyone has met everyone; a-d and b-c met longest ago, so those two pairs are least bad.
    const leaders = [leader('a', 'A/3'), leader('b', 'B/3'), leader('c', 'C/3'), leader('d', 'D/3')];
    const history: PastRound[] = [
      { groups: [['a', 'b'], ['c', 'd']] },
      { groups: [['a', 'c'], ['b', 'd']] },
      { groups: [['a', 'd'], ['b', 'c']] },
    ];
    const round = pairLeaders(request(leaders, { history }));
    expect(round.groups).toEqual([['a', 'd'], ['b', 'c']]);
    expect(round.issues).toEqual([
      { kind: 'repeat', leaderIds: ['a', 'd'], roundsAgo: 3 },
      { kind: 'repeat', leaderIds: ['b', 'c'], roundsAgo: 3 },
    ]);
  });

  test('When one leader may be paired with nobody, then they still get a partner, the least bad one, and it is reported', () => {
    // d met a, b and c in the last three rounds; a, b and c may all be paired. Rather than leave d
    // out, the pairing splits what would be a trio and gives d the partner met longest ago.
    const leaders = [leader('a', 'A/3'), leader('b', 'B/3'), leader('c', 'C/3'), leader('d', 'D/3')];
    const history: PastRound[] = [{ groups: [['a', 'd']] }, { groups: [['b', 'd']] }, { groups: [['c', 'd']] }];
    for (let seed = 0; seed < 20; seed++) {
      const round = pairLeaders(request(leaders, { seed, history, settings: { ...SETTINGS, repeatWindow: 6 } }));
      expect(round.groups).toEqual([['a', 'b'], ['c', 'd']]);
      expect(round.issues).toEqual([{ kind: 'repeat', leaderIds: ['c', 'd'], roundsAgo: 3 }]);
    }
  });
});

describe('pairing leaders: the seed', () => {
  const leaders = ids(40).map((id, i) => leader(id, `${'ABCDE'[i % 5]}/${(i % 3) + 1}`));

  test('When the same request is paired twice, or with the leaders in another order, then the rounds are identical', () => {
    const first = pairLeaders(request(leaders, { seed: 99 }));
    expect(pairLeaders(request(leaders, { seed: 99 }))).toEqual(first);
    expect(pairLeaders(request([...leaders].reverse(), { seed: 99 }))).toEqual(first);
  });

  test('When the seed changes, then the round may change', () => {
    const rounds = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(pairLeaders(request(leaders, { seed })).groups)));
    expect(rounds.size).toBeGreaterThan(1);
  });
});

describe('pairing leaders: bad input', () => {
  const two = [leader('a', 'A/3'), leader('b', 'B/3')];
  test.each([
    ['a seed that is not a 32-bit whole number', { seed: 1.5 }, /seed must be a whole number/],
    ['a date that is not YYYY-MM-DD', { date: '1/3/2027' }, /date must be YYYY-MM-DD, got '1\/3\/2027'/],
    ['an odd block size', { blockSize: 7 }, /block size must be an even/],
    ['a negative repeat window', { settings: { ...SETTINGS, repeatWindow: -1 } }, /setting 'repeatWindow'/],
    ['a leader listed twice', { leaders: [...two, leader('a', 'C/3')] }, /leader 'a' is listed twice/],
    ['a pause that is not a date', { leaders: [leader('a', 'A/3', { pausedUntil: 'next week' }), two[1]] }, /leader 'a': the pause's last day/],
  ])('When the request has %s, then a coded error says what to fix', (_what, extra, message) => {
    let thrown: unknown;
    try {
      pairLeaders(request(two, extra as Partial<PairingRequest>));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(CodedError);
    expect((thrown as CodedError).code).toBe('PAIRING_INVALID_REQUEST');
    expect((thrown as CodedError).message).toMatch(message);
  });
});
