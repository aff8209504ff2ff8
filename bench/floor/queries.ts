import { cypherQuery, type CypherQuery } from '../../src/db/cypher';

/**
 * The floor's Cypher: one UNWIND statement per kind of row, CREATE rather than MERGE (the rows
 * are already deduplicated in memory and the database starts empty), parameterised like every
 * query of the project. Labels come from the rows through Neo4j 5's dynamic labels, never from text.
 */

export function createNodesQuery(label: 'Source' | 'Article' | 'Claim', rows: readonly { props: Record<string, unknown> }[]): CypherQuery {
  const statements: Record<typeof label, string> = {
    Source: 'UNWIND $rows AS row CREATE (n:Source) SET n = row',
    Article: 'UNWIND $rows AS row CREATE (n:Article) SET n = row',
    Claim: 'UNWIND $rows AS row CREATE (n:Claim) SET n = row',
  };
  return cypherQuery(`floor.create-${label.toLowerCase()}`, statements[label], { rows: rows.map((row) => row.props) });
}

/** Entities and events: a fixed label plus their own (`Country`, `Deployment`...). */
export function createLabelledNodesQuery(base: 'Entity' | 'Event', rows: readonly { label: string; props: Record<string, unknown> }[]): CypherQuery {
  const statement =
    base === 'Entity'
      ? 'UNWIND $rows AS row CREATE (n:Entity) SET n = row.props SET n:$(row.label)'
      : 'UNWIND $rows AS row CREATE (n:Event) SET n = row.props SET n:$(row.label)';
  return cypherQuery(`floor.create-${base.toLowerCase()}`, statement, { rows: rows.map((row) => ({ label: row.label, props: row.props })) });
}

/** Which node label each end of a relationship type has, so MATCH uses the uniqueness constraints. */
export const REL_ENDS: Record<string, [string, string]> = {
  REPORTED_BY: ['Article', 'Source'],
  VIA: ['Article', 'Source'],
  RELAYS: ['Source', 'Source'],
  MENTIONS: ['Article', 'Entity'],
  REPORTS: ['Article', 'Event'],
  INVOLVES: ['Event', 'Entity'],
  REPORTED_IN: ['Claim', 'Article'],
  CLAIMED: ['Entity', 'Claim'],
  ABOUT_ENTITY: ['Claim', 'Entity'],
  ABOUT_EVENT: ['Claim', 'Event'],
  CONTRADICTS: ['Claim', 'Claim'],
  CORROBORATES: ['Claim', 'Claim'],
};

const ALLOWED_LABELS = new Set(['Article', 'Source', 'Entity', 'Event', 'Claim']);
const ALLOWED_TYPES = new Set(['REPORTED_BY', 'VIA', 'RELAYS', 'MENTIONS', 'REPORTS', 'INVOLVES', 'REPORTED_IN', 'CLAIMED', 'ABOUT', 'CONTRADICTS', 'CORROBORATES']);

/** `key` is a REL_ENDS key; `type` the relationship type written (ABOUT for both ABOUT_* keys). */
export function createRelsQuery(key: string, type: string, rows: readonly { from: string; to: string; props: Record<string, unknown> }[]): CypherQuery {
  const ends = REL_ENDS[key];
  // Labels and types are whitelisted here, never taken from data (STYLE.md, principle 4).
  if (!ends || !ALLOWED_TYPES.has(type) || !ends.every((label) => ALLOWED_LABELS.has(label))) throw new Error(`unknown relationship ${key}/${type}`);
  return cypherQuery(
    `floor.create-${key.toLowerCase()}`,
    `UNWIND $rows AS row
MATCH (a:${ends[0]} {id: row.from})
MATCH (b:${ends[1]} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`,
    { rows: rows.map((row) => ({ from: row.from, to: row.to, props: row.props })) },
  );
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Counts of one label or one relationship type, answered from the count store (no scans). */
export function countQuery(kind: 'label' | 'type', name: string): CypherQuery {
  // Names come from db.labels()/db.relationshipTypes(), checked again before being quoted.
  if (!IDENTIFIER.test(name)) throw new Error(`unexpected ${kind} name ${JSON.stringify(name)}`);
  return kind === 'label'
    ? cypherQuery('bench.count-label', `MATCH (n:\`${name}\`) RETURN count(n) AS count`)
    : cypherQuery('bench.count-type', `MATCH ()-[r:\`${name}\`]->() RETURN count(r) AS count`);
}

export function labelsAndTypesQuery(): CypherQuery {
  return cypherQuery(
    'bench.labels-and-types',
    'CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.relationshipTypes() YIELD relationshipType RETURN labels, collect(relationshipType) AS types',
  );
}

/**
 * Deletes up to 20,000 relationships (or nodes); run until it deletes none. Relationships go
 * first: DETACH DELETE of a hub (a country with half a million relationships) would not fit one
 * transaction's memory.
 */
export function wipeBatchQuery(what: 'relationships' | 'nodes'): CypherQuery {
  return what === 'relationships'
    ? cypherQuery('bench.wipe-relationships', 'MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted')
    : cypherQuery('bench.wipe-nodes', 'MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS deleted');
}
