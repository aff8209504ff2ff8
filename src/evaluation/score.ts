/**
 * Scoring one article's prediction against its gold, with the matching rules of
 * FORMAT.md. Agreements are scored too (our extension: FORMAT.md does not score them):
 * the parties correspond one way and the other, and the evidence spans overlap.
 */
import { maximumMatching } from './assignment';
import { foldName } from './fold';
import { withoutTeasers, type GoldArticle, type GoldEntity } from './gold';
import { locateAll, overlapRatio, type Span } from './locate';
import { predictedSpan, type PredictedSpan, type Prediction } from './prediction';
import {
  goldEntityKeys,
  goldTarget,
  intersects,
  predictedEntityKeys,
  predictedReferenceKeys,
  referenceResolves,
  type GoldTarget,
  type PredictedKeys,
} from './resolve';

export const KINDS = ['entities', 'claims', 'deployments', 'armsTransfers', 'agreements'] as const;
export type Kind = (typeof KINDS)[number];

export interface Counts {
  /** Gold items matched by a prediction. */
  tp: number;
  /** Predictions that match no gold item. */
  fp: number;
  /** Gold items that no prediction matches. */
  fn: number;
}

export interface ClaimAccuracy {
  matched: number;
  dateCorrect: number;
  stanceCorrect: number;
}

/** One line of the per-article breakdown: what was missed, what was spurious, what was wrong. */
export interface ItemNote {
  kind: Kind;
  text: string;
}

export interface ArticleScore {
  article: string;
  counts: Record<Kind, Counts>;
  claimAccuracy: ClaimAccuracy;
  missed: ItemNote[];
  spurious: ItemNote[];
  /** Matched claims whose date or stance is wrong. */
  errors: ItemNote[];
  /** Problems with the gold itself, e.g. evidence not found in the body. */
  warnings: string[];
}

export interface ScoreOptions {
  /** Drop gold items with `source_section: "teaser"` (predictions of them then count as spurious). */
  strictArticle?: boolean;
}

/** `claimedOn` against `claimed_on` at the gold's precision; a null must be null. */
export function claimDateMatches(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return predicted.length >= gold.length && predicted.slice(0, gold.length) === gold;
}

/** Both null, or the same number. */
export function amountMatches(gold: number | null, predicted: number | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return gold === predicted;
}

interface Located {
  spans: Span[];
}

function goldSpans(body: string, item: { evidence: string; evidence_alt?: string[] }, warn: (m: string) => void): Span[] {
  return [item.evidence, ...(item.evidence_alt ?? [])].flatMap((fragment) => {
    const spans = locateAll(body, fragment);
    if (spans.length === 0) warn(`evidence not found in the body: "${shorten(fragment)}"`);
    return spans;
  });
}

/** Best overlap (intersection over union) of a predicted span with any gold span; null when none overlap. */
function bestOverlap(gold: Located, predicted: Span | null): number | null {
  if (predicted === null) return null;
  let best: number | null = null;
  for (const span of gold.spans) {
    const ratio = overlapRatio(span, predicted);
    if (ratio > 0 && (best === null || ratio > best)) best = ratio;
  }
  return best;
}

function shorten(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

function spanText(body: string, span: Span | null, evidence: PredictedSpan | null | undefined): string {
  if (span) return shorten(body.slice(span.start, span.end));
  return evidence?.text ? shorten(evidence.text) : '(no evidence)';
}

function target(entities: GoldEntity[], reference: string | null): GoldTarget | null {
  return reference === null ? null : goldTarget(entities, reference);
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function scoreArticle(
  goldArticle: GoldArticle,
  body: string,
  prediction: Prediction,
  options: ScoreOptions = {},
): ArticleScore {
  const gold = options.strictArticle ? withoutTeasers(goldArticle) : goldArticle;
  const warnings: string[] = [];
  const warn = (message: string): void => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const keysOf = predictedReferenceKeys(prediction);
  // In the breakdown, show "Iran (country:IR)" rather than a bare id.
  const names = new Map(prediction.entities.filter((e) => e.id).map((e) => [e.id as string, e.name]));
  const show = (reference: string | null | undefined): string => {
    if (reference === null || reference === undefined) return 'null';
    const name = names.get(reference);
    return name && name !== reference ? `${name} (${reference})` : reference;
  };
  const score: ArticleScore = {
    article: gold.article,
    counts: { entities: zero(), claims: zero(), deployments: zero(), armsTransfers: zero(), agreements: zero() },
    claimAccuracy: { matched: 0, dateCorrect: 0, stanceCorrect: 0 },
    missed: [],
    spurious: [],
    errors: [],
    warnings,
  };

  const record = <G, P>(
    kind: Kind,
    goldItems: G[],
    predictions: P[],
    quality: (g: G, p: P) => number | null,
    describeGold: (g: G) => string,
    describePrediction: (p: P) => string,
  ): Array<[G, P]> => {
    const pairs = maximumMatching(goldItems.length, predictions.length, (g, p) => quality(goldItems[g], predictions[p]));
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPredictions = new Set(pairs.map(([, p]) => p));
    score.counts[kind] = {
      tp: pairs.length,
      fp: predictions.length - pairs.length,
      fn: goldItems.length - pairs.length,
    };
    goldItems.forEach((item, index) => {
      if (!matchedGold.has(index)) score.missed.push({ kind, text: describeGold(item) });
    });
    predictions.forEach((item, index) => {
      if (!matchedPredictions.has(index)) score.spurious.push({ kind, text: describePrediction(item) });
    });
    return pairs.map(([g, p]) => [goldItems[g], predictions[p]]);
  };

  // Entities: same type, and the prediction resolves to the gold entity.
  const goldEntities = gold.entities.map((entity) => ({ entity, keys: goldEntityKeys(entity) }));
  const predictedEntities = prediction.entities.map((entity) => ({ entity, keys: predictedEntityKeys(entity) }));
  record(
    'entities',
    goldEntities,
    predictedEntities,
    (g, p) => {
      if (g.entity.type !== p.entity.type || !intersects(g.keys, p.keys)) return null;
      // Prefer the prediction whose canonical name is the gold one.
      return foldName(g.entity.name) === foldName(p.entity.name) ? 1 : 0;
    },
    (g) => `${g.entity.type} ${g.entity.name}`,
    (p) => `${p.entity.type} ${p.entity.name}`,
  );

  // Claims: spans overlap, and the claimant resolves (unless the gold claimant is unnamed).
  const goldClaims = gold.claims.map((claim) => {
    const claimant = target(gold.entities, claim.claimant);
    const collective = (claim.claimant_entities ?? []).map((name) => goldTarget(gold.entities, name));
    // Unnamed: null, or words naming no gold entity ("Western officials") and no claimant_entities.
    const unnamed = collective.length === 0 && (claimant === null || claimant.entity === null);
    return {
      claim,
      spans: goldSpans(body, claim, warn),
      targets: unnamed ? [] : [...(claimant ? [claimant] : []), ...collective],
    };
  });
  const predictedClaims = prediction.claims.map((claim) => ({
    claim,
    span: predictedSpan(body, claim.evidence ?? claim.content),
    claimants: [claim.claimant, ...(claim.claimantEntities ?? [])].filter((c): c is string => c !== null),
  }));
  const claimPairs = record(
    'claims',
    goldClaims,
    predictedClaims,
    (g, p) => {
      const overlap = bestOverlap(g, p.span);
      if (overlap === null) return null;
      if (g.targets.length > 0 && !claimantResolves(keysOf, p.claimants, g.targets)) return null;
      const stanceRight = g.claim.stance === p.claim.stance ? 1 : 0;
      const dateRight = claimDateMatches(g.claim.claimed_on, p.claim.claimedOn) ? 1 : 0;
      return stanceRight + dateRight + overlap;
    },
    (g) => `${g.claim.claimant ?? g.claim.claimant_text ?? '(unnamed)'} ${g.claim.stance}: "${shorten(g.claim.evidence)}"`,
    (p) =>
      `${p.claim.claimant ? show(p.claim.claimant) : (p.claim.claimantText ?? '(unnamed)')} ${p.claim.stance}: "${spanText(body, p.span, p.claim.evidence ?? p.claim.content)}"`,
  );
  for (const [g, p] of claimPairs) {
    score.claimAccuracy.matched += 1;
    const dateRight = claimDateMatches(g.claim.claimed_on, p.claim.claimedOn);
    const stanceRight = g.claim.stance === p.claim.stance;
    if (dateRight) score.claimAccuracy.dateCorrect += 1;
    if (stanceRight) score.claimAccuracy.stanceCorrect += 1;
    if (!dateRight || !stanceRight) {
      const problems = [
        ...(dateRight ? [] : [`date ${p.claim.claimedOn ?? 'null'} (gold ${g.claim.claimed_on ?? 'null'})`]),
        ...(stanceRight ? [] : [`stance ${p.claim.stance} (gold ${g.claim.stance})`]),
      ];
      score.errors.push({ kind: 'claims', text: `${problems.join(', ')}: "${shorten(g.claim.evidence)}"` });
    }
  }

  // Deployments: from and to resolve, size equal or both null. Spans only break ties.
  record(
    'deployments',
    gold.deployments.map((deployment) => ({
      deployment,
      spans: goldSpans(body, deployment, warn),
      from: target(gold.entities, deployment.from),
      to: target(gold.entities, deployment.to),
    })),
    prediction.deployments.map((deployment) => ({ deployment, span: predictedSpan(body, deployment.evidence) })),
    (g, p) => {
      if (!referenceResolves(keysOf, p.deployment.from, g.from)) return null;
      if (!referenceResolves(keysOf, p.deployment.to, g.to)) return null;
      if (!amountMatches(g.deployment.size, p.deployment.size)) return null;
      return bestOverlap(g, p.span) ?? 0;
    },
    (g) => `${g.deployment.from} -> ${g.deployment.to}, size ${g.deployment.size ?? 'null'}: "${shorten(g.deployment.evidence)}"`,
    (p) =>
      `${show(p.deployment.from)} -> ${show(p.deployment.to)}, size ${p.deployment.size ?? 'null'}: "${spanText(body, p.span, p.deployment.evidence)}"`,
  );

  // Arms transfers: supplier and recipient resolve, quantity equal or both null.
  record(
    'armsTransfers',
    gold.arms_transfers.map((transfer) => ({
      transfer,
      spans: goldSpans(body, transfer, warn),
      supplier: target(gold.entities, transfer.supplier),
      recipient: target(gold.entities, transfer.recipient),
    })),
    prediction.armsTransfers.map((transfer) => ({ transfer, span: predictedSpan(body, transfer.evidence) })),
    (g, p) => {
      if (!referenceResolves(keysOf, p.transfer.supplier, g.supplier)) return null;
      if (!referenceResolves(keysOf, p.transfer.recipient, g.recipient)) return null;
      if (!amountMatches(g.transfer.quantity, p.transfer.quantity)) return null;
      return bestOverlap(g, p.span) ?? 0;
    },
    (g) =>
      `${g.transfer.supplier} -> ${g.transfer.recipient}, quantity ${g.transfer.quantity ?? 'null'}: "${shorten(g.transfer.evidence)}"`,
    (p) =>
      `${show(p.transfer.supplier)} -> ${show(p.transfer.recipient)}, quantity ${p.transfer.quantity ?? 'null'}: "${spanText(body, p.span, p.transfer.evidence)}"`,
  );

  // Agreements (our extension): parties correspond both ways, and the spans overlap.
  record(
    'agreements',
    gold.agreements.map((agreement) => ({
      agreement,
      spans: goldSpans(body, agreement, warn),
      parties: agreement.parties.map((party) => goldTarget(gold.entities, party)),
    })),
    prediction.agreements.map((agreement) => ({ agreement, span: predictedSpan(body, agreement.evidence) })),
    (g, p) => {
      const overlap = bestOverlap(g, p.span);
      if (overlap === null) return null;
      const parties = p.agreement.parties;
      const everyGoldNamed = g.parties.every((party) => parties.some((name) => intersects(keysOf(name), party.keys)));
      const everyPredictedKnown = parties.every((name) => g.parties.some((party) => intersects(keysOf(name), party.keys)));
      return everyGoldNamed && everyPredictedKnown ? overlap : null;
    },
    (g) => `${g.agreement.parties.join(' + ')}: "${shorten(g.agreement.evidence)}"`,
    (p) => `${p.agreement.parties.map(show).join(' + ')}: "${spanText(body, p.span, p.agreement.evidence)}"`,
  );

  return score;
}

function claimantResolves(keysOf: PredictedKeys, claimants: string[], targets: GoldTarget[]): boolean {
  return claimants.some((claimant) => {
    const keys = keysOf(claimant);
    return targets.some((goldClaimant) => intersects(keys, goldClaimant.keys));
  });
}
