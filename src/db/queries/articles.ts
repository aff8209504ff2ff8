import { cypherQuery, type CypherQuery } from '../cypher';
import { optionalConditions } from './conditions';
import { nodesByIdQuery } from './by-id';
import { articleProjection, claimProjection, entityProjection, eventProjection, sourceProjection } from './projections';

/** Articles by id with their text and everything needed to highlight it. */
export function articleDetailsQuery(ids: readonly string[]): CypherQuery {
  return cypherQuery(
    'articles.details',
    `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, ${articleProjection('a')} AS article, a.text AS text,
  [(a)-[m:MENTIONS]->(e:Entity) | {entity: ${entityProjection('e')}, starts: m.starts, ends: m.ends, texts: m.texts}] AS mentions,
  [(a)-[r:REPORTS]->(ev:Event) | {event: ${eventProjection('ev')}, start: r.evidenceStart, end: r.evidenceEnd, text: r.evidenceText}] AS events,
  [(c:Claim)-[:REPORTED_IN]->(a) | ${claimProjection('c')}] AS claims`,
    { ids: [...ids] },
  );
}

export function articlesByIdQuery(ids: readonly string[]): CypherQuery {
  return nodesByIdQuery('articles.by-id', ids, { label: 'Article', variable: 'a', projection: articleProjection, as: 'article' });
}

export interface ArticleCriteria {
  outletId?: string;
  language?: string;
  publishedFrom?: string;
  publishedTo?: string;
  asOf?: string;
}

export function articlesPageQuery(criteria: ArticleCriteria, skip: number, limit: number): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { skip, limit };
  const add = optionalConditions(conditions, params);
  add('(a.outletId = $outletId OR $outletId IN a.agencyIds)', 'outletId', criteria.outletId);
  add('a.language = $language', 'language', criteria.language);
  add('a.publishedOn IS NOT NULL AND a.reportedOn >= $publishedFrom', 'publishedFrom', criteria.publishedFrom);
  add('a.publishedOn IS NOT NULL AND a.reportedOn <= $publishedTo', 'publishedTo', criteria.publishedTo);
  add('a.reportedOn <= $asOf', 'asOf', criteria.asOf);
  const where = conditions.length > 0 ? `\nWHERE ${conditions.join(' AND ')}` : '';
  return cypherQuery(
    'articles.page',
    `MATCH (a:Article)${where}
WITH a ORDER BY a.reportedOn DESC, a.id ASC
WITH collect(a) AS matched
RETURN size(matched) AS totalCount, [a IN matched[$skip..($skip + $limit)] | ${articleProjection('a')}] AS nodes`,
    params,
  );
}

/** Sources, the most articles first, with the relays between them. */
export function sourcesQuery(limit: number): CypherQuery {
  return cypherQuery(
    'sources.all',
    `MATCH (s:Source)
WITH s, COUNT { (s)<-[:REPORTED_BY|VIA]-(:Article) } AS articleCount
ORDER BY articleCount DESC, s.name ASC
LIMIT toInteger($limit)
RETURN ${sourceProjection('s')} AS source, articleCount,
  [(s)-[:RELAYS]->(g:Source) | ${sourceProjection('g')}] AS relays,
  [(o:Source)-[:RELAYS]->(s) | ${sourceProjection('o')}] AS relayedBy`,
    { limit },
  );
}

export function graphCountsQuery(): CypherQuery {
  return cypherQuery(
    'graph.counts',
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
RETURN nodes, relationships, articles, claims, entities, events`,
  );
}

export function sourcesByIdQuery(ids: readonly string[]): CypherQuery {
  return nodesByIdQuery('sources.by-id', ids, { label: 'Source', variable: 's', projection: sourceProjection, as: 'source' });
}
