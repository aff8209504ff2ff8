import { cypherQuery, type CypherQuery } from '../cypher';

/** Labels a by-id lookup may name (a whitelist: labels never come from user strings). */
export type KeyedLabel = 'Article' | 'Source' | 'Event';

/**
 * Nodes of one label by id, each row `{ id, <as>: <projection> }`: the shape every
 * DataLoader batch of nested fields uses.
 */
export function nodesByIdQuery(
  name: string,
  ids: readonly string[],
  node: { label: KeyedLabel; variable: string; projection: (variable: string) => string; as: string },
): CypherQuery {
  const { label, variable, projection, as } = node;
  return cypherQuery(
    name,
    `UNWIND $ids AS id
MATCH (${variable}:${label} {id: id})
RETURN id, ${projection(variable)} AS ${as}`,
    { ids: [...ids] },
  );
}
