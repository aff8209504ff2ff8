import type { Stance } from '../../extraction/types';
import { optionalConditions } from './conditions';
import { cypherQuery, type CypherQuery } from '../cypher';
import { ALL_CLAIM_PARTS, claimProjection, type ClaimParts } from './projections';
import { claimsAboutTargets, resolveEntities, resolveEvents } from './targets';

export const CLAIM_ORDER_FIELDS = ['CLAIMED_ON', 'PUBLISHED_ON', 'CONFIDENCE'] as const;
export type ClaimOrderField = (typeof CLAIM_ORDER_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';

/** Sort keys come from this whitelist only (STYLE.md, principle 4). Undated claims sort last. */
const ORDER_KEYS: Record<ClaimOrderField, (direction: SortDirection) => string> = {
  CLAIMED_ON: (d) => `coalesce(c.claimedOnStart, '${d === 'ASC' ? '9999-99-99' : '0000-00-00'}')`,
  PUBLISHED_ON: () => 'c.reportedOn',
  CONFIDENCE: () => 'c.confidence',
};

/** A claims filter after validation: dates are full days, names come with their keys. */
export interface ClaimCriteria {
  claimant?: { value: string; key: string };
  about?: { value: string; key: string };
  stances?: readonly Stance[];
  claimedFrom?: string;
  claimedTo?: string;
  publishedFrom?: string;
  publishedTo?: string;
  outletId?: string;
  originId?: string;
  language?: string;
  articleId?: string;
  hedged?: boolean;
  /** Last day included: only claims reported (published) by then. */
  asOf?: string;
}

export interface PageArgs {
  skip: number;
  limit: number;
}

/** Builds the MATCH part and WHERE conditions shared by the claims page and contradiction queries. */
export function claimSelection(criteria: ClaimCriteria): { cypher: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];

  if (criteria.claimant) {
    parts.push(resolveEntities('claimant', 'claimantEntities'));
    params.claimant = criteria.claimant.value;
    params.claimantKey = criteria.claimant.key;
  }
  if (criteria.about) {
    parts.push(resolveEntities('about', 'aboutEntities'), resolveEvents('about', 'aboutEvents'));
    params.about = criteria.about.value;
    params.aboutKey = criteria.about.key;
    parts.push(claimsAboutTargets('aboutEntities', 'aboutEvents'));
    if (criteria.claimant) conditions.push('EXISTS { (x:Entity)-[:CLAIMED]->(c) WHERE x IN claimantEntities }');
  } else if (criteria.claimant) {
    parts.push('UNWIND claimantEntities AS claimantEntity\nMATCH (claimantEntity)-[:CLAIMED]->(c:Claim)');
  } else {
    parts.push('MATCH (c:Claim)');
  }
  // Straight from the label, the conditions go on the MATCH itself so the planner can use an index.
  const direct = !criteria.about && !criteria.claimant;

  const add = optionalConditions(conditions, params);
  add('c.stance IN $stances', 'stances', criteria.stances && criteria.stances.length > 0 ? [...criteria.stances] : undefined);
  add('c.claimedOnEnd >= $claimedFrom', 'claimedFrom', criteria.claimedFrom);
  add('c.claimedOnStart <= $claimedTo', 'claimedTo', criteria.claimedTo);
  add('c.publishedOn IS NOT NULL AND c.reportedOn >= $publishedFrom', 'publishedFrom', criteria.publishedFrom);
  add('c.publishedOn IS NOT NULL AND c.reportedOn <= $publishedTo', 'publishedTo', criteria.publishedTo);
  add('c.outletId = $outletId', 'outletId', criteria.outletId);
  add('c.originId = $originId', 'originId', criteria.originId);
  add('c.language = $language', 'language', criteria.language);
  add('c.articleId = $articleId', 'articleId', criteria.articleId);
  add('c.hedged = $hedged', 'hedged', criteria.hedged);
  add('c.reportedOn <= $asOf', 'asOf', criteria.asOf);

  const where = conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : '';
  if (direct) return { cypher: `${parts.join('\n')}${where}`, params };
  const carried = criteria.about && criteria.claimant ? ', claimantEntities' : '';
  return { cypher: `${parts.join('\n')}\nWITH DISTINCT c${carried}${where}`, params };
}

/** One page of claims with the total count, in one round trip. */
export function claimsPageQuery(
  criteria: ClaimCriteria,
  order: { field: ClaimOrderField; direction: SortDirection },
  page: PageArgs,
  parts: Readonly<ClaimParts> = ALL_CLAIM_PARTS,
): CypherQuery {
  const selection = claimSelection(criteria);
  const direction = order.direction === 'ASC' ? 'ASC' : 'DESC';
  const key = ORDER_KEYS[order.field](direction);
  return cypherQuery(
    'claims.page',
    `${selection.cypher}
WITH c ORDER BY ${key} ${direction}, c.id ASC
WITH collect(c) AS matched
RETURN size(matched) AS totalCount, [c IN matched[$skip..($skip + $limit)] | ${claimProjection('c', parts)}] AS nodes`,
    { ...selection.params, skip: page.skip, limit: page.limit },
  );
}

/** Claims by id (for nested fields batched by DataLoader). */
export function claimsByIdQuery(ids: readonly string[]): CypherQuery {
  return cypherQuery(
    'claims.by-id',
    `UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN ${claimProjection('c')} AS claim`,
    { ids: [...ids] },
  );
}

export type ClaimRelation = 'claimant' | 'about' | 'event';

const RELATION_PATTERNS: Record<ClaimRelation, string> = {
  claimant: '(owner:Entity {id: id})-[:CLAIMED]->(c:Claim)',
  about: '(owner:Entity {id: id})<-[:ABOUT]-(c:Claim)',
  event: '(owner:Event {id: id})<-[:ABOUT]-(c:Claim)',
};

/** For each owner id, its first `limit` claims (most recent first, published by `asOf`): one query for a whole page of owners. */
export function claimsByOwnerQuery(relation: ClaimRelation, ids: readonly string[], limit: number, asOf: string | null = null): CypherQuery {
  return cypherQuery(
    `claims.by-${relation}`,
    `UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH ${RELATION_PATTERNS[relation]}
  WHERE $asOf IS NULL OR c.reportedOn <= $asOf
  WITH c ORDER BY coalesce(c.claimedOnStart, '0000-00-00') DESC, c.id ASC
  LIMIT toInteger($limit)
  RETURN [x IN collect(c) | ${claimProjection('x')}] AS claims
}
RETURN id, claims`,
    { ids: [...ids], limit, asOf },
  );
}

/** Most linked claims returned per claim and kind. */
export const MAX_LINKED_CLAIMS = 50;

/** Claims linked to each given claim by CONTRADICTS or CORROBORATES (either direction), at most MAX_LINKED_CLAIMS each. */
export function claimLinksQuery(ids: readonly string[]): CypherQuery {
  return cypherQuery(
    'claims.links',
    `UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id,
  [(c)-[:CONTRADICTS]-(x:Claim) | ${claimProjection('x')}][0..${MAX_LINKED_CLAIMS}] AS contradicts,
  [(c)-[:CORROBORATES]-(y:Claim) | ${claimProjection('y')}][0..${MAX_LINKED_CLAIMS}] AS corroborates`,
    { ids: [...ids] },
  );
}
