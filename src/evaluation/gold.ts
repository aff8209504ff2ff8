/**
 * Gold annotations (FORMAT.md): the expected extraction for one article, in snake_case.
 * Unknown fields are kept (annotators add `verb`, `content`, `notes`...); the fields
 * the scorer reads are validated.
 */
import { z } from 'zod';

const entityType = z.enum(['Country', 'Person', 'Organization', 'Location', 'MilitaryUnit']);
const stance = z.enum(['asserts', 'denies', 'accuses', 'doubts']);
const qualifier = z.enum([
  'exact',
  'about',
  'at_least',
  'more_than',
  'up_to',
  'less_than',
  'thousands',
  'hundreds',
  'dozens',
  'several',
]);
/** `teaser` marks material from an embedded "Lire aussi"/"Read more" link, not the article proper. */
const sourceSection = z.string().optional();
/** A date at day, month or year precision: 2024-10-18, 2024-10, 2024. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const evidence = z.string().min(1);
const evidenceAlt = z.array(z.string().min(1)).optional();
const reference = z.string().min(1).nullable();
const amount = z.number().nonnegative().nullable();

export const goldEntitySchema = z.looseObject({
  name: z.string().min(1),
  type: entityType,
  aliases_in_text: z.array(z.string().min(1)).default([]),
  role: z.string().nullable().optional(),
  source_section: sourceSection,
});

export const goldClaimSchema = z.looseObject({
  /** A gold entity name, or null for an unnamed source (see `claimant_text`). */
  claimant: reference,
  claimant_text: z.string().nullable().optional(),
  claimant_entities: z.array(z.string().min(1)).optional(),
  claimed_on: isoDate.nullable(),
  stance,
  evidence,
  evidence_alt: evidenceAlt,
  source_section: sourceSection,
});

export const goldDeploymentSchema = z.looseObject({
  from: reference,
  to: reference,
  size: amount,
  size_qualifier: qualifier.nullable().optional(),
  status: z.enum(['planned', 'training', 'deployed', 'withdrawn']).nullable().optional(),
  evidence,
  evidence_alt: evidenceAlt,
  source_section: sourceSection,
});

export const goldArmsTransferSchema = z.looseObject({
  supplier: reference,
  recipient: reference,
  items: z.array(z.string()).default([]),
  quantity: amount,
  quantity_qualifier: qualifier.nullable().optional(),
  status: z.enum(['planned', 'delivered']).nullable().optional(),
  evidence,
  evidence_alt: evidenceAlt,
  source_section: sourceSection,
});

export const goldAgreementSchema = z.looseObject({
  parties: z.array(z.string().min(1)).min(1),
  name: z.string().optional(),
  evidence,
  evidence_alt: evidenceAlt,
  source_section: sourceSection,
});

export const goldArticleSchema = z.looseObject({
  article: z.string().min(1),
  entities: z.array(goldEntitySchema).default([]),
  claims: z.array(goldClaimSchema).default([]),
  deployments: z.array(goldDeploymentSchema).default([]),
  arms_transfers: z.array(goldArmsTransferSchema).default([]),
  agreements: z.array(goldAgreementSchema).default([]),
  notes: z.array(z.string()).optional(),
});

export type GoldEntity = z.infer<typeof goldEntitySchema>;
export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldDeployment = z.infer<typeof goldDeploymentSchema>;
export type GoldArmsTransfer = z.infer<typeof goldArmsTransferSchema>;
export type GoldAgreement = z.infer<typeof goldAgreementSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

export class GoldFormatError extends Error {
  constructor(
    readonly source: string,
    readonly issues: string[],
  ) {
    super(`${source}: not a valid gold file:\n  ${issues.join('\n  ')}`);
    this.name = 'GoldFormatError';
  }
}

/** Validates parsed JSON as a gold file; `source` names it in the error. */
export function parseGold(json: unknown, source = 'gold'): GoldArticle {
  const result = goldArticleSchema.safeParse(json);
  if (result.success) return result.data;
  throw new GoldFormatError(
    source,
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

/** `--strict-article`: drop what comes from an embedded teaser rather than the article proper. */
export function withoutTeasers(gold: GoldArticle): GoldArticle {
  const keep = <T extends { source_section?: string }>(items: T[]): T[] =>
    items.filter((item) => item.source_section !== 'teaser');
  return {
    ...gold,
    entities: keep(gold.entities),
    claims: keep(gold.claims),
    deployments: keep(gold.deployments),
    arms_transfers: keep(gold.arms_transfers),
    agreements: keep(gold.agreements),
  };
}
