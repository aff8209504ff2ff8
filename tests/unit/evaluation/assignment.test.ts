import { maximumMatching } from '../../../src/evaluation/assignment';

const table =
  (rows: Array<Array<number | null>>) =>
  (g: number, p: number): number | null =>
    rows[g][p];

describe('maximumMatching', () => {
  it('finds the larger matching a greedy pass would miss', () => {
    // Greedy would give prediction 0 to gold 0 (its better pair) and leave gold 1 unmatched.
    const quality = table([
      [5, 0],
      [0, null],
    ]);
    expect(maximumMatching(2, 2, quality)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('prefers the better pairs among matchings of the same size', () => {
    const quality = table([
      [0, 2],
      [2, 0],
    ]);
    expect(maximumMatching(2, 2, quality)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('matches each gold item and each prediction at most once', () => {
    const quality = table([[1, 1, 1]]);
    expect(maximumMatching(1, 3, quality)).toHaveLength(1);
    const transposed = table([[1], [1], [1]]);
    expect(maximumMatching(3, 1, transposed)).toHaveLength(1);
  });

  it('handles more gold items than predictions, and forbidden pairs', () => {
    const quality = table([[null], [null], [0]]);
    expect(maximumMatching(3, 1, quality)).toEqual([[2, 0]]);
    expect(maximumMatching(2, 2, () => null)).toEqual([]);
    expect(maximumMatching(0, 4, () => 1)).toEqual([]);
  });

  it('rejects a negative quality', () => {
    expect(() => maximumMatching(1, 1, () => -1)).toThrow(RangeError);
  });
});

describe('maximumMatching against brute force', () => {
  /** Deterministic pseudo-random numbers (a linear congruential generator), so the test is repeatable. */
  function generator(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  /** The best (size, total quality) over all one-to-one matchings, by exhaustive search. */
  function best(rows: Array<Array<number | null>>, columns: number): [number, number] {
    let result: [number, number] = [0, 0];
    const used = new Array<boolean>(columns).fill(false);
    const visit = (row: number, size: number, total: number): void => {
      if (row === rows.length) {
        if (size > result[0] || (size === result[0] && total > result[1] + 1e-9)) result = [size, total];
        return;
      }
      visit(row + 1, size, total);
      for (let column = 0; column < columns; column += 1) {
        const quality = rows[row][column];
        if (quality === null || used[column]) continue;
        used[column] = true;
        visit(row + 1, size + 1, total + quality);
        used[column] = false;
      }
    };
    visit(0, 0, 0);
    return result;
  }

  it('finds a maximum matching with the best total quality on 200 random cases', () => {
    const random = generator(42);
    for (let round = 0; round < 200; round += 1) {
      const goldCount = 1 + Math.floor(random() * 5);
      const predictionCount = 1 + Math.floor(random() * 5);
      const rows = Array.from({ length: goldCount }, () =>
        Array.from({ length: predictionCount }, () => (random() < 0.5 ? null : Math.round(random() * 30) / 10)),
      );
      const pairs = maximumMatching(goldCount, predictionCount, (g, p) => rows[g][p]);
      expect(new Set(pairs.map(([g]) => g)).size).toBe(pairs.length);
      expect(new Set(pairs.map(([, p]) => p)).size).toBe(pairs.length);
      const total = pairs.reduce((sum, [g, p]) => sum + (rows[g][p] as number), 0);
      const [size, bestTotal] = best(rows, predictionCount);
      expect(pairs.length).toBe(size);
      expect(total).toBeCloseTo(bestTotal, 6);
    }
  });
});
