import { parseArticleFile } from '../../../src/article-file';
import { articleAt, articleBatches, eventCount, formatArticleFile, generateArticles, Prng, ZipfSampler } from '../../../bench/corpus';

describe('Prng', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const drawsA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(drawsA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(drawsA);
    for (const value of drawsA) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('ZipfSampler', () => {
  it('draws low ranks far more often than high ones', () => {
    const sampler = new ZipfSampler(1000, 1);
    const rng = new Prng(7);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 20_000; i += 1) counts[sampler.draw(rng)] += 1;
    expect(counts[0]).toBeGreaterThan(counts[9] * 5);
    expect(counts.slice(500).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0); // a long tail, not a cut-off
    expect(sampler.probability(0)).toBeCloseTo(1 / counts.reduce((sum, _n, rank) => sum + 1 / (rank + 1), 0), 6);
  });
});

describe('bench corpus', () => {
  const options = { seed: 2024, articles: 600 };
  const corpus = [...generateArticles(options)];

  it('is deterministic: the same seed gives the same articles, another seed others', () => {
    expect([...generateArticles(options)].map((a) => a.input)).toEqual(corpus.map((a) => a.input));
    expect(articleAt(options, 123)).toEqual(corpus[123]);
    const other = [...generateArticles({ ...options, seed: 2025 })];
    expect(other.filter((a, i) => a.input.body === corpus[i].input.body).length).toBeLessThan(5);
  });

  it('has the requested size, unique urls, and batches that cover it once', () => {
    expect(corpus).toHaveLength(600);
    expect(new Set(corpus.map((a) => a.input.url)).size).toBe(600);
    const batches = [...articleBatches(options, 250)];
    expect(batches.map((b) => b.length)).toEqual([250, 250, 100]);
    expect(batches.flat().map((a) => a.index)).toEqual(corpus.map((a) => a.index));
  });

  it('mixes French and English, each written in its own language', () => {
    const french = corpus.filter((a) => a.input.language === 'fr');
    expect(french.length / corpus.length).toBeGreaterThan(0.35);
    expect(french.length / corpus.length).toBeLessThan(0.55);
    const frenchWords = /(a déclaré|a annoncé|selon|Selon|D'après|a démenti|a accusé|soldats|ont signé|livré)/;
    for (const article of french) expect(article.input.body).toMatch(frenchWords);
    for (const article of corpus.filter((a) => a.input.language === 'en')) expect(article.input.body).toMatch(/\b(said|according to|According to|denied|accused)\b/);
  });

  it('writes wire copy: datelines of relayed agencies, relays in the outlet header, dated claims', () => {
    const relayed = corpus.filter((a) => a.meta.relay !== null);
    expect(relayed.length / corpus.length).toBeGreaterThan(0.5);
    for (const article of relayed) {
      expect(article.input.outlet).toContain(`(relays ${article.meta.relay})`);
      expect(article.input.body).toContain(`(${article.meta.relay}) - `);
    }
    const bodies = corpus.map((a) => a.input.body).join('\n');
    for (const cue of ['« ', 'denied', 'a démenti', 'no evidence', 'aucune preuve', 'reportedly', 'probablement', 'Western officials'])
      expect(bodies).toContain(cue);
  });

  it('has the shape of real reporting: events reported by several articles, a long tail of single reports', () => {
    const perEvent = new Map<number, number>();
    for (const article of corpus) perEvent.set(article.meta.eventIndex, (perEvent.get(article.meta.eventIndex) ?? 0) + 1);
    const counts = [...perEvent.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(5);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(counts.length / 5);
    expect(perEvent.size).toBeLessThanOrEqual(eventCount(600));
  });

  it('articles have wire-story sizes and round-trip through the article file format', () => {
    for (const article of corpus) {
      expect(article.input.body.length).toBeGreaterThan(300);
      expect(article.input.body.length).toBeLessThan(4000);
      expect(article.meta.claims).toBeGreaterThanOrEqual(1);
    }
    const parsed = parseArticleFile(formatArticleFile(corpus[5]));
    expect(parsed).toEqual({ ...corpus[5].input, outlet: corpus[5].input.outlet });
  });

  it('reaches 100,000 articles lazily (random access at the far end, no precomputed list)', () => {
    const big = { seed: 1, articles: 100_000 };
    const last = articleAt(big, 99_999);
    expect(last.input.body.length).toBeGreaterThan(300);
    expect(articleAt(big, 99_999)).toEqual(last);
    expect(() => articleAt(big, 100_000)).toThrow(RangeError);
  });
});
