/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the corpus needs.
 * Math.random is never used: the same seed must give the same corpus on every machine.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)];
  }
}

/**
 * Mixes a seed and an index into an independent stream seed, so article i can be generated
 * on its own (lazily, in any order) and still be the same article.
 */
export function streamSeed(seed: number, stream: string, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  const mix = (value: number) => {
    h = Math.imul(h ^ value, 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  };
  for (let i = 0; i < stream.length; i += 1) mix(stream.charCodeAt(i));
  mix(index >>> 0);
  mix(Math.floor(index / 4294967296));
  return h;
}

/**
 * Draws ranks 0..n-1 with weight 1/(rank+1)^exponent (Zipf-like): a few items are drawn
 * very often, most rarely. Cumulative weights are computed once; a draw is a binary search.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    readonly exponent: number,
  ) {
    if (size < 1) throw new Error('ZipfSampler needs at least one item');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank += 1) {
      total += 1 / Math.pow(rank + 1, exponent);
      this.cumulative[rank] = total;
    }
  }

  /** The probability of drawing `rank`. */
  probability(rank: number): number {
    const total = this.cumulative[this.size - 1];
    const previous = rank === 0 ? 0 : this.cumulative[rank - 1];
    return (this.cumulative[rank] - previous) / total;
  }

  draw(rng: Prng): number {
    const target = rng.next() * this.cumulative[this.size - 1];
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid] <= target) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  pick<T>(rng: Prng, items: readonly T[]): T {
    if (items.length !== this.size) throw new Error(`ZipfSampler of size ${this.size} used on ${items.length} items`);
    return items[this.draw(rng)];
  }
}
