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
