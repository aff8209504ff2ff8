import { z } from 'zod';

/**
 * What the LLM is asked to return: the scored fields of FORMAT.md in camelCase,
 * with evidence as exact quotes of the body (re-anchored to offsets afterwards,
 * since models count characters badly).
 */
const quote = z.string().min(1);
const nullableString = z.string().nullable().optional();
const qualifier = z.enum(['exact', 'about', 'at_least', 'more_than', 'up_to', 'less_than', 'thousands', 'hundreds', 'dozens', 'several']);

export const llmAnswerSchema = z.object({
  entities: z.array(z.object({
    name: z.string().min(1),
    type: z.enum(['Country', 'Person', 'Organization', 'Location', 'MilitaryUnit']),
    aliases: z.array(z.string()).optional().default([]),
    role: nullableString,
  })).default([]),
  claims: z.array(z.object({
    claimant: nullableString,
    claimantText: nullableString,
    stance: z.enum(['asserts', 'denies', 'accuses', 'doubts']),
    cue: nullableString,
    hedged: z.boolean().optional().default(false),
    claimedOn: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable().optional().default(null),
    evidence: quote,
  })).default([]),
  deployments: z.array(z.object({
    from: nullableString,
    to: nullableString,
    size: z.number().nullable().optional().default(null),
    sizeQualifier: qualifier.nullable().optional().default(null),
    unit: nullableString,
    status: z.enum(['planned', 'training', 'deployed', 'withdrawn']).nullable().optional().default(null),
    evidence: quote,
  })).default([]),
  armsTransfers: z.array(z.object({
    supplier: nullableString,
    recipient: nullableString,
    items: z.array(z.string()).optional().default([]),
    quantity: z.number().nullable().optional().default(null),
    quantityQualifier: qualifier.nullable().optional().default(null),
    quantityUnit: nullableString,
    evidence: quote,
  })).default([]),
  agreements: z.array(z.object({
    parties: z.array(z.string()).default([]),
    name: z.string().default(''),
    evidence: quote,
  })).default([]),
});

export type LlmAnswer = z.infer<typeof llmAnswerSchema>;

export const SYSTEM_PROMPT = [
  'You extract facts from one French or English news article about armed conflict.',
  'Answer with ONE JSON object and nothing else, with these keys:',
  'entities: [{name (canonical English name), type (Country|Person|Organization|Location|MilitaryUnit), aliases (exact strings of the article), role}],',
  'claims: [{claimant (an entity name, or null when unnamed), claimantText (the words naming the claimant), stance (asserts|denies|accuses|doubts),',
  '  cue (the reporting verb or "selon"/"according to"), hedged (boolean), claimedOn (YYYY-MM-DD, YYYY-MM or YYYY when the statement is dated, else null), evidence}],',
  'deployments: [{from, to (entity names), size (number or null), sizeQualifier, unit, status (planned|training|deployed|withdrawn), evidence}],',
  'armsTransfers: [{supplier, recipient (entity names), items, quantity, quantityQualifier, quantityUnit, evidence}],',
  'agreements: [{parties (entity names), name, evidence}].',
  'Every evidence is an EXACT quote copied from the article (a clause or sentence). Resolve weekdays and',
  'relative dates against the publication date. Statements without their own date inherit the date of the',
  'announcement they belong to; otherwise claimedOn is null.',
].join('\n');
