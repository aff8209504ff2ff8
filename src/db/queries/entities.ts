import type { EntityType } from '../../extraction/types';
import { cypherQuery, type CypherQuery } from '../cypher';
import { entityProjection } from './projections';

export const ENTITY_FULLTEXT_INDEX = 'entity_names';

/** Entities by id; an id merged away answers with the entity it was merged into. */
export function entitiesByIdQuery(ids: readonly string[]): CypherQuery {
  return cypherQuery(
    'entities.by-id',
    `UNWIND $ids AS id
OPTIONAL MATCH (r:EntityRedirect {fromId: id})
WITH id, coalesce(r.toId, id) AS target
MATCH (e:Entity {id: target})
RETURN id, ${entityProjection('e')} AS entity`,
    { ids: [...ids] },
  );
}

/** A page of entities, by name, optionally of one type. */
export function entitiesPageQuery(type: EntityType | null, skip: number, limit: number): CypherQuery {
  return cypherQuery(
    'entities.page',
    `MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
WITH e ORDER BY e.name ASC, e.id ASC
WITH collect(e) AS matched
RETURN size(matched) AS totalCount, [e IN matched[$skip..($skip + $limit)] | ${entityProjection('e')}] AS nodes`,
    { type, skip, limit },
  );
}

/**
 * Fulltext search over names and aliases. The index folds case and accents
 * ('standard-folding'); `luceneQuery` is built by `entitySearchLucene` from folded terms.
 */
export function searchEntitiesQuery(luceneQuery: string, type: EntityType | null, limit: number): CypherQuery {
  return cypherQuery(
    'entities.search',
    `CALL db.index.fulltext.queryNodes('${ENTITY_FULLTEXT_INDEX}', $query, {limit: toInteger($fetch)}) YIELD node, score
WHERE $type IS NULL OR node.type = $type
RETURN ${entityProjection('node')} AS entity, score
ORDER BY score DESC, node.name ASC
LIMIT toInteger($limit)`,
    { query: luceneQuery, type, limit, fetch: limit * 4 },
  );
}

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * "Corée du Nord" -> `(coree AND du AND nord) OR (coree* AND du* AND nord*)`-like query:
 * every word must match, as a whole word or as a prefix, so "zelen" finds Zelensky.
 * Terms are folded here because Lucene does not analyse wildcard terms.
 */
export function entitySearchLucene(terms: readonly string[]): string {
  // Lower case: Lucene reads upper-case AND/OR/NOT as operators.
  const clean = terms.map((term) => term.toLowerCase().replace(LUCENE_SPECIAL, ' ').trim()).filter((term) => term.length > 0);
  if (clean.length === 0) return '';
  const words = clean.flatMap((term) => term.split(/\s+/));
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}
