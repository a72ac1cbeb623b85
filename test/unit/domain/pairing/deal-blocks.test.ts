import fc from 'fast-check';
import { DEFAULT_BLOCK_SIZE, dealBlocks } from '../../../../src/domain/pairing/deal-blocks';
import { createSeededRandom } from '../../../../src/domain/pairing/seeded-random';
import { demoShapedLeaders } from '../../../helpers/pairing-leaders';

describe('dealing a large round into blocks', () => {
  test('When any number of leaders is dealt, then each is in exactly one block, no block is too big and at most one is odd', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.constantFrom(4, 10, 64, DEFAULT_BLOCK_SIZE), fc.nat(), (count, blockSize, seed) => {
        const leaders = demoShapedLeaders(count);
        const blocks = dealBlocks(leaders, blockSize, createSeededRandom(seed));
        expect(blocks.flat().map((l) => l.id).sort()).toEqual(leaders.map((l) => l.id).sort());
        const sizes = blocks.map((b) => b.length);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.max(blockSize, count <= blockSize ? count : 0));
        expect(sizes.filter((s) => s % 2 === 1).length).toBeLessThanOrEqual(1);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 100 },
    );
  });

  test('When a programme shaped like the demo is dealt, then every block gets its fair share of each area and level, less than two leaders off', () => {
    const leaders = demoShapedLeaders(10_000);
    const blocks = dealBlocks(leaders, DEFAULT_BLOCK_SIZE, createSeededRandom(2027));
    const strata = [...new Set(leaders.map((l) => `${l.area}/${l.level}`))];
    for (const stratum of strata) {
      const total = leaders.filter((l) => `${l.area}/${l.level}` === stratum).length;
      for (const block of blocks) {
        // Its fair share of this area and level, rounded either way.
        const fairShare = (total * block.length) / leaders.length;
        const count = block.filter((l) => `${l.area}/${l.level}` === stratum).length;
        expect(Math.abs(count - fairShare)).toBeLessThan(2);
      }
    }
  });

  test('When the seed changes, then the blocks are dealt differently', () => {
    const leaders = demoShapedLeaders(500);
    const first = dealBlocks(leaders, 120, createSeededRandom(1)).map((b) => b.map((l) => l.id).sort());
    const second = dealBlocks(leaders, 120, createSeededRandom(2)).map((b) => b.map((l) => l.id).sort());
    expect(second).not.toEqual(first);
    expect(dealBlocks(leaders, 120, createSeededRandom(1)).map((b) => b.map((l) => l.id).sort())).toEqual(first);
  });
});
