/**
 * What the scorer reads from an extraction: the scored fields of FORMAT.md, typed
 * loosely enough that an `ExtractionResult` (src/extraction/types.ts) and the JSON
 * printed by `conflict-graph extract` both fit.
 */
import { z } from 'zod';
import type { ExtractionResult } from '../extraction/types';
import type { GoldArticle } from './gold';
import { locateAll, type Span } from './locate';

export interface PredictedSpan {
  start?: number | null;
  end?: number | null;
  text?: string | null;
}

export interface PredictedMention {
  text: string;
  start?: number;
  end?: number;
}

export interface PredictedEntity {
  id?: string | null;
  name: string;
  type: string;
  aliases?: string[] | null;
  mentions?: PredictedMention[] | null;
}

export interface PredictedClaim {
  /** An entity id or name, or null for an unnamed claimant. */
  claimant: string | null;
  claimantText?: string | null;
  claimantEntities?: string[] | null;
  stance: string;
  claimedOn: string | null;
  evidence?: PredictedSpan | null;
  content?: PredictedSpan | null;
}

export interface PredictedDeployment {
  from: string | null;
  to: string | null;
  size: number | null;
  evidence?: PredictedSpan | null;
}

export interface PredictedArmsTransfer {
  supplier: string | null;
  recipient: string | null;
  quantity: number | null;
  evidence?: PredictedSpan | null;
}

export interface PredictedAgreement {
  parties: string[];
  evidence?: PredictedSpan | null;
}

export interface Prediction {
  entities: PredictedEntity[];
  claims: PredictedClaim[];
  deployments: PredictedDeployment[];
  armsTransfers: PredictedArmsTransfer[];
  agreements: PredictedAgreement[];
}

/** An extraction result is a prediction as it stands; saying so lets the compiler check the two stay in step. */
export function predictionOf(result: ExtractionResult): Prediction {
  return result;
}

const span = z
  .looseObject({ start: z.number().nullish(), end: z.number().nullish(), text: z.string().nullish() })
  .nullish();
const ref = z.string().nullable().default(null);
const amount = z.number().nullable().default(null);

const predictionSchema = z.looseObject({
  entities: z
    .array(
      z.looseObject({
        id: z.string().nullish(),
        name: z.string(),
        type: z.string(),
        aliases: z.array(z.string()).nullish(),
        mentions: z
          .array(z.looseObject({ text: z.string(), start: z.number().optional(), end: z.number().optional() }))
          .nullish(),
      }),
    )
    .default([]),
  claims: z
    .array(
      z.looseObject({
        claimant: ref,
        claimantText: z.string().nullish(),
        claimantEntities: z.array(z.string()).nullish(),
        stance: z.string(),
        claimedOn: z.string().nullable().default(null),
        evidence: span,
        content: span,
      }),
    )
    .default([]),
  deployments: z.array(z.looseObject({ from: ref, to: ref, size: amount, evidence: span })).default([]),
  armsTransfers: z
    .array(z.looseObject({ supplier: ref, recipient: ref, quantity: amount, evidence: span }))
    .default([]),
  agreements: z.array(z.looseObject({ parties: z.array(z.string()).default([]), evidence: span })).default([]),
});

/** snake_case spellings accepted in saved prediction files, for extractors written to the gold's style. */
const SNAKE_KEYS: Record<string, string> = {
  arms_transfers: 'armsTransfers',
  claimed_on: 'claimedOn',
  claimant_text: 'claimantText',
  claimant_entities: 'claimantEntities',
};

function camelise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelise);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const target = SNAKE_KEYS[key] ?? key;
    if (!(target in out)) out[target] = camelise(inner);
  }
  return out;
}

/** Validates a saved prediction (the JSON of `conflict-graph extract`); throws a readable error. */
export function parsePrediction(json: unknown, source = 'prediction'): Prediction {
  const result = predictionSchema.safeParse(camelise(json));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${source}: not a valid prediction:\n  ${issues.join('\n  ')}`);
}

/**
 * The span a prediction claims: its offsets when it has them, otherwise the first
 * place its text occurs in the body, otherwise none (such an item cannot match on span).
 */
export function predictedSpan(body: string, evidence: PredictedSpan | null | undefined): Span | null {
  if (!evidence) return null;
  const { start, end, text } = evidence;
  if (typeof start === 'number' && typeof end === 'number' && end > start) return { start, end };
  if (text) return locateAll(body, text)[0] ?? null;
  return null;
}

function goldSpan(body: string, fragment: string): PredictedSpan {
  const located = locateAll(body, fragment)[0];
  return located ? { ...located, text: body.slice(located.start, located.end) } : { text: fragment };
}

/**
 * The gold turned into a prediction, as a perfect extractor would print it. Scoring
 * it against its own gold must give 1.0 everywhere: the check that the scorer itself
 * is consistent with the annotations.
 */
export function goldToPrediction(gold: GoldArticle, body: string): Prediction {
  const mentionsOf = (aliases: string[]): PredictedMention[] =>
    aliases.flatMap((alias) => locateAll(body, alias).map((found) => ({ text: alias, ...found })));
  return {
    entities: gold.entities.map((entity, index) => ({
      id: `gold:${index}`,
      name: entity.name,
      type: entity.type,
      aliases: [...entity.aliases_in_text],
      mentions: mentionsOf(entity.aliases_in_text),
    })),
    claims: gold.claims.map((claim) => ({
      claimant: claim.claimant,
      claimantText: claim.claimant_text ?? null,
      claimantEntities: claim.claimant_entities ?? [],
      stance: claim.stance,
      claimedOn: claim.claimed_on,
      evidence: goldSpan(body, claim.evidence),
    })),
    deployments: gold.deployments.map((deployment) => ({
      from: deployment.from,
      to: deployment.to,
      size: deployment.size,
      evidence: goldSpan(body, deployment.evidence),
    })),
    armsTransfers: gold.arms_transfers.map((transfer) => ({
      supplier: transfer.supplier,
      recipient: transfer.recipient,
      quantity: transfer.quantity,
      evidence: goldSpan(body, transfer.evidence),
    })),
    agreements: gold.agreements.map((agreement) => ({
      parties: [...agreement.parties],
      evidence: goldSpan(body, agreement.evidence),
    })),
  };
}
