import fc from 'fast-check';
import { maxWeightMatching, type WeightedEdge } from '../../../../src/domain/pairing/max-weight-matching';

/** The globals before any matching ran in this file. */
const globalsAtStart = new Set(Object.keys(globalThis));

/** Exhaustive search: the most pairs, then the greatest weight. The oracle for small graphs. */
function bestByExhaustiveSearch(vertexCount: number, edges: readonly WeightedEdge[]): { pairs: number; weight: number } {
  const weight = new Map(edges.map(([a, b, w]) => [`${Math.min(a, b)}-${Math.max(a, b)}`, w]));
  let best = { pairs: 0, weight: 0 };
  const used = new Array<boolean>(vertexCount).fill(false);
  const search = (from: number, pairs: number, total: number) => {
    if (pairs > best.pairs || (pairs === best.pairs && total > best.weight)) best = { pairs, weight: total };
    for (let a = from; a < vertexCount; a++) {
      if (used[a]) continue;
      used[a] = true;
      for (let b = a + 1; b < vertexCount; b++) {
        const w = weight.get(`${a}-${b}`);
        if (used[b] || w === undefined) continue;
        used[b] = true;
        search(a + 1, pairs + 1, total + w);
        used[b] = false;
      }
      used[a] = false;
    }
  };
  search(0, 0, 0);
  return best;
}

function describeMatching(mate: number[], edges: readonly WeightedEdge[]): { pairs: number; weight: number } {
  const weight = new Map(edges.map(([a, b, w]) => [`${Math.min(a, b)}-${Math.max(a, b)}`, w]));
  let pairs = 0;
  let total = 0;
  mate.forEach((partner, v) => {
    if (partner === -1 || v > partner) return;
    expect(mate[partner]).toBe(v);
    const w = weight.get(`${v}-${partner}`);
    expect(w).toBeDefined();
    pairs += 1;
    total += w ?? 0;
  });
  return { pairs, weight: total };
}

/** Random simple graphs of up to 9 vertices with integer weights. */
const graphs = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc
        .uniqueArray(
          fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).filter(([a, b]) => a < b),
          { selector: ([a, b]) => `${a}-${b}`, maxLength: (n * (n - 1)) / 2 },
        )
        .chain((pairs) => fc.tuple(...pairs.map(([a, b]) => fc.integer({ min: 0, max: 50 }).map((w): WeightedEdge => [a, b, w])))),
    }),
  );

describe('maximum-weight matching', () => {
  test('When any small graph is matched, then it has as many pairs and as much weight as exhaustive search finds', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const mate = maxWeightMatching(n, edges);
        expect(mate).toHaveLength(n);
        expect(describeMatching(mate, edges)).toEqual(bestByExhaustiveSearch(n, edges));
      }),
      { numRuns: 400 },
    );
  });

  test('When the best matching needs an odd cycle shrunk (a blossom), then it is still found', () => {
    // A five-cycle 0-1-2-3-4 with a tail 4-5 and a tail 0-6: a perfect matching exists only
    // through the cycle's odd side, which greedy and bipartite methods miss.
    const edges: WeightedEdge[] = [
      [0, 1, 10], [1, 2, 10], [2, 3, 10], [3, 4, 10], [4, 0, 10], [4, 5, 1], [0, 6, 1], [5, 6, 1],
    ];
    const mate = maxWeightMatching(7, edges);
    expect(describeMatching(mate, edges)).toEqual(bestByExhaustiveSearch(7, edges));
    expect(mate.filter((m) => m === -1)).toHaveLength(1);
  });

  test('When heavier pairs would leave more people single, then the matching with more pairs wins', () => {
    // 1-2 is heavy, but taking it leaves 0 and 3 single; 0-1 and 2-3 pair everyone.
    const edges: WeightedEdge[] = [[0, 1, 1], [1, 2, 100], [2, 3, 1]];
    expect(maxWeightMatching(4, edges)).toEqual([1, 0, 3, 2]);
  });

  test('When blossoms are formed and expanded, then no variables are left behind as globals', () => {
    // The original edmonds-blossom assigns b, path and v as globals, which breaks any program
    // that has a global of that name; the release we use declares them.
    const fiveCycles: WeightedEdge[] = [0, 5, 10].flatMap((o) => [
      [o, o + 1, 9], [o + 1, o + 2, 9], [o + 2, o + 3, 9], [o + 3, o + 4, 9], [o + 4, o, 9], [o + 4, o + 5, 1],
    ]) as WeightedEdge[];
    maxWeightMatching(16, fiveCycles);
    expect(Object.keys(globalThis).filter((key) => !globalsAtStart.has(key))).toEqual([]);
  });

  test('When there are no edges or isolated vertices, then those vertices are unmatched', () => {
    expect(maxWeightMatching(3, [])).toEqual([-1, -1, -1]);
    expect(maxWeightMatching(4, [[0, 1, 5]])).toEqual([1, 0, -1, -1]);
  });
});
