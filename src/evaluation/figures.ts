/** Precision, recall and F1 per kind, summed over articles (micro-averaged). */
import { KINDS, type ArticleScore, type ClaimAccuracy, type Counts, type Kind } from './score';

export interface KindFigures extends Counts {
  /** null when undefined (no predictions, or no gold items, of this kind). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Figures {
  articles: number;
  kinds: Record<Kind, KindFigures>;
  claims: ClaimAccuracy & { dateAccuracy: number | null; stanceAccuracy: number | null };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function kindFigures(counts: Counts): KindFigures {
  return {
    ...counts,
    precision: ratio(counts.tp, counts.tp + counts.fp),
    recall: ratio(counts.tp, counts.tp + counts.fn),
    // 2PR/(P+R) written on the counts, so it stays defined when only one of P and R is.
    f1: ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn),
  };
}

export function sumScores(scores: readonly ArticleScore[]): Figures {
  const kinds = {} as Record<Kind, KindFigures>;
  for (const kind of KINDS) {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const score of scores) {
      total.tp += score.counts[kind].tp;
      total.fp += score.counts[kind].fp;
      total.fn += score.counts[kind].fn;
    }
    kinds[kind] = kindFigures(total);
  }
  const accuracy: ClaimAccuracy = { matched: 0, dateCorrect: 0, stanceCorrect: 0 };
  for (const score of scores) {
    accuracy.matched += score.claimAccuracy.matched;
    accuracy.dateCorrect += score.claimAccuracy.dateCorrect;
    accuracy.stanceCorrect += score.claimAccuracy.stanceCorrect;
  }
  return {
    articles: scores.length,
    kinds,
    claims: {
      ...accuracy,
      dateAccuracy: ratio(accuracy.dateCorrect, accuracy.matched),
      stanceAccuracy: ratio(accuracy.stanceCorrect, accuracy.matched),
    },
  };
}
