import { kindFigures, sumScores } from '../../../src/evaluation/figures';
import { formatF1ByGroup, formatReport } from '../../../src/evaluation/report';
import type { ArticleScore, Counts } from '../../../src/evaluation/score';

function score(article: string, claims: Counts, accuracy = { matched: 0, dateCorrect: 0, stanceCorrect: 0 }): ArticleScore {
  const none = { tp: 0, fp: 0, fn: 0 };
  return {
    article,
    counts: { entities: none, claims, deployments: none, armsTransfers: none, agreements: none },
    claimAccuracy: accuracy,
    missed: [],
    spurious: [],
    errors: [],
    warnings: [],
  };
}

describe('kindFigures', () => {
  it('computes precision, recall and F1 from the counts', () => {
    const figures = kindFigures({ tp: 3, fp: 1, fn: 2 });
    expect(figures.precision).toBeCloseTo(0.75);
    expect(figures.recall).toBeCloseTo(0.6);
    expect(figures.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('leaves undefined ratios null rather than inventing 0 or 1', () => {
    expect(kindFigures({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
    expect(kindFigures({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });
});

describe('sumScores', () => {
  it('sums counts over articles before dividing (micro average)', () => {
    const total = sumScores([
      score('a', { tp: 1, fp: 0, fn: 0 }, { matched: 1, dateCorrect: 1, stanceCorrect: 0 }),
      score('b', { tp: 1, fp: 3, fn: 4 }, { matched: 1, dateCorrect: 0, stanceCorrect: 1 }),
    ]);
    expect(total.articles).toBe(2);
    expect(total.kinds.claims).toMatchObject({ tp: 2, fp: 3, fn: 4 });
    expect(total.kinds.claims.precision).toBeCloseTo(2 / 5);
    expect(total.kinds.claims.recall).toBeCloseTo(2 / 6);
    expect(total.claims).toMatchObject({ matched: 2, dateAccuracy: 0.5, stanceAccuracy: 0.5 });
  });
});

describe('formatReport', () => {
  it('prints one row per kind and the claim accuracies', () => {
    const text = formatReport([score('a', { tp: 1, fp: 1, fn: 0 }, { matched: 1, dateCorrect: 1, stanceCorrect: 1 })]);
    expect(text).toMatch(/claims\s+1\s+2\s+1\s+1\s+0\s+0\.500\s+1\.000\s+0\.667/);
    expect(text).toContain('date accuracy 1.000 (1/1)');
    expect(text).toMatch(/deployments\s+0\s+0\s+0\s+0\s+0\s+-\s+-\s+-/);
  });

  it('adds the per-article breakdown when verbose', () => {
    const article = { ...score('x-article', { tp: 0, fp: 0, fn: 1 }), missed: [{ kind: 'claims' as const, text: 'NIS asserts: "..."' }] };
    const text = formatReport([article], { verbose: true });
    expect(text).toContain('== x-article');
    expect(text).toContain('[claims] NIS asserts');
  });
});

describe('formatF1ByGroup', () => {
  it('prints one F1 line per group', () => {
    const text = formatF1ByGroup(
      { fr: sumScores([score('a', { tp: 1, fp: 1, fn: 0 })]), en: sumScores([score('b', { tp: 0, fp: 0, fn: 2 })]) },
      'language',
    );
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toMatch(/fr \(1\)\s+-\s+0\.667/);
    expect(text).toMatch(/en \(1\)\s+-\s+0\.000/);
  });
});
