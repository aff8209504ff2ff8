import { ENTITY_FULLTEXT_INDEX } from './entities';

/**
 * Fragments that resolve what an analyst typed (an id, a name or an alias in French or
 * English) into nodes. `param` names a query parameter; `${param}Key` holds its name key
 * (folded case and accents), computed by the builder's caller with `nameKey`.
 */

/**
 * The entity whose id is the value; else (when the value is no entity or event id) the entities
 * one of whose names or aliases folds to the same key.
 * Both go through indexes: the id constraint, and the fulltext index as a phrase query whose
 * candidates are then checked exactly against `nameKeys` (a key holds only letters, digits,
 * spaces and colons, so it is safe inside a Lucene phrase).
 */
export function resolveEntities(param: string, into: string): string {
  return `CALL () {
  CALL () {
    MATCH (t:Entity {id: $${param}})
    RETURN t
    UNION
    WITH $${param}Key AS key
    // An exact entity or event id needs no name search.
    WHERE key <> '' AND NOT EXISTS { MATCH (:Entity {id: $${param}}) } AND NOT EXISTS { MATCH (:Event {id: $${param}}) }
    CALL db.index.fulltext.queryNodes('${ENTITY_FULLTEXT_INDEX}', '"' + key + '"', {limit: 200}) YIELD node
    WITH node AS t, key
    WHERE key IN t.nameKeys
    RETURN t
  }
  RETURN collect(DISTINCT t) AS ${into}
}`;
}

/** Events by id. */
export function resolveEvents(param: string, into: string): string {
  return `CALL () {
  OPTIONAL MATCH (t:Event {id: $${param}})
  RETURN collect(t) AS ${into}
}`;
}

/**
 * Claims about the resolved targets: directly about one of them, or about an event one of
 * the entities takes part in (a claim about the KP->RU deployment is a claim about North Korea).
 * Yields rows with `c`.
 */
export function claimsAboutTargets(entities: string, events: string): string {
  return `CALL (${entities}, ${events}) {
  UNWIND ${entities} + ${events} AS t
  MATCH (c:Claim)-[:ABOUT]->(t)
  RETURN c
  UNION
  UNWIND ${entities} AS t
  MATCH (c:Claim)-[:ABOUT]->(:Event)-[:INVOLVES]->(t)
  RETURN c
}`;
}
