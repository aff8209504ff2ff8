import { cypherQuery, type CypherQuery } from '../cypher';

/** Node groups a visualiser can ask for; each maps to one label (whitelist). */
export const NODE_GROUPS = ['Entity', 'Event', 'Claim', 'Article', 'Source'] as const;
export type NodeGroup = (typeof NODE_GROUPS)[number];

/** Relationship types walked by the neighbourhood (audit links are left out). */
export const GRAPH_RELATIONSHIPS = [
  'CLAIMED',
  'ABOUT',
  'REPORTED_IN',
  'INVOLVES',
  'MENTIONS',
  'REPORTS',
  'REPORTED_BY',
  'VIA',
  'RELAYS',
  'CONTRADICTS',
  'CORROBORATES',
] as const;

/** Above this many edges one way a node counts as crowded that way: its edges that way are read from their other end. */
export const NEIGHBOURHOOD_HUB_DEGREE = 200;

function groupPredicate(variable: string, groups: readonly NodeGroup[]): string {
  const allowed = NODE_GROUPS.filter((group) => groups.includes(group));
  return allowed.map((group) => `${variable}:${group}`).join(' OR ');
}

/**
 * Nodes within `depth` hops of the start nodes (walking only through nodes of the allowed
 * groups), at most `limit` of them, and the edges between them, as Cytoscape.js elements.
 * Either walk reaches each node once: a hub (a country mentioned by every article) costs its
 * degree once, never the number of paths through it.
 * `depth` is a validated integer (1..3), unrolled into that many steps.
 */
export function neighbourhoodQuery(
  ids: readonly string[],
  depth: number,
  groups: readonly NodeGroup[],
  limit: number,
  hubDegree = NEIGHBOURHOOD_HUB_DEGREE,
): CypherQuery {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new RangeError(`depth must be 1..3, got ${depth}`);
  const allowed = groups.length > 0 ? groups : NODE_GROUPS;
  const relTypes = GRAPH_RELATIONSHIPS.join('|');
  const nodeOk = groupPredicate('x', allowed);
  const level = `CALL (frontier, seen) {
  UNWIND frontier AS f
  MATCH (f)-[:${relTypes}]-(x)
  WHERE (${nodeOk}) AND NOT x IN seen
  WITH DISTINCT x
  LIMIT toInteger($fetch)
  RETURN collect(x) AS found
}
WITH seen + found AS seen, found AS frontier`;
  // Between two crowded nodes, one type at a time and only where both ends have edges of that
  // type that way (read once per node from the degree store): an Expand(Into) over every type at
  // once between two crowded nodes reads the edges of both.
  const typeFlags = (pattern: string) => GRAPH_RELATIONSHIPS.map((type) => `${type}: COUNT { ${pattern.replace('TYPE', type)} } > 0`).join(', ');
  const crowdedPairs = GRAPH_RELATIONSHIPS.map((type) => `      WITH a, b WHERE out.${type} AND in.${type}\n      MATCH (a)-[r:${type}]->(b)\n      RETURN r`).join(
    '\n      UNION ALL\n',
  );
  // Every group allowed: one variable-length match, which Neo4j runs as a pruning walk
  // (each node reached once). Some groups only: a capped breadth-first walk through them.
  const walk =
    allowed.length === NODE_GROUPS.length
      ? `CALL (starts) {
  UNWIND starts AS s
  MATCH (s)-[:${relTypes}*1..${depth}]-(m)
  WITH DISTINCT m
  LIMIT toInteger($fetch)
  RETURN collect(m) AS found
}
WITH starts + [x IN found WHERE NOT x IN starts] AS seen`
      : `WITH starts AS seen, starts AS frontier
${Array.from({ length: depth }, () => level).join('\n')}`;
  return cypherQuery(
    'neighbourhood',
    `UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION MATCH (n:Event {id: id}) RETURN n
  UNION MATCH (n:Claim {id: id}) RETURN n
  UNION MATCH (n:Article {id: id}) RETURN n
  UNION MATCH (n:Source {id: id}) RETURN n
}
WITH collect(DISTINCT n) AS starts
${walk}
WITH seen[0..toInteger($limit)] AS nodes, size(seen) > $limit AS truncated
// The edges between the kept nodes, each read once, from whichever end has few edges that way:
// from its start node, unless that one has many outgoing edges (a prolific claimant), else from
// its end node (a claim has one claimant); only an edge between two crowded ends is looked up
// between the two (Expand(Into)). Hubs with thousands of incoming edges (a country every article
// mentions, a wire agency) are never expanded that way.
WITH nodes, truncated,
  [n IN nodes WHERE COUNT { (n)-->() } > $hubDegree] AS manyOut,
  [n IN nodes WHERE COUNT { (n)<--() } > $hubDegree] AS manyIn
WITH nodes, truncated, manyOut, manyIn, [b IN manyIn | {node: b, in: {${typeFlags('(b)<-[:TYPE]-()')}}}] AS crowdedIn
CALL (nodes, manyOut, manyIn, crowdedIn) {
  CALL (nodes, manyOut, manyIn, crowdedIn) {
    // Pattern comprehensions expand from the node they start at, whatever the planner's estimates.
    UNWIND nodes AS a
    WITH a WHERE NOT a IN manyOut
    UNWIND [(a)-[r:${relTypes}]->(b) WHERE b IN nodes | r] AS r
    RETURN r
    UNION ALL
    UNWIND nodes AS b
    WITH b WHERE NOT b IN manyIn
    UNWIND [(b)<-[r:${relTypes}]-(a) WHERE a IN manyOut | r] AS r
    RETURN r
    UNION ALL
    UNWIND manyOut AS a
    WITH a, crowdedIn, {${typeFlags('(a)-[:TYPE]->()')}} AS out
    UNWIND crowdedIn AS crowded
    WITH a, out, crowded.node AS b, crowded.in AS in
    CALL (a, b, out, in) {
${crowdedPairs}
    }
    RETURN r
  }
  RETURN collect(r) AS rels
}
WITH nodes, truncated, [r IN rels | {id: startNode(r).id + '|' + type(r) + coalesce('|' + r.role, '') + '|' + endNode(r).id, source: startNode(r).id, target: endNode(r).id, type: type(r), label: coalesce(r.role, toLower(type(r)))}] AS edges
RETURN truncated, edges,
  [n IN nodes | {
    id: n.id,
    group: CASE WHEN n:Entity THEN 'Entity' WHEN n:Event THEN 'Event' WHEN n:Claim THEN 'Claim' WHEN n:Article THEN 'Article' ELSE 'Source' END,
    type: CASE WHEN n:Entity THEN n.type WHEN n:Event THEN n.kind WHEN n:Claim THEN n.stance WHEN n:Source THEN n.kind ELSE 'article' END,
    label: coalesce(n.name, n.title, n.text, n.id),
    date: coalesce(n.when, n.claimedOn, n.publishedOn),
    stance: n.stance
  }] AS nodes`,
    { ids: [...ids], limit, fetch: limit + 1, hubDegree },
  );
}
