import { cypherQuery, type CypherQuery } from '../cypher';
import type { ArticleRow, ClaimRow, EntityRow, EventRow, SourceRow } from '../../graph/ingest-plan';

/**
 * Ingestion Cypher. Every statement takes whole lists and writes them with UNWIND,
 * so a transaction costs the same few round trips for one article or a hundred.
 */

/** What is already there: articles by id (with their fingerprint) and entity redirects left by merges. */
export function ingestLookupQuery(articleIds: readonly string[], entityIds: readonly string[]): CypherQuery {
  return cypherQuery(
    'ingest.lookup',
    `CALL () {
  UNWIND $articleIds AS id
  MATCH (a:Article {id: id})
  RETURN collect({id: a.id, fingerprint: a.fingerprint}) AS existing
}
CALL () {
  UNWIND $entityIds AS id
  MATCH (r:EntityRedirect {fromId: id})
  RETURN collect({fromId: r.fromId, toId: r.toId}) AS redirects
}
RETURN existing, redirects`,
    { articleIds: [...articleIds], entityIds: [...entityIds] },
  );
}

export interface WriteBatch {
  articles: readonly (ArticleRow & { fingerprint: string })[];
  sources: readonly SourceRow[];
  entities: readonly EntityRow[];
  events: readonly EventRow[];
  claims: readonly ClaimRow[];
}

/** The parts of an ingestion write, in order; each is a unit subquery over UNWIND-ed rows. */
// A function, not a constant: it uses `linkClaimsCypher`, declared further down.
function writeParts(): readonly (readonly [string, string])[] {
  return [
  ['sources', `CALL () {
  UNWIND $sources AS s
  MERGE (src:Source {id: s.id})
  ON CREATE SET src.name = s.name, src.kind = s.kind
}`],
  ['articles', `CALL () {
  UNWIND $articles AS row
  MERGE (a:Article {id: row.id})
  SET a = row
}`],
  ['reported-by', `CALL () {
  UNWIND $articles AS row
  MATCH (a:Article {id: row.id}), (o:Source {id: row.outletId})
  CREATE (a)-[:REPORTED_BY]->(o)
}`],
  ['relays', `CALL () {
  UNWIND $articles AS row
  UNWIND row.agencyIds AS agencyId
  MATCH (a:Article {id: row.id}), (g:Source {id: agencyId})
  CREATE (a)-[:VIA]->(g)
  WITH row, g
  MATCH (o:Source {id: row.outletId})
  MERGE (o)-[:RELAYS]->(g)
}`],
  ['entities', `CALL () {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.aliases = [], e.nameKeys = [], e.mergedIds = [], e.mergedAliases = [], e.mergedNameKeys = []
  SET e.role = coalesce(e.role, row.role),
      e.countryId = coalesce(e.countryId, row.countryId),
      e.aliases = e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases],
      e.nameKeys = e.nameKeys + [x IN row.nameKeys WHERE NOT x IN e.nameKeys]
  WITH e, row
  MATCH (a:Article {id: row.articleId})
  CREATE (a)-[m:MENTIONS]->(e)
  SET m.starts = row.starts, m.ends = row.ends, m.texts = row.texts, m.aliases = row.aliases,
      m.nameKeys = row.nameKeys, m.count = size(row.starts)
}`],
  ['events', `CALL () {
  UNWIND $events AS row
  MERGE (ev:Event {id: row.id})
  ON CREATE SET ev:$(row.label), ev.kind = row.kind, ev.title = row.title
  SET ev.when = coalesce(ev.when, row.when),
      ev.whenPrecision = coalesce(ev.whenPrecision, row.whenPrecision),
      ev.whenEnd = coalesce(ev.whenEnd, row.whenEnd),
      ev.whenStart = coalesce(ev.whenStart, row.whenStart),
      ev.whenLast = coalesce(ev.whenLast, row.whenLast)
  SET ev += row.details
  WITH ev, row
  MATCH (a:Article {id: row.articleId})
  CREATE (a)-[r:REPORTS]->(ev)
  SET r += row.details, r.evidenceText = row.evidenceText, r.evidenceStart = row.evidenceStart,
      r.evidenceEnd = row.evidenceEnd, r.confidence = row.confidence
  WITH ev, row
  UNWIND row.participants AS p
  MATCH (e:Entity {id: p.entityId})
  MERGE (ev)-[:INVOLVES {role: p.role}]->(e)
}`],
  ['claims', `CALL () {
  UNWIND $claims AS row
  MATCH (a:Article {id: row.articleId})
  CREATE (c:Claim {id: row.id})
  SET c = row {.id, .articleId, .stance, .polarity, .claimantText, .cue, .hedged, .hedges, .text, .contentStart, .contentEnd,
    .evidenceText, .evidenceStart, .evidenceEnd, .confidence, .claimedOn, .claimedOnPrecision, .claimedOnStart, .claimedOnEnd,
    .reportedOn, .publishedOn, .language, .outletId, .originId}
  CREATE (c)-[:REPORTED_IN]->(a)
  WITH c, row
  CALL (c, row) {
    UNWIND row.claimantIds AS id
    MATCH (e:Entity {id: id})
    CREATE (e)-[:CLAIMED]->(c)
  }
  CALL (c, row) {
    UNWIND row.aboutEntityIds AS id
    MATCH (e:Entity {id: id})
    CREATE (c)-[:ABOUT]->(e)
  }
  CALL (c, row) {
    UNWIND row.aboutEventIds AS id
    MATCH (ev:Event {id: id})
    CREATE (c)-[:ABOUT]->(ev)
  }
}`],
  ['links', `CALL () {
  ${linkClaimsCypher('$claimIds')}
}`],
];
}

function writeParams(batch: WriteBatch): Record<string, unknown> {
  return {
    articles: batch.articles.map((a) => ({ ...a })),
    sources: batch.sources.map((s) => ({ ...s })),
    entities: batch.entities.map((e) => ({ ...e })),
    events: batch.events.map((e) => ({ ...e, participants: e.participants.map((p) => ({ ...p })), details: { ...e.details } })),
    claims: batch.claims.map((c) => ({ ...c })),
    claimIds: batch.claims.map((c) => c.id),
  };
}

/**
 * Articles reach these statements only when new (unchanged ones are skipped, changed ones deleted
 * first, duplicates in a batch dropped), so what belongs to an article (its claims, mentions,
 * reports, reporting relationships) is CREATEd; shared nodes (sources, entities, events) are MERGEd.
 *
 * Writes articles, their sources, entities (with mentions), events and claims, then links
 * claims about a shared event (see `linkClaimsCypher`): eight statements to run in order in one
 * transaction, whatever the number of articles. Measured faster than one statement holding all
 * eight parts, which the planner has to guard with many Eager operators.
 */
export function writeArticlesStatements(batch: WriteBatch): CypherQuery[] {
  const params = writeParams(batch);
  const needs: Record<string, readonly string[]> = {
    sources: ['sources'],
    articles: ['articles'],
    'reported-by': ['articles'],
    relays: ['articles'],
    entities: ['entities'],
    events: ['events'],
    claims: ['claims'],
    links: ['claimIds'],
  };
  return writeParts().map(([name, part]) =>
    cypherQuery(`ingest.write.${name}`, `${part}\nRETURN 1 AS done`, Object.fromEntries(needs[name].map((key) => [key, params[key]]))),
  );
}

/** Most links of each kind written per new claim: keeps ingestion linear on much-reported events. */
export const MAX_LINKS_PER_CLAIM = 20;

/**
 * Links each given claim to claims about the same event: CONTRADICTS when polarities are
 * opposed, CORROBORATES when they agree and come from another origin. Only events link
 * (a country is the subject of thousands of claims; pairing them all would grow with the
 * square of the claims), and at most MAX_LINKS_PER_CLAIM of each kind (the first found: no sort,
 * so the walk stops early on a much-reported event).
 * The contradictions and corroborations queries do not depend on these links: they compare
 * every claim about the target at query time; the links serve navigation (Claim.contradicts,
 * the neighbourhood).
 */
export function linkClaimsCypher(claimIdsParam: string): string {
  return `UNWIND ${claimIdsParam} AS claimId
  MATCH (c:Claim {id: claimId})
  CALL (c) {
    MATCH (c)-[:ABOUT]->(:Event)<-[:ABOUT]-(o:Claim)
    WHERE o <> c AND o.polarity <> c.polarity
    WITH DISTINCT o
    LIMIT ${MAX_LINKS_PER_CLAIM}
    WITH CASE WHEN c.id < o.id THEN c ELSE o END AS x, CASE WHEN c.id < o.id THEN o ELSE c END AS y
    MERGE (x)-[r:CONTRADICTS]->(y)
    SET r.on = [(x)-[:ABOUT]->(t:Event)<-[:ABOUT]-(y) | t.id]
  }
  CALL (c) {
    MATCH (c)-[:ABOUT]->(:Event)<-[:ABOUT]-(o:Claim)
    WHERE o <> c AND o.polarity = c.polarity AND o.originId <> c.originId
    WITH DISTINCT o
    LIMIT ${MAX_LINKS_PER_CLAIM}
    WITH CASE WHEN c.id < o.id THEN c ELSE o END AS x, CASE WHEN c.id < o.id THEN o ELSE c END AS y
    MERGE (x)-[r:CORROBORATES]->(y)
    SET r.on = [(x)-[:ABOUT]->(t:Event)<-[:ABOUT]-(y) | t.id]
  }`;
}
