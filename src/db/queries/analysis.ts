import { cypherQuery, type CypherQuery } from '../cypher';
import { ALL_CLAIM_PARTS, claimProjection, entityProjection, eventProjection, sourceProjection, type ClaimParts } from './projections';
import { claimsAboutTargets, resolveEntities, resolveEvents } from './targets';

/**
 * Analyses over what was said about one target (an entity by id or name, or an event id):
 * timeline, contradictions, corroborations. `asOf` (a day, or null) keeps only claims
 * reported by then.
 */

function asOfCondition(variable: string): string {
  return `($asOf IS NULL OR ${variable}.reportedOn <= $asOf)`;
}

/**
 * The timeline of an entity: the events it takes part in, each with the claims about it,
 * and the claims about the entity that concern no such event. Sorted by the service.
 */
export function timelineQuery(
  entity: { value: string; key: string },
  asOf: string | null,
  limit: number,
  parts: Readonly<ClaimParts> = ALL_CLAIM_PARTS,
  eventDetails = true,
): CypherQuery {
  return cypherQuery(
    'timeline.entity',
    `${resolveEntities('entity', 'candidates')}
WITH [e IN candidates WHERE e.id = $entity] + [e IN candidates WHERE e.id <> $entity] AS ordered
WITH ordered[0] AS e
WHERE e IS NOT NULL
CALL (e) {
  OPTIONAL MATCH (e)<-[:INVOLVES]-(ev:Event)
  WHERE $asOf IS NULL OR EXISTS { (ev)<-[:REPORTS]-(a:Article) WHERE a.reportedOn <= $asOf }
  WITH DISTINCT ev ORDER BY coalesce(ev.whenStart, '9999-99-99'), ev.id
  LIMIT toInteger($limit)
  RETURN collect(ev) AS events
}
CALL (e, events) {
  OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
  WHERE ${asOfCondition('c')} AND NOT EXISTS { (c)-[:ABOUT]->(x:Event) WHERE x IN events }
  WITH c ORDER BY coalesce(c.claimedOnStart, c.reportedOn), c.id
  LIMIT toInteger($limit)
  RETURN collect(c) AS loose
}
RETURN ${entityProjection('e')} AS entity,
  [ev IN events | {event: ${eventProjection('ev', '', eventDetails)},
    claims: [(tc:Claim)-[:ABOUT]->(ev) WHERE ${asOfCondition('tc')} | ${claimProjection('tc', parts)}]}] AS events,
  [c IN loose | ${claimProjection('c', parts)}] AS claims`,
    { entity: entity.value, entityKey: entity.key, asOf, limit },
  );
}

/** Claims about the target, by polarity: opposed pairs are contradictions. */
export function contradictionsQuery(
  target: { value: string; key: string },
  asOf: string | null,
  skip: number,
  limit: number,
  parts: Readonly<ClaimParts> = ALL_CLAIM_PARTS,
): CypherQuery {
  return cypherQuery(
    'contradictions.target',
    `${resolveEntities('about', 'aboutEntities')}
${resolveEvents('about', 'aboutEvents')}
${claimsAboutTargets('aboutEntities', 'aboutEvents')}
WITH DISTINCT c
WHERE ${asOfCondition('c')}
WITH collect(c) AS claims
WITH [c IN claims WHERE c.polarity = 'positive'] AS positive, [c IN claims WHERE c.polarity = 'negative'] AS negative
// The first skip+limit pairs only involve the first skip+limit claims of each side:
// cut both sides first, so a country with thousands of claims never builds the full cross product.
CALL (positive) {
  UNWIND positive AS p
  WITH p ORDER BY coalesce(p.claimedOnStart, '0000-00-00') DESC, p.id
  LIMIT toInteger($skip + $limit)
  RETURN collect(p) AS topPositive
}
CALL (negative) {
  UNWIND negative AS n
  WITH n ORDER BY coalesce(n.claimedOnStart, '0000-00-00') DESC, n.id
  LIMIT toInteger($skip + $limit)
  RETURN collect(n) AS topNegative
}
CALL (topPositive, topNegative) {
  UNWIND topPositive AS p
  UNWIND topNegative AS n
  // Most recently dated claims first; undated ones last.
  WITH p, n ORDER BY coalesce(n.claimedOnStart, '0000-00-00') DESC, n.id, coalesce(p.claimedOnStart, '0000-00-00') DESC, p.id
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect({claim: ${claimProjection('p', parts)}, opposing: ${claimProjection('n', parts)},
    linked: EXISTS { (p)-[:CONTRADICTS]-(n) }}) AS pairs
}
RETURN size(positive) * size(negative) AS totalCount, size(positive) AS positiveCount, size(negative) AS negativeCount, pairs`,
    { about: target.value, aboutKey: target.key, asOf, skip, limit },
  );
}

/**
 * For the target and each event it takes part in: the claims about it grouped by polarity,
 * with the independent origins behind each group (the wire agency of a relayed story,
 * else the outlet), so three outlets relaying one Reuters story count once.
 */
export function corroborationsQuery(target: { value: string; key: string }, asOf: string | null, claimsPerGroup: number, limit = 50): CypherQuery {
  return cypherQuery(
    'corroborations.target',
    `${resolveEntities('about', 'aboutEntities')}
${resolveEvents('about', 'aboutEvents')}
CALL (aboutEntities, aboutEvents) {
  UNWIND aboutEntities + aboutEvents AS t
  RETURN t
  UNION
  UNWIND aboutEntities AS e
  MATCH (t:Event)-[:INVOLVES]->(e)
  RETURN t
}
MATCH (c:Claim)-[:ABOUT]->(t)
WHERE ${asOfCondition('c')}
// Sorted before collecting, so the answer is the same every time.
WITH t, c ORDER BY coalesce(c.claimedOnStart, c.reportedOn), c.id
WITH t, c.polarity AS polarity, collect(DISTINCT c) AS claims
WITH t, polarity, claims, [x IN claims | x.originId] AS originIds
UNWIND originIds AS originId
WITH t, polarity, claims, collect(DISTINCT originId) AS origins
RETURN CASE WHEN t:Event THEN 'Event' ELSE 'Entity' END AS targetType,
  CASE WHEN t:Event THEN ${eventProjection('t')} ELSE null END AS event,
  CASE WHEN t:Entity THEN ${entityProjection('t')} ELSE null END AS entity,
  polarity,
  size(claims) AS claimCount,
  size(origins) AS independentOrigins,
  [o IN origins | coalesce(head(COLLECT { MATCH (s:Source {id: o}) RETURN ${sourceProjection('s')} }), {id: o, name: o, kind: 'unknown'})] AS origins,
  reduce(acc = [], x IN claims | CASE WHEN x.stance IN acc THEN acc ELSE acc + x.stance END) AS stances,
  [x IN claims[0..$claimsPerGroup] | ${claimProjection('x')}] AS claims
ORDER BY independentOrigins DESC, claimCount DESC, polarity DESC, t.id ASC
LIMIT toInteger($limit)`,
    { about: target.value, aboutKey: target.key, asOf, claimsPerGroup, limit },
  );
}
