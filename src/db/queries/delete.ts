import { cypherQuery, type CypherQuery } from '../cypher';

/**
 * Removes articles and what only they supported: their claims, events no other article
 * reports and no remaining claim is about, entities nothing else mentions, claims, is
 * claimed about or involved in, relays no remaining article shows, and sources with no
 * article left. Entities that stay get their aliases recomputed from the articles that
 * still mention them (plus what a merge gave them). One statement, one round trip.
 */
export function deleteArticlesQuery(articleIds: readonly string[]): CypherQuery {
  return cypherQuery(
    'article.delete',
    `UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
WITH collect(a) AS articles
CALL (articles) {
  UNWIND articles AS a
  MATCH (a)-[:REPORTED_BY|VIA]->(s:Source)
  RETURN collect(DISTINCT s) AS sources
}
CALL (articles) {
  UNWIND articles AS a
  MATCH (a)-[:REPORTED_BY]->(:Source)-[r:RELAYS]->(:Source)<-[:VIA]-(a)
  RETURN collect(DISTINCT r) AS relays
}
CALL (articles) {
  UNWIND articles AS a
  MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN collect(DISTINCT e) AS mentioned
}
CALL (articles) {
  UNWIND articles AS a
  MATCH (a)-[:REPORTS]->(ev:Event)
  RETURN collect(DISTINCT ev) AS reported
}
CALL (articles) {
  UNWIND articles AS a
  MATCH (c:Claim)-[:REPORTED_IN]->(a)
  RETURN collect(DISTINCT c) AS claims
}
CALL (claims) {
  UNWIND claims AS c
  OPTIONAL MATCH (c)-[:ABOUT]->(t)
  OPTIONAL MATCH (ce:Entity)-[:CLAIMED]->(c)
  RETURN collect(DISTINCT t) AS targets, collect(DISTINCT ce) AS claimants
}
WITH articles, sources, relays, mentioned, reported, claims, targets, claimants, size(articles) AS articlesRemoved, size(claims) AS claimsRemoved
CALL (claims) {
  UNWIND claims AS c
  DETACH DELETE c
}
CALL (articles) {
  UNWIND articles AS a
  DETACH DELETE a
}
CALL (mentioned) {
  UNWIND mentioned AS e
  OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Article)
  WITH e, collect(m) AS ms
  WITH e,
    reduce(acc = [e.name] + [x IN coalesce(e.mergedAliases, []) WHERE x <> e.name], m IN ms | acc + [x IN m.aliases WHERE NOT x IN acc]) AS aliases,
    reduce(acc = coalesce(e.mergedNameKeys, []), m IN ms | acc + [x IN m.nameKeys WHERE NOT x IN acc]) AS keys
  SET e.aliases = aliases, e.nameKeys = CASE WHEN size(keys) = 0 THEN e.nameKeys ELSE keys END
}
CALL (reported, targets) {
  UNWIND reported + [t IN targets WHERE t:Event] AS ev
  WITH DISTINCT ev
  WHERE NOT EXISTS { (ev)<-[:REPORTS]-(:Article) } AND NOT EXISTS { (ev)<-[:ABOUT]-(:Claim) }
  DETACH DELETE ev
  RETURN count(*) AS eventsRemoved
}
CALL (mentioned, targets, claimants) {
  UNWIND mentioned + [t IN targets WHERE t:Entity] + claimants AS e
  WITH DISTINCT e
  WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) } AND NOT EXISTS { (e)-[:CLAIMED]->(:Claim) }
    AND NOT EXISTS { (e)<-[:ABOUT]-(:Claim) } AND NOT EXISTS { (e)<-[:INVOLVES]-(:Event) }
  DETACH DELETE e
  RETURN count(*) AS entitiesRemoved
}
CALL (relays) {
  UNWIND relays AS r
  WITH r, startNode(r) AS o, endNode(r) AS g
  WHERE NOT EXISTS { (o)<-[:REPORTED_BY]-(:Article)-[:VIA]->(g) }
  DELETE r
}
CALL (sources) {
  UNWIND sources AS s
  WITH s WHERE NOT EXISTS { (s)<-[:REPORTED_BY|VIA]-(:Article) }
  DETACH DELETE s
  RETURN count(*) AS sourcesRemoved
}
RETURN articlesRemoved, claimsRemoved, eventsRemoved, entitiesRemoved, sourcesRemoved`,
    { articleIds: [...articleIds] },
  );
}
