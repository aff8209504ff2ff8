/**
 * One-to-one matching of gold items to predictions. A maximum matching is used rather
 * than a greedy one, so that a prediction compatible with two gold items never steals
 * the only one another prediction could take; among maximum matchings, the one with
 * the best total quality (stance and date right, closer spans) is chosen.
 *
 * Implementation: the Hungarian algorithm (potentials, O(n²m)) on costs where every
 * allowed pair is worth more than any sum of qualities, so cardinality comes first.
 */

/** null: the pair may not be matched; a number ≥ 0: its quality. */
export type PairQuality = (goldIndex: number, predictionIndex: number) => number | null;

export function maximumMatching(goldCount: number, predictionCount: number, quality: PairQuality): Array<[number, number]> {
  if (goldCount === 0 || predictionCount === 0) return [];
  // The algorithm needs rows ≤ columns; transpose when there are more gold items.
  const transposed = goldCount > predictionCount;
  const rows = transposed ? predictionCount : goldCount;
  const columns = transposed ? goldCount : predictionCount;
  const allowed: Array<Array<number | null>> = [];
  let maxQuality = 0;
  for (let row = 0; row < rows; row += 1) {
    const line: Array<number | null> = [];
    for (let column = 0; column < columns; column += 1) {
      const value = transposed ? quality(column, row) : quality(row, column);
      if (value !== null && (!Number.isFinite(value) || value < 0)) {
        throw new RangeError(`pair quality must be a finite number ≥ 0, got ${value}`);
      }
      line.push(value);
      if (value !== null) maxQuality = Math.max(maxQuality, value);
    }
    allowed.push(line);
  }
  const pairWorth = (maxQuality + 1) * (rows + 1);
  const cost = allowed.map((line) => line.map((value) => (value === null ? 0 : -(pairWorth + value))));

  const rowPotential = new Array<number>(rows + 1).fill(0);
  const columnPotential = new Array<number>(columns + 1).fill(0);
  const rowOfColumn = new Array<number>(columns + 1).fill(0);
  const way = new Array<number>(columns + 1).fill(0);
  for (let row = 1; row <= rows; row += 1) {
    rowOfColumn[0] = row;
    let column0 = 0;
    const minimum = new Array<number>(columns + 1).fill(Infinity);
    const used = new Array<boolean>(columns + 1).fill(false);
    do {
      used[column0] = true;
      const row0 = rowOfColumn[column0];
      let delta = Infinity;
      let column1 = 0;
      for (let column = 1; column <= columns; column += 1) {
        if (used[column]) continue;
        const reduced = cost[row0 - 1][column - 1] - rowPotential[row0] - columnPotential[column];
        if (reduced < minimum[column]) {
          minimum[column] = reduced;
          way[column] = column0;
        }
        if (minimum[column] < delta) {
          delta = minimum[column];
          column1 = column;
        }
      }
      for (let column = 0; column <= columns; column += 1) {
        if (used[column]) {
          rowPotential[rowOfColumn[column]] += delta;
          columnPotential[column] -= delta;
        } else {
          minimum[column] -= delta;
        }
      }
      column0 = column1;
    } while (rowOfColumn[column0] !== 0);
    do {
      const column1 = way[column0];
      rowOfColumn[column0] = rowOfColumn[column1];
      column0 = column1;
    } while (column0 !== 0);
  }

  const pairs: Array<[number, number]> = [];
  for (let column = 1; column <= columns; column += 1) {
    const row = rowOfColumn[column];
    if (row === 0 || allowed[row - 1][column - 1] === null) continue;
    pairs.push(transposed ? [column - 1, row - 1] : [row - 1, column - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
