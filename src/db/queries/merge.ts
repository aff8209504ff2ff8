import { cypherQuery, type CypherQuery } from '../cypher';
import { linkClaimsCypher } from './ingest';
import { entityProjection } from './projections';

export interface MergeParams {
  keepId: string;
  mergeId: string;
  auditId: string;
  actor: string;
  at: string;
  reason: string | null;
}

/**
 * Joins two entity nodes that are one real-world entity: every relationship of the merged
 * node moves to the kept one (mentions combined per article), names and aliases are kept,
 * later articles that still use the merged id are redirected, an audit node records who
 * merged what and when, and claims about the kept entity are re-linked. One round trip.
 * Returns no row when either entity does not exist.
 */
export function mergeEntitiesQuery(params: MergeParams): CypherQuery {
  return cypherQuery(
    'entity.merge',
    `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
WITH k, m, m.name AS mergeName, m.type AS mergeType, m.aliases AS mergeAliases, m.nameKeys AS mergeKeys, coalesce(m.mergedIds, []) AS mergeMerged
CALL (k, m) {
  MATCH (a:Article)-[r:MENTIONS]->(m)
  MERGE (a)-[r2:MENTIONS]->(k)
  ON CREATE SET r2 = properties(r)
  ON MATCH SET r2.starts = r2.starts + r.starts, r2.ends = r2.ends + r.ends, r2.texts = r2.texts + r.texts,
    r2.aliases = r2.aliases + [x IN r.aliases WHERE NOT x IN r2.aliases],
    r2.nameKeys = r2.nameKeys + [x IN r.nameKeys WHERE NOT x IN r2.nameKeys],
    r2.count = r2.count + r.count
  DELETE r
  RETURN count(*) AS mentions
}
CALL (k, m) {
  MATCH (m)-[r:CLAIMED]->(c:Claim)
  MERGE (k)-[:CLAIMED]->(c)
  DELETE r
  RETURN count(*) AS claimed
}
CALL (k, m) {
  MATCH (c:Claim)-[r:ABOUT]->(m)
  MERGE (c)-[:ABOUT]->(k)
  DELETE r
  RETURN count(*) AS about
}
CALL (k, m) {
  MATCH (ev:Event)-[r:INVOLVES]->(m)
  MERGE (ev)-[:INVOLVES {role: r.role}]->(k)
  DELETE r
  RETURN count(*) AS involves
}
CALL () {
  MATCH (x:Entity {countryId: $mergeId})
  SET x.countryId = $keepId
}
CALL () {
  MATCH (r:EntityRedirect {toId: $mergeId})
  SET r.toId = $keepId
}
MERGE (redirect:EntityRedirect {fromId: $mergeId})
SET redirect.toId = $keepId
SET k.mergedIds = coalesce(k.mergedIds, []) + [x IN [$mergeId] + mergeMerged WHERE NOT x IN coalesce(k.mergedIds, [])],
    k.mergedAliases = coalesce(k.mergedAliases, []) + [x IN mergeAliases WHERE NOT x IN coalesce(k.mergedAliases, [])],
    k.mergedNameKeys = coalesce(k.mergedNameKeys, []) + [x IN mergeKeys WHERE NOT x IN coalesce(k.mergedNameKeys, [])],
    k.aliases = k.aliases + [x IN mergeAliases WHERE NOT x IN k.aliases],
    k.nameKeys = k.nameKeys + [x IN mergeKeys WHERE NOT x IN k.nameKeys]
CREATE (audit:MergeAudit {id: $auditId, actor: $actor, at: $at, reason: $reason, keepId: $keepId, keepName: k.name,
  mergeId: $mergeId, mergeName: mergeName, mergeType: mergeType, mergeAliases: mergeAliases,
  movedMentions: mentions, movedClaimed: claimed, movedAbout: about, movedInvolves: involves})
CREATE (audit)-[:KEPT]->(k)
DETACH DELETE m
WITH k, audit
CALL (k) {
  MATCH (c:Claim)-[:ABOUT]->(k)
  WITH collect(c.id) AS ids
  CALL (ids) {
    ${linkClaimsCypher('ids')}
  }
}
RETURN ${entityProjection('k')} AS entity, audit {.*} AS audit`,
    { ...params },
  );
}

/** Merge audit records, most recent first, optionally for one kept entity. */
export function mergeAuditsQuery(entityId: string | null, limit: number): CypherQuery {
  return cypherQuery(
    'entity.merge-audits',
    `MATCH (audit:MergeAudit)
WHERE $entityId IS NULL OR audit.keepId = $entityId
RETURN audit {.*} AS audit
ORDER BY audit.at DESC, audit.id
LIMIT toInteger($limit)`,
    { entityId, limit },
  );
}
