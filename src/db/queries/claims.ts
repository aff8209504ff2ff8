import type { Stance } from '../../extraction/types';
import { optionalConditions } from './conditions';
import { cypherQuery, type CypherQuery } from '../cypher';
import { ALL_CLAIM_PARTS, claimProjection, type ClaimParts } from './projections';
import { claimsAboutTargets, resolveEntities, resolveEvents } from './targets';

export const CLAIM_ORDER_FIELDS = ['CLAIMED_ON', 'PUBLISHED_ON', 'CONFIDENCE'] as const;
export type ClaimOrderField = (typeof CLAIM_ORDER_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';

/**
 * Sort keys come from this whitelist only (STYLE.md, principle 4). Undated claims sort last;
 * when the filter has a claim-date bound there are none, and the key is the bare indexed
 * property, so Neo4j can read the page in index order.
 */
function orderKey(field: ClaimOrderField, direction: SortDirection, dated: boolean): string {
  if (!(CLAIM_ORDER_FIELDS as readonly string[]).includes(field)) throw new RangeError(`unknown claim order field ${String(field)}`);
  if (field === 'PUBLISHED_ON') return 'c.reportedOn';
  if (field === 'CONFIDENCE') return 'c.confidence';
  return dated ? 'c.claimedOnStart' : `coalesce(c.claimedOnStart, '${direction === 'ASC' ? '9999-99-99' : '0000-00-00'}')`;
}

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

export interface ClaimOrder {
  field: ClaimOrderField;
  direction: SortDirection;
}

/** Where a keyset page resumes: the sort key and id of the last claim of the previous page. */
export interface ClaimKeyset {
  key: string | number;
  id: string;
}

/**
 * Where the claims page starts reading. `targets`: from the claimant or what the claims are about,
 * then through every claim of theirs (work grows with their degree). `claimed-on`: down (or up)
 * the claim-date index in page order, keeping claims of the targets, until the page is full
 * (work grows with the page divided by the targets' share of all claims). See `chooseClaimsStart`.
 */
export type ClaimsStart = 'targets' | 'claimed-on';

export interface ClaimPageArgs {
  /** Claims on the page; one more is fetched to tell whether another page follows. */
  limit: number;
  after?: ClaimKeyset | null;
  /** Count every match too (the client selected `totalCount`); the page is then cut from them. */
  withTotal: boolean;
  start?: ClaimsStart;
}

/** No claim date spans more than a year (precision is day, month or year). */
const LONGEST_CLAIM_DATE_DAYS = 366;

/** The day `days` before an ISO day. */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** Whether the claim-date index can drive this page: a target to filter on, a claim-date bound, claim-date order. */
export function claimedOnStartApplies(criteria: ClaimCriteria, order: ClaimOrder): boolean {
  return Boolean((criteria.about || criteria.claimant) && (criteria.claimedFrom || criteria.claimedTo) && order.field === 'CLAIMED_ON');
}

/** What `claimsPlanQuery` measures: all claims (count store) and the targets' degrees (degree store). */
export interface ClaimsPlanStats {
  claims: number;
  aboutDegree: number | null;
  claimantDegree: number | null;
}

/** Reading one claim off the date index and testing its targets costs about this many times one step from a target. */
const INDEX_STEP_COST = 4;

/**
 * Picks the cheaper start: from the targets costs about their degree; down the date index costs
 * about `fetch / share` claims read, `share` being the targets' part of all claims (assumed
 * spread evenly over time). Popular targets (a country with tens of thousands of claims) go
 * through the index; rare ones through their own few claims.
 */
export function chooseClaimsStart(stats: ClaimsPlanStats, fetch: number): ClaimsStart {
  const degrees = [stats.aboutDegree, stats.claimantDegree].filter((d): d is number => d !== null);
  if (degrees.length === 0 || stats.claims === 0) return 'targets';
  const driving = stats.aboutDegree ?? stats.claimantDegree!;
  const smallest = Math.min(...degrees);
  if (smallest === 0) return 'targets';
  const indexReads = (fetch * stats.claims) / smallest;
  return INDEX_STEP_COST * indexReads < driving ? 'claimed-on' : 'targets';
}

interface ClaimFilterParts {
  /** Subqueries resolving the claimant and the targets into lists of nodes. */
  resolve: string[];
  /** Property conditions on `c`. */
  conditions: string[];
  params: Record<string, unknown>;
}

function claimFilter(criteria: ClaimCriteria): ClaimFilterParts {
  const resolve: string[] = [];
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  if (criteria.claimant) {
    resolve.push(resolveEntities('claimant', 'claimantEntities'));
    params.claimant = criteria.claimant.value;
    params.claimantKey = criteria.claimant.key;
  }
  if (criteria.about) {
    resolve.push(resolveEntities('about', 'aboutEntities'), resolveEvents('about', 'aboutEvents'));
    params.about = criteria.about.value;
    params.aboutKey = criteria.about.key;
  }
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
  return { resolve, conditions, params };
}

const CLAIMANT_EXISTS = 'EXISTS { (x:Entity)-[:CLAIMED]->(c) WHERE x IN claimantEntities }';
const ABOUT_EXISTS =
  '(EXISTS { (c)-[:ABOUT]->(t) WHERE t IN aboutEntities OR t IN aboutEvents } OR EXISTS { (c)-[:ABOUT]->(:Event)-[:INVOLVES]->(x) WHERE x IN aboutEntities })';

const whereOf = (conditions: readonly string[]) => (conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : '');

/**
 * The claims the criteria select, as rows of `c` (each once), with `extra` conditions added:
 * from the claimant or the targets when given (their claims, then the conditions), else from
 * the label with the conditions on the MATCH itself so the planner can use an index.
 */
function matchingClaims(criteria: ClaimCriteria, filter: ClaimFilterParts, extra: readonly string[] = []): string {
  const conditions = [...filter.conditions, ...extra];
  if (criteria.about) {
    const claimant = criteria.claimant ? [CLAIMANT_EXISTS] : [];
    const carried = criteria.claimant ? ', claimantEntities' : '';
    return `${claimsAboutTargets('aboutEntities', 'aboutEvents')}\nWITH DISTINCT c${carried}${whereOf([...claimant, ...conditions])}`;
  }
  if (criteria.claimant) {
    return `UNWIND claimantEntities AS claimantEntity\nMATCH (claimantEntity)-[:CLAIMED]->(c:Claim)\nWITH DISTINCT c${whereOf(conditions)}`;
  }
  return `MATCH (c:Claim)${whereOf(conditions)}`;
}

/** Builds the MATCH part and WHERE conditions shared by the claims page and count queries. */
export function claimSelection(criteria: ClaimCriteria): { cypher: string; params: Record<string, unknown> } {
  const filter = claimFilter(criteria);
  return { cypher: [...filter.resolve, matchingClaims(criteria, filter)].join('\n'), params: filter.params };
}

/** After the keyset: later in page order than the last claim of the previous page (ids break ties, ascending). */
function keysetCondition(key: string, direction: SortDirection, id = 'c.id'): string {
  const after = direction === 'ASC' ? '>' : '<';
  return `(${key} ${after} $afterKey OR (${key} = $afterKey AND ${id} > $afterId))`;
}

/**
 * One page of claims in one round trip: the page (one claim more than asked, to tell whether
 * another follows), each claim's sort key (for keyset cursors) and, only when asked, the
 * total. Without the total the page is a Top-k (`ORDER BY ... LIMIT`), never a sort of
 * every match; with it, the matches are counted once and the page is cut from them.
 */
export function claimsPageQuery(
  criteria: ClaimCriteria,
  order: ClaimOrder,
  page: ClaimPageArgs,
  parts: Readonly<ClaimParts> = ALL_CLAIM_PARTS,
): CypherQuery {
  const direction: SortDirection = order.direction === 'ASC' ? 'ASC' : 'DESC';
  const dated = Boolean(criteria.claimedFrom || criteria.claimedTo);
  const key = orderKey(order.field, direction, dated);
  const filter = claimFilter(criteria);
  const params: Record<string, unknown> = { ...filter.params, fetch: page.limit + 1 };
  const keyset: string[] = [];
  if (page.after) {
    keyset.push(keysetCondition(key, direction));
    params.afterKey = page.after.key;
    params.afterId = page.after.id;
  }
  const sorted = `ORDER BY ${key} ${direction}, c.id ASC\nLIMIT toInteger($fetch)`;
  const result = (total: string) =>
    `RETURN ${total} AS totalCount, [c IN page | ${key}] AS keys, [c IN page | ${claimProjection('c', parts)}] AS nodes`;

  if (page.withTotal) {
    // Every match once: its sort key and id read as it is found, so neither the count nor the
    // Top-k over the collected matches reads a property again.
    const keysetOnRow = page.after ? `\n  WITH m WHERE ${keysetCondition('m.k', direction, 'm.id')}` : '';
    return cypherQuery(
      'claims.page',
      `${[...filter.resolve, matchingClaims(criteria, filter)].join('\n')}
WITH collect({c: c, k: ${key}, id: c.id}) AS matched
CALL (matched) {
  UNWIND matched AS m${keysetOnRow}
  WITH m ORDER BY m.k ${direction}, m.id ASC
  LIMIT toInteger($fetch)
  WITH collect(m) AS top
  RETURN [x IN top | x.c] AS page, [x IN top | x.k] AS keys
}
RETURN size(matched) AS totalCount, keys, [c IN page | ${claimProjection('c', parts)}] AS nodes`,
      params,
    );
  }

  if (page.start === 'claimed-on' && claimedOnStartApplies(criteria, order)) {
    // Down (or up) the claim-date index in page order, closed on both ends: a claim overlapping
    // the period starts at most a year before it. Neo4j stops once the page is full.
    const range = ['c.claimedOnStart >= $claimedScanFrom', 'c.claimedOnStart <= $claimedScanTo'];
    params.claimedScanFrom = criteria.claimedFrom ? daysBefore(criteria.claimedFrom, LONGEST_CLAIM_DATE_DAYS) : '0000-00-00';
    params.claimedScanTo = criteria.claimedTo ?? '9999-99-99';
    if (page.after) range.push(`c.claimedOnStart ${direction === 'ASC' ? '>=' : '<='} $afterKey`);
    const targets = [...(criteria.about ? [ABOUT_EXISTS] : []), ...(criteria.claimant ? [CLAIMANT_EXISTS] : [])];
    return cypherQuery(
      'claims.page',
      `${filter.resolve.join('\n')}
MATCH (c:Claim)
USING INDEX c:Claim(claimedOnStart)${whereOf([...range, ...filter.conditions, ...keyset, ...targets])}
WITH c ${sorted}
WITH collect(c) AS page
${result('null')}`,
      params,
    );
  }

  return cypherQuery(
    'claims.page',
    `${[...filter.resolve, matchingClaims(criteria, filter, keyset)].join('\n')}
WITH c ${sorted}
WITH collect(c) AS page
${result('null')}`,
    params,
  );
}

/** How many claims the criteria select (for `totalCount` when the page query did not count). */
export function claimsCountQuery(criteria: ClaimCriteria): CypherQuery {
  const selection = claimSelection(criteria);
  return cypherQuery('claims.count', `${selection.cypher}\nRETURN count(c) AS totalCount`, selection.params);
}

/**
 * What `chooseClaimsStart` needs, all read from Neo4j's count and degree stores: the number of
 * claims, and the claims of the resolved claimant and targets (direct links only).
 */
export function claimsPlanQuery(criteria: ClaimCriteria): CypherQuery {
  const filter = claimFilter(criteria);
  const about = criteria.about
    ? `CALL (aboutEntities, aboutEvents) {
  UNWIND aboutEntities + aboutEvents AS t
  RETURN sum(COUNT { (t)<-[:ABOUT]-() }) AS aboutDegree
}`
    : 'WITH *, null AS aboutDegree';
  const claimant = criteria.claimant
    ? `CALL (claimantEntities) {
  UNWIND claimantEntities AS t
  RETURN sum(COUNT { (t)-[:CLAIMED]->() }) AS claimantDegree
}`
    : 'WITH *, null AS claimantDegree';
  return cypherQuery(
    'claims.plan',
    `${filter.resolve.join('\n')}
${about}
${claimant}
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims
}
RETURN claims, aboutDegree, claimantDegree`,
    filter.params,
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
