/**
 * Types for edmonds-blossom-fixed, which ships none (its API is edmonds-blossom's, whose
 * DefinitelyTyped declaration this mirrors).
 */
declare module 'edmonds-blossom-fixed' {
  /**
   * Maximum-weight matching of the graph given as [vertex, vertex, weight] edges (vertices are
   * 0-based). With `maxCardinality`, only matchings with the most pairs count. Returns each
   * vertex's partner, or -1; the array ends at the highest vertex that has an edge.
   */
  function blossom(edges: number[][], maxCardinality?: boolean): number[];
  export = blossom;
}
