import { cypherQuery, type CypherQuery } from '../../src/db/cypher';
import type { Row } from '../../src/db/executor';
import { entitySearchLucene } from '../../src/db/queries/entities';
import { nameKey } from '../../src/graph/names';

/**
 * The main queries an analyst asks, each written three ways over the same database:
 * (a) raw Cypher through the driver, the floor: the least Cypher that gives the answer;
 * (b) our GraphQL API (schema/); (c) @neo4j/graphql with bench/servers/neo4j-graphql-type-defs.ts.
 * `canonical` turns each answer into one comparable value, so the three are checked to agree
 * before anything is timed.
 */

export interface BenchParams {
  /** A popular entity (many claims), for claims about it within a period. */
  popularEntity: string;
  period: { from: string; to: string };
  /** A frequent claimant. */
  claimant: string;
  /** An entity with a small neighbourhood (timeline and neighbourhood stay below their caps). */
  tailEntity: string;
  /** Text typed in the search box. */
  searchText: string;
  /** The event with the most claims, for contradictions. */
  event: string;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export type Target = 'raw' | 'ours' | 'lib';

export interface BenchQuery {
  name: string;
  description: string;
  raw: CypherQuery;
  ours: GraphqlRequest;
  /** Null when @neo4j/graphql cannot express it. */
  lib: GraphqlRequest | null;
  canonical: { raw(rows: Row[]): unknown; ours(data: any): unknown; lib(data: any): unknown };
  /** What the comparison with @neo4j/graphql covers when it is less than the whole answer. */
  libScope?: string;
}

const PAGE = 20;
const CLAIM_FIELDS_RAW = `x {.id, .stance, .claimedOn, .text,
  claimant: head([(p:Entity)-[:CLAIMED]->(x) | p.name]),
  article: head([(x)-[:REPORTED_IN]->(a:Article) | a {.title, .outlet, .publishedOn}])}`;
const CLAIM_FIELDS_OURS = 'id stance claimedOn text claimant { name } article { title outlet publishedOn }';
const CLAIM_FIELDS_LIB = 'id stance claimedOn text claimants { name } article { title outlet publishedOn }';

const claimPage = (total: number, ids: string[]) => ({ total, ids });

/** The floor's claims about an entity (directly or through its events) in a period, newest first: shared by the page with and without its total. */
const CLAIMS_ABOUT_IN_PERIOD = `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (c:Claim)-[:ABOUT]->(e) RETURN c
  UNION
  MATCH (c:Claim)-[:ABOUT]->(:Event)-[:INVOLVES]->(e) RETURN c
}
WITH DISTINCT c WHERE c.claimedOnEnd >= $from AND c.claimedOnStart <= $to
WITH c ORDER BY c.claimedOnStart DESC, c.id ASC`;

function claimsAbout(params: BenchParams): BenchQuery {
  const { popularEntity: id, period } = params;
  return {
    name: 'claims-about',
    description: `claims about ${id} (directly or through its events) claimed between ${period.from} and ${period.to}, newest first, first ${PAGE} and total`,
    raw: cypherQuery(
      'bench.claims-about',
      `${CLAIMS_ABOUT_IN_PERIOD}
WITH collect(c) AS matched
RETURN size(matched) AS total, [x IN matched[0..toInteger($first)] | ${CLAIM_FIELDS_RAW}] AS claims`,
      { id, from: period.from, to: period.to, first: PAGE },
    ),
    ours: {
      query: `query ClaimsAbout($about: String!, $from: String!, $to: String!) {
  claims(filter: { about: $about, claimedOn: { from: $from, to: $to } }, orderBy: { field: CLAIMED_ON, direction: DESC }, first: ${PAGE}) {
    totalCount
    edges { node { ${CLAIM_FIELDS_OURS} } }
  }
}`,
      variables: { about: id, from: period.from, to: period.to },
    },
    lib: {
      query: `query ClaimsAbout($id: ID!, $from: String!, $to: String!) {
  claimsConnection(
    first: ${PAGE}
    where: {
      OR: [{ aboutEntities: { some: { id: { eq: $id } } } }, { aboutEvents: { some: { participants: { some: { id: { eq: $id } } } } } }]
      claimedOnEnd: { gte: $from }
      claimedOnStart: { lte: $to }
    }
    sort: [{ claimedOnStart: DESC }, { id: ASC }]
  ) {
    totalCount
    edges { node { ${CLAIM_FIELDS_LIB} } }
  }
}`,
      variables: { id, from: period.from, to: period.to },
    },
    canonical: {
      raw: ([row]) => claimPage(row.total as number, (row.claims as { id: string }[]).map((c) => c.id)),
      ours: (data) => claimPage(data.claims.totalCount, data.claims.edges.map((e: any) => e.node.id)),
      lib: (data) => claimPage(data.claimsConnection.totalCount, data.claimsConnection.edges.map((e: any) => e.node.id)),
    },
  };
}

/** All dated claims: wide enough to keep every claim the extractor dated. */
const ALL_TIME = { from: '1900-01-01', to: '2100-12-31' };

function claimsByClaimant(params: BenchParams): BenchQuery {
  const id = params.claimant;
  return {
    name: 'claims-by-claimant',
    description: `dated claims made by ${id}, newest first, first ${PAGE} and total`,
    raw: cypherQuery(
      'bench.claims-by-claimant',
      `MATCH (:Entity {id: $id})-[:CLAIMED]->(c:Claim)
WHERE c.claimedOnEnd >= $from AND c.claimedOnStart <= $to
WITH DISTINCT c ORDER BY c.claimedOnStart DESC, c.id ASC
WITH collect(c) AS matched
RETURN size(matched) AS total, [x IN matched[0..toInteger($first)] | ${CLAIM_FIELDS_RAW}] AS claims`,
      { id, ...ALL_TIME, first: PAGE },
    ),
    ours: {
      query: `query ClaimsBy($claimant: String!, $from: String!, $to: String!) {
  claims(filter: { claimant: $claimant, claimedOn: { from: $from, to: $to } }, orderBy: { field: CLAIMED_ON, direction: DESC }, first: ${PAGE}) {
    totalCount
    edges { node { ${CLAIM_FIELDS_OURS} } }
  }
}`,
      variables: { claimant: id, ...ALL_TIME },
    },
    lib: {
      query: `query ClaimsBy($id: ID!, $from: String!, $to: String!) {
  claimsConnection(
    first: ${PAGE}
    where: { claimants: { some: { id: { eq: $id } } }, claimedOnEnd: { gte: $from }, claimedOnStart: { lte: $to } }
    sort: [{ claimedOnStart: DESC }, { id: ASC }]
  ) {
    totalCount
    edges { node { ${CLAIM_FIELDS_LIB} } }
  }
}`,
      variables: { id, ...ALL_TIME },
    },
    canonical: {
      raw: ([row]) => claimPage(row.total as number, (row.claims as { id: string }[]).map((c) => c.id)),
      ours: (data) => claimPage(data.claims.totalCount, data.claims.edges.map((e: any) => e.node.id)),
      lib: (data) => claimPage(data.claimsConnection.totalCount, data.claimsConnection.edges.map((e: any) => e.node.id)),
    },
  };
}

/**
 * The same page without its total: what a client paging through claims asks once it knows the
 * count, or a feed that never shows it. The floor is the straightforward Cypher (from the target,
 * every match through a Top-k), not the date-index plan our API may pick.
 */
function pageOnly(query: BenchQuery, raw: { cypher: string; params: Record<string, unknown> }): BenchQuery {
  const strip = (text: string) => text.replace(/\n\s*totalCount\n/, '\n');
  return {
    ...query,
    name: `${query.name}-page`,
    description: `${query.description.replace(/ and total$/, '')}, without the total`,
    raw: cypherQuery(`${query.raw.name}-page`, raw.cypher, raw.params),
    ours: { ...query.ours, query: strip(query.ours.query) },
    lib: query.lib ? { ...query.lib, query: strip(query.lib.query) } : null,
    canonical: {
      raw: ([row]) => (row.claims as { id: string }[]).map((c) => c.id),
      ours: (data) => data.claims.edges.map((e: any) => e.node.id),
      lib: (data) => data.claimsConnection.edges.map((e: any) => e.node.id),
    },
  };
}

function claimsAboutPage(params: BenchParams): BenchQuery {
  const { popularEntity: id, period } = params;
  return pageOnly(claimsAbout(params), {
    cypher: `${CLAIMS_ABOUT_IN_PERIOD}
LIMIT toInteger($first)
RETURN [x IN collect(c) | ${CLAIM_FIELDS_RAW}] AS claims`,
    params: { id, from: period.from, to: period.to, first: PAGE },
  });
}

function claimsByClaimantPage(params: BenchParams): BenchQuery {
  return pageOnly(claimsByClaimant(params), {
    cypher: `MATCH (:Entity {id: $id})-[:CLAIMED]->(c:Claim)
WHERE c.claimedOnEnd >= $from AND c.claimedOnStart <= $to
WITH DISTINCT c ORDER BY c.claimedOnStart DESC, c.id ASC
LIMIT toInteger($first)
RETURN [x IN collect(c) | ${CLAIM_FIELDS_RAW}] AS claims`,
    params: { id: params.claimant, ...ALL_TIME, first: PAGE },
  });
}

const TIMELINE_LIMIT = 50;

/** A timeline as sets: its events and every claim listed under them or on their own. */
const timelineSets = (events: string[], claims: string[]) => ({ events: [...new Set(events)].sort(), claims: [...new Set(claims)].sort() });

function timeline(params: BenchParams): BenchQuery {
  const id = params.tailEntity;
  return {
    name: 'timeline',
    description: `timeline of ${id}: its events with their claims, and its other claims`,
    raw: cypherQuery(
      'bench.timeline',
      `MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)<-[:INVOLVES]-(ev:Event)
  WITH DISTINCT ev ORDER BY coalesce(ev.whenStart, '9999-99-99'), ev.id
  LIMIT toInteger($limit)
  RETURN collect(ev) AS events
}
CALL (e, events) {
  OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
  WHERE NOT EXISTS { (c)-[:ABOUT]->(x:Event) WHERE x IN events }
  WITH c ORDER BY coalesce(c.claimedOnStart, c.reportedOn), c.id
  LIMIT toInteger($limit)
  RETURN collect(c) AS loose
}
RETURN [ev IN events | {id: ev.id, claims: [(tc:Claim)-[:ABOUT]->(ev) | tc.id]}] AS events, [c IN loose | c.id] AS loose`,
      { id, limit: TIMELINE_LIMIT },
    ),
    ours: {
      query: `query Timeline($entity: String!) {
  timeline(entity: $entity, first: ${TIMELINE_LIMIT}) { items { date event { id } claims { id } } }
}`,
      variables: { entity: id },
    },
    lib: {
      query: `query Timeline($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    events(sort: [{ whenStart: ASC }, { id: ASC }], limit: ${TIMELINE_LIMIT}) { id whenStart claims { id } }
    aboutClaims { id aboutEvents { id } }
  }
}`,
      variables: { id },
    },
    canonical: {
      raw: ([row]) => {
        const events = row.events as { id: string; claims: string[] }[];
        return timelineSets(events.map((e) => e.id), [...events.flatMap((e) => e.claims), ...(row.loose as string[])]);
      },
      ours: (data) => {
        const items = data.timeline.items as { event: { id: string } | null; claims: { id: string }[] }[];
        return timelineSets(
          items.filter((i) => i.event).map((i) => i.event!.id),
          items.flatMap((i) => i.claims.map((c) => c.id)),
        );
      },
      lib: (data) => {
        const entity = data.entities[0];
        const events = entity.events as { id: string; claims: { id: string }[] }[];
        const eventIds = new Set(events.map((e) => e.id));
        const loose = (entity.aboutClaims as { id: string; aboutEvents: { id: string }[] }[]).filter((c) => !c.aboutEvents.some((e) => eventIds.has(e.id)));
        return timelineSets([...eventIds], [...events.flatMap((e) => e.claims.map((c) => c.id)), ...loose.map((c) => c.id)]);
      },
    },
  };
}

const NEIGHBOURHOOD_LIMIT = 500;

const GRAPH_TYPES = 'CLAIMED|ABOUT|REPORTED_IN|INVOLVES|MENTIONS|REPORTS|REPORTED_BY|VIA|RELAYS|CONTRADICTS|CORROBORATES';

/** Nodes within two hops and every edge between them, edge ids as the API writes them. */
export const NEIGHBOURHOOD_CYPHER = `MATCH (s:Entity {id: $id})
MATCH (s)-[:${GRAPH_TYPES}*1..2]-(m)
WITH s, collect(DISTINCT m) AS found
WITH ([s] + [x IN found WHERE x <> s])[0..toInteger($limit)] AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:${GRAPH_TYPES}]->(b)
  WHERE b IN nodes
  RETURN collect(a.id + '|' + type(r) + coalesce('|' + r.role, '') + '|' + b.id) AS edges
}
RETURN [n IN nodes | n.id] AS ids, edges`;

const neighbourhoodAnswer = (ids: string[], edges: string[]) => ({ nodes: [...ids].sort(), edges: [...new Set(edges)].sort() });

function neighbourhood(params: BenchParams): BenchQuery {
  const id = params.tailEntity;
  return {
    name: 'neighbourhood',
    description: `nodes within 2 hops of ${id} and the edges between them (all node groups, at most ${NEIGHBOURHOOD_LIMIT})`,
    raw: cypherQuery('bench.neighbourhood', NEIGHBOURHOOD_CYPHER, { id, limit: NEIGHBOURHOOD_LIMIT }),
    ours: {
      query: `query Neighbourhood($ids: [ID!]!) {
  neighbourhood(ids: $ids, depth: 2, limit: ${NEIGHBOURHOOD_LIMIT}) { nodes { data { id } } edges { data { id } } truncated }
}`,
      variables: { ids: [id] },
    },
    lib: {
      query: `query Neighbourhood($id: ID!) { neighbourhood(id: $id, limit: ${NEIGHBOURHOOD_LIMIT}) { ids edges } }`,
      variables: { id },
    },
    libScope: 'through a @cypher query field (the same Cypher as the floor): the library has no variable-depth traversal',
    canonical: {
      raw: ([row]) => neighbourhoodAnswer(row.ids as string[], row.edges as string[]),
      ours: (data) => neighbourhoodAnswer(data.neighbourhood.nodes.map((n: any) => n.data.id), data.neighbourhood.edges.map((e: any) => e.data.id)),
      lib: (data) => neighbourhoodAnswer(data.neighbourhood.ids, data.neighbourhood.edges),
    },
  };
}

const SEARCH_LIMIT = 10;

function search(params: BenchParams): BenchQuery {
  const lucene = entitySearchLucene([nameKey(params.searchText)]);
  return {
    name: 'fulltext-search',
    description: `entity search for "${params.searchText}" (names and aliases, accent- and case-folded, prefixes), top ${SEARCH_LIMIT}`,
    raw: cypherQuery(
      'bench.search',
      `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($fetch)}) YIELD node, score
RETURN node.id AS id, node.name AS name, score
ORDER BY score DESC, node.name ASC
LIMIT toInteger($limit)`,
      { lucene, limit: SEARCH_LIMIT, fetch: SEARCH_LIMIT * 4 },
    ),
    ours: {
      query: `query Search($text: String!) { searchEntities(text: $text, first: ${SEARCH_LIMIT}) { score entity { id name } } }`,
      variables: { text: params.searchText },
    },
    lib: {
      query: `query Search($lucene: String!) { searchEntityIds(lucene: $lucene, limit: ${SEARCH_LIMIT}) { id score } }`,
      variables: { lucene },
    },
    libScope: 'through a @cypher query field over the same fulltext index (our analyzer and prefix rules)',
    canonical: {
      raw: (rows) => rows.map((r) => r.id),
      ours: (data) => data.searchEntities.map((h: any) => h.entity.id),
      lib: (data) => data.searchEntityIds.map((h: any) => h.id),
    },
  };
}

function contradictions(params: BenchParams): BenchQuery {
  const id = params.event;
  return {
    name: 'contradictions',
    description: `opposed claims (asserts/accuses against denies/doubts) about the most reported event ${id}: counts and first ${PAGE} pairs`,
    raw: cypherQuery(
      'bench.contradictions',
      `MATCH (:Event {id: $id})<-[:ABOUT]-(c:Claim)
WITH collect(DISTINCT c) AS claims
WITH [c IN claims WHERE c.polarity = 'positive'] AS positive, [c IN claims WHERE c.polarity = 'negative'] AS negative
CALL (positive, negative) {
  UNWIND positive AS p
  UNWIND negative AS n
  WITH p, n ORDER BY coalesce(n.claimedOnStart, '0000-00-00') DESC, n.id, coalesce(p.claimedOnStart, '0000-00-00') DESC, p.id
  LIMIT toInteger($first)
  RETURN collect([p.id, n.id]) AS pairs
}
RETURN size(positive) AS positive, size(negative) AS negative, pairs`,
      { id, first: PAGE },
    ),
    ours: {
      query: `query Contradictions($about: String!) {
  contradictions(about: $about, first: ${PAGE}) { totalCount positiveCount negativeCount pairs { claim { id } opposing { id } linked } }
}`,
      variables: { about: id },
    },
    lib: {
      query: `query Contradictions($id: ID!) {
  positive: claimsConnection(where: { aboutEvents: { some: { id: { eq: $id } } }, polarity: { eq: "positive" } }) { totalCount }
  negative: claimsConnection(where: { aboutEvents: { some: { id: { eq: $id } } }, polarity: { eq: "negative" } }) { totalCount }
}`,
      variables: { id },
    },
    libScope: 'counts of each side only: the library cannot pair claims (a cross product) without a @cypher field',
    canonical: {
      raw: ([row]) => ({ positive: row.positive, negative: row.negative, pairs: row.pairs }),
      ours: (data) => ({
        positive: data.contradictions.positiveCount,
        negative: data.contradictions.negativeCount,
        pairs: data.contradictions.pairs.map((p: any) => [p.claim.id, p.opposing.id]),
      }),
      lib: (data) => ({ positive: data.positive.totalCount, negative: data.negative.totalCount }),
    },
  };
}

export function mainQueries(params: BenchParams): BenchQuery[] {
  return [claimsAbout(params), claimsAboutPage(params), claimsByClaimant(params), claimsByClaimantPage(params), timeline(params), neighbourhood(params), search(params), contradictions(params)];
}

/** The part of an answer @neo4j/graphql is compared on (see `libScope`). */
export function libComparable(query: BenchQuery, canonicalRaw: unknown): unknown {
  if (query.name === 'contradictions') {
    const { positive, negative } = canonicalRaw as { positive: number; negative: number };
    return { positive, negative };
  }
  return canonicalRaw;
}
