/**
 * Maximum-weight matching on a general graph, through edmonds-blossom-fixed (a port of Joris van
 * Rantwijk's reference implementation of Edmonds' blossom algorithm, O(n³); the "fixed" release
 * declares three variables the original leaks as globals). Kept behind this one function so the
 * library can be exchanged in one place; the unit tests check it against exhaustive search, odd
 * cycles included.
 */
import blossom from 'edmonds-blossom-fixed';

/** An edge between vertices `a` and `b` (0-based) with an integer weight. */
export type WeightedEdge = [a: number, b: number, weight: number];

/**
 * Among the matchings with the most pairs, one with the greatest total weight (integer weights
 * keep the algorithm exact). Returns `mate`: `mate[v]` is v's partner, or -1 if v is unmatched.
 * Vertices without edges are unmatched.
 */
export function maxWeightMatching(vertexCount: number, edges: readonly WeightedEdge[]): number[] {
  const mate = new Array<number>(vertexCount).fill(-1);
  if (edges.length === 0) return mate;
  // `true`: maximum cardinality first, so nobody is left unmatched to gain weight elsewhere.
  const found = blossom(
    edges.map(([a, b, weight]) => [a, b, weight]),
    true,
  );
  // The library sizes its answer by the highest vertex that has an edge.
  for (let v = 0; v < found.length && v < vertexCount; v++) mate[v] = found[v];
  return mate;
}
