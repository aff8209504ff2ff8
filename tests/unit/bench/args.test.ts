import { parseArgs } from '../../../bench/args';
import { percentile } from '../../../bench/load';
import { compareCounts } from '../../../bench/stages/ingestion';

describe('bench options', () => {
  it('defaults to 10,000 and 100,000 articles at 1 and 16 clients', () => {
    const options = parseArgs([], '/tmp/r');
    expect(options.articles).toEqual([10_000, 100_000]);
    expect(options.clients).toEqual([1, 16]);
    expect(options.quick).toBe(false);
  });

  it('reads lists, durations and --quick (which shortens load runs unless a duration is given)', () => {
    expect(parseArgs(['--articles', '500,1_000', '--clients', '4', '--quick'], '/tmp/r')).toMatchObject({ articles: [500, 1000], clients: [4], quick: true, durationS: 3 });
    expect(parseArgs(['--quick', '--duration', '7'], '/tmp/r').durationS).toBe(7);
  });

  it('rejects what it does not understand', () => {
    expect(() => parseArgs(['--articles', 'ten'], '/tmp/r')).toThrow(/positive whole numbers/);
    expect(() => parseArgs(['--articles'], '/tmp/r')).toThrow(/needs a value/);
    expect(() => parseArgs(['--fast'], '/tmp/r')).toThrow(/unknown option/);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_v, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('compareCounts', () => {
  const counts = (relationships: Record<string, number>) => ({ nodes: { Article: 10 }, relationships, totalNodes: 10, totalRelationships: 0 });
  it('is exact for nodes and relationships, and allows claim links a small tolerance', () => {
    expect(compareCounts(counts({ ABOUT: 5, CONTRADICTS: 1000 }), counts({ ABOUT: 5, CONTRADICTS: 1000 }))).toEqual({ differences: [], same: true });
    const nearly = compareCounts(counts({ ABOUT: 5, CONTRADICTS: 1000 }), counts({ ABOUT: 5, CONTRADICTS: 1004 }));
    expect(nearly.same).toBe(true);
    expect(nearly.differences).toEqual([expect.stringMatching(/^CONTRADICTS: service 1000, floor 1004 \(claim links/)]);
    expect(compareCounts(counts({ ABOUT: 5 }), counts({ ABOUT: 6 })).same).toBe(false);
    expect(compareCounts(counts({ CORROBORATES: 100 }), counts({ CORROBORATES: 150 })).same).toBe(false);
  });
});
