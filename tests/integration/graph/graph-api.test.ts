import { closeTestExecutor, resetDatabase, testExecutor } from '../../support/neo4j';
import { corpusInputs, graphHarness, graphSnapshot, TEST_WRITE_TOKEN } from './harness';

// The machine running the suite may be busy: generous per-test time.
jest.setTimeout(60_000);


/**
 * The graph and its GraphQL API against the real Neo4j, with the dev corpus extracted
 * from its gold annotations (so these tests check the graph, not the extractor).
 */

const INGEST = `mutation ($inputs: [ArticleInput!]!) {
  ingestArticles(inputs: $inputs) { created updated unchanged failed results { articleId status error counts { claims entities events } } }
}`;

const ISSUE_QUERY = `query {
  claims(filter: { about: "North Korea" }, first: 50) {
    totalCount
    edges { node { claimant { name } stance claimedOn text article { title outlet publishedOn } } }
  }
}`;

let harness: Awaited<ReturnType<typeof graphHarness>>;
let articleIds: string[] = [];

beforeAll(async () => {
  await resetDatabase(testExecutor());
  harness = await graphHarness();
  const result = await harness.run(INGEST, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
  expect(result.errors).toBeUndefined();
  expect(result.data!.ingestArticles).toMatchObject({ created: 3, failed: 0 });
  articleIds = result.data!.ingestArticles.results.map((r: { articleId: string }) => r.articleId);
}, 60_000);

afterAll(async () => {
  await harness.stop();
  await closeTestExecutor();
});

describe('ingestion', () => {
  it('writes the three articles in one transaction: a lookup and eight UNWIND statements', async () => {
    await resetDatabase(testExecutor());
    const result = await harness.run(INGEST, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
    expect(result.data!.ingestArticles.created).toBe(3);
    const names = result.roundTripNames.filter((name) => name.startsWith('ingest.') || name.startsWith('article.'));
    expect(names[0]).toBe('ingest.lookup');
    expect(names.slice(1).every((name) => name.startsWith('ingest.write.'))).toBe(true);
    expect(names).toHaveLength(9);
  });

  it('changes nothing when the same articles are ingested again (nodes, relationships, properties)', async () => {
    const before = await graphSnapshot();
    const again = await harness.run(INGEST, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
    expect(again.data!.ingestArticles).toMatchObject({ created: 0, unchanged: 3 });
    const single = await harness.run(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`,
      { input: corpusInputs()[0] },
      TEST_WRITE_TOKEN,
    );
    expect(single.data!.ingestArticle.status).toBe('unchanged');
    const after = await graphSnapshot();
    expect(after).toEqual(before);
    expect(before.nodes).toBeGreaterThan(50);
  });

  it('keeps one node per entity and per event across articles', async () => {
    const rows = await testExecutor().read({
      name: 'test.dupes',
      cypher: `MATCH (e:Entity {id: 'country:russia'}) RETURN count(e) AS russia, COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles`,
      params: {},
    });
    expect(rows).toEqual([{ russia: 1, articles: 3 }]);
    // Aliases from articles of one batch accumulate without duplicates.
    const entities = await testExecutor().read({ name: 'test.aliases', cypher: 'MATCH (e:Entity) RETURN e.id AS id, e.aliases AS aliases, e.nameKeys AS keys', params: {} });
    for (const entity of entities) {
      expect(new Set(entity.aliases as string[]).size).toBe((entity.aliases as string[]).length);
      expect(new Set(entity.keys as string[]).size).toBe((entity.keys as string[]).length);
    }
    const russia = entities.find((e) => e.id === 'country:russia')!;
    expect(russia.aliases).toEqual(expect.arrayContaining(['Russia', 'Russie', 'Moscou']));
  });
});

describe('the claims query of issue 4', () => {
  it('returns the NIS, Zelensky and Rutte claims about North Korea, in one round trip', async () => {
    const result = await harness.run(ISSUE_QUERY);
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data!.claims;
    expect(totalCount).toBe(edges.length);
    const nodes = edges.map((edge: { node: any }) => edge.node);
    expect(nodes).toContainEqual(
      expect.objectContaining({ claimant: { name: 'National Intelligence Service (South Korea)' }, stance: 'asserts', claimedOn: '2024-10-18' }),
    );
    expect(nodes).toContainEqual(expect.objectContaining({ claimant: { name: 'Volodymyr Zelensky' }, stance: 'accuses', claimedOn: '2024-10-17' }));
    expect(nodes).toContainEqual(expect.objectContaining({ claimant: { name: 'Mark Rutte' }, stance: 'doubts' }));
    expect(nodes[0].article).toEqual({ title: '1.500 soldats nord-coréens s’entraînent en Russie avant de combattre', outlet: 'News Day FR', publishedOn: '2024-10-19' });
    expect(result.roundTrips).toBe(1);
  });

  it('matches names and aliases whatever the case, accents and language', async () => {
    const english = await harness.run(`{ claims(filter: { about: "north korea" }) { totalCount } }`);
    const french = await harness.run(`{ claims(filter: { about: "Coree du Nord" }) { totalCount } }`);
    const byId = await harness.run(`{ claims(filter: { about: "country:north-korea" }) { totalCount } }`);
    expect(french.data!.claims.totalCount).toBe(english.data!.claims.totalCount);
    expect(byId.data!.claims.totalCount).toBe(english.data!.claims.totalCount);
    expect(english.data!.claims.totalCount).toBeGreaterThan(5);
  });

  it('answers an unknown name with nothing rather than an error', async () => {
    const claims = await harness.run(`{ claims(filter: { about: "Atlantis" }) { totalCount edges { cursor } } timeline(entity: "Atlantis") { items { date } } contradictions(about: "Atlantis") { totalCount } }`);
    expect(claims.errors).toBeUndefined();
    expect(claims.data).toEqual({ claims: { totalCount: 0, edges: [] }, timeline: null, contradictions: { totalCount: 0 } });
  });
});

describe('claims: filters, order, pagination', () => {
  it('filters by claimant, stance, claim date, publication date, outlet and language', async () => {
    const q = async (filter: string) =>
      (await harness.run(`{ claims(filter: ${filter}, first: 100) { totalCount edges { node { stance claimedOn language claimant { id } article { publishedOn } reporting { outlet { id } origin { id } } } } } }`)).data!.claims;
    const rutte = await q(`{ claimant: "Mark Rutte" }`);
    expect(rutte.edges.map((e: any) => e.node.stance)).toEqual(['doubts']);
    const negative = await q(`{ stance: [denies, doubts] }`);
    expect(negative.totalCount).toBeGreaterThan(0);
    expect(negative.edges.every((e: any) => ['denies', 'doubts'].includes(e.node.stance))).toBe(true);
    const october = await q(`{ claimedOn: { from: "2024-10-17", to: "2024-10-17" } }`);
    expect(october.edges.map((e: any) => e.node.claimant.id)).toEqual(['person:volodymyr-zelensky']);
    const published2025 = await q(`{ publishedOn: { from: "2025" } }`);
    expect(published2025.edges.every((e: any) => e.node.article.publishedOn >= '2025')).toBe(true);
    expect(published2025.totalCount).toBeGreaterThan(0);
    const english = await q(`{ language: en }`);
    expect(english.edges.every((e: any) => e.node.language === 'en')).toBe(true);
    const newsDay = await q(`{ outlet: "News Day FR" }`);
    expect(newsDay.totalCount).toBe(12);
    expect(newsDay.edges[0].node.reporting).toEqual({ outlet: { id: 'source:news-day-fr' }, origin: { id: 'source:reuters' } });
    const viaReuters = await q(`{ origin: "Reuters" }`);
    expect(viaReuters.totalCount).toBe(12);
  });

  it('pages with cursors and keeps totalCount, in claim-date order', async () => {
    const page = async (after: string | null) =>
      (await harness.run(`query ($after: String) { claims(first: 4, after: $after, orderBy: { field: CLAIMED_ON, direction: ASC }) { totalCount edges { cursor node { id claimedOn } } pageInfo { hasNextPage endCursor } } }`, { after })).data!.claims;
    const seen: string[] = [];
    const dates: (string | null)[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 20; guard += 1) {
      const current: any = await page(after);
      total = current.totalCount;
      seen.push(...current.edges.map((e: any) => e.node.id));
      dates.push(...current.edges.map((e: any) => e.node.claimedOn));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.indexOf(null)).toBeGreaterThanOrEqual(dated.length);
  });

  it('pages with keyset cursors without counting when totalCount is not selected, with the same claims either way', async () => {
    const walk = async (filter: string, total: boolean) => {
      const seen: string[] = [];
      let after: string | null = null;
      const names = new Set<string>();
      for (let guard = 0; guard < 30; guard += 1) {
        const result: any = await harness.run(
          `query ($after: String) { claims(filter: ${filter}, first: 2, after: $after) { ${total ? 'totalCount' : ''} edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
          { after },
        );
        expect(result.errors).toBeUndefined();
        result.roundTripNames.forEach((name: string) => names.add(name));
        const page = result.data.claims;
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return { seen, names };
    };
    for (const filter of [
      '{ about: "Russia", claimedOn: { from: "2024-01-01", to: "2025-12-31" } }',
      // Seven claims on one day: the claim id breaks the tie.
      '{ claimant: "org:national-intelligence-service-south-korea", claimedOn: { from: "2024" } }',
      '{ stance: [asserts, accuses] }',
    ]) {
      const counted = await walk(filter, true);
      const paged = await walk(filter, false);
      expect(paged.seen).toEqual(counted.seen);
      expect(new Set(paged.seen).size).toBe(paged.seen.length);
      expect(paged.seen.length).toBeGreaterThan(2);
      expect([...paged.names].every((name) => name !== 'claims.count')).toBe(true);
    }
    // A cursor of one order is refused in another.
    const first: any = await harness.run(`{ claims(first: 1) { edges { cursor } } }`);
    const cursor = first.data.claims.edges[0].cursor;
    const other = await harness.run(`query ($after: String) { claims(first: 1, after: $after, orderBy: { field: CONFIDENCE }) { edges { cursor } } }`, { after: cursor });
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the same page from the targets as from the claim-date index', async () => {
    const { claimsPageQuery } = await import('../../../src/db/queries/claims');
    const order = { field: 'CLAIMED_ON', direction: 'DESC' } as const;
    const criteria = [
      { about: { value: 'country:russia', key: 'country:russia' }, claimedFrom: '2024-01-01', claimedTo: '2025-12-31' },
      { claimant: { value: 'org:national-intelligence-service-south-korea', key: '' }, claimedFrom: '2020-01-01' },
      { about: { value: 'North Korea', key: 'north korea' }, claimant: { value: 'person:volodymyr-zelensky', key: '' }, claimedTo: '2030-01-01' },
    ];
    for (const filter of criteria) {
      const ids = async (start: 'targets' | 'claimed-on') => {
        const [row] = await testExecutor().read(claimsPageQuery(filter, order, { limit: 50, withTotal: false, start }));
        return (row.nodes as { id: string }[]).map((n) => n.id);
      };
      const fromTargets = await ids('targets');
      expect(fromTargets.length).toBeGreaterThan(0);
      expect(await ids('claimed-on')).toEqual(fromTargets);
    }
  });

  it('refuses a page larger than MAX_PAGE_SIZE and a forged cursor with BAD_USER_INPUT', async () => {
    const tooBig = await harness.run(`{ claims(first: ${harness.config.limits.maxPageSize + 1}) { totalCount } }`);
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooBig.roundTrips).toBe(0);
    const forged = await harness.run(`{ claims(after: "bm9wZQ") { totalCount } }`);
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await harness.run(`{ claims(asOf: "18/10/2024") { totalCount } }`);
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers "as of" a date with only what had been published by then', async () => {
    const before = await harness.run(`{ claims(asOf: "2024-10-18", first: 100) { totalCount } }`);
    const seedDay = await harness.run(`{ claims(asOf: "2024-10-19", first: 100) { totalCount edges { node { article { publishedOn } } } } }`);
    const all = await harness.run(`{ claims(first: 100) { totalCount } }`);
    expect(before.data!.claims.totalCount).toBe(0);
    expect(seedDay.data!.claims.totalCount).toBe(12);
    expect(all.data!.claims.totalCount).toBeGreaterThan(seedDay.data!.claims.totalCount);
    const nested = await harness.run(`{ entity(id: "country:russia") { before: claimsAbout(first: 50, asOf: "2024-10-18") { id } seed: claimsAbout(first: 50, asOf: "2024-10-19") { id } all: claimsAbout(first: 50) { id } events(first: 50, asOf: "2024-10-18") { id } } }`);
    const russia = nested.data!.entity;
    expect(russia.before).toEqual([]);
    expect(russia.events).toEqual([]);
    expect(russia.all.length).toBeGreaterThan(russia.seed.length);
    expect(russia.seed.length).toBeGreaterThan(0);
  });
});

describe('bounded round trips', () => {
  it('costs a fixed number of round trips (one per nested field) for 20 or 50 claims', async () => {
    const query = `query ($first: Int) { claims(first: $first) { totalCount edges { node { id claimant { name country { name } claimsMade(first: 3) { id } events(first: 2) { id } }
      about { ... on Entity { id } ... on Event { id claims(first: 2) { id } } } contradicts { id } corroborates { id }
      article { title reporting { outlet { name } agencies { name } } spans { kind } } } } } }`;
    const one = await harness.run(query, { first: 20 });
    const many = await harness.run(query, { first: 50 });
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data!.claims.edges.length).toBeGreaterThan(20);
    expect(many.roundTrips).toBe(one.roundTrips);
    // 1 page query + one batched query per nested list field (country, claimsMade, events, event claims, links, sources, spans).
    expect(many.roundTrips).toBeLessThanOrEqual(8);
    expect(many.roundTripNames.filter((name) => name === 'claims.page')).toHaveLength(1);
  });
});

describe('entities and search', () => {
  it('finds entities by name or alias, accent- and case-insensitively, in French and English', async () => {
    const search = async (text: string) =>
      (await harness.run(`query ($text: String!) { searchEntities(text: $text) { entity { id name } } }`, { text })).data!.searchEntities.map(
        (hit: any) => hit.entity.id,
      );
    expect(await search('coree du nord')).toContain('country:north-korea');
    expect(await search('CORÉE')).toEqual(expect.arrayContaining(['country:north-korea', 'country:south-korea']));
    expect(await search('North Korea')).toContain('country:north-korea');
    expect(await search('zelen')).toContain('person:volodymyr-zelensky');
    expect(await search('OTAN')).toContain('org:nato');
  });

  it('returns an entity with aliases from every article and its nested claims', async () => {
    const result = await harness.run(`{ entity(id: "country:russia") { name type aliases claimsAbout(first: 3) { id } events(first: 50) { id kind } } }`);
    const entity = result.data!.entity;
    expect(entity.type).toBe('Country');
    expect(entity.aliases).toEqual(expect.arrayContaining(['Russie', 'Moscou', 'Russia']));
    expect(entity.events.length).toBeGreaterThan(3);
    expect((await harness.run(`{ entity(id: "country:nowhere") { id } }`)).data!.entity).toBeNull();
  });
});

describe('events, timeline, contradictions, corroborations', () => {
  it('filters events by kind, participant and period', async () => {
    const result = await harness.run(`{ events(filter: { kind: [deployment], participant: "Corée du Nord", period: { from: "2024-10", to: "2024-10" } }) { totalCount edges { node { id kind when participants { role entity { id } } } } } }`);
    const events = result.data!.events.edges.map((e: any) => e.node);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.kind).toBe('deployment');
      expect(event.participants).toContainEqual({ role: 'from', entity: { id: 'country:north-korea' } });
      expect(event.when.startsWith('2024-10')).toBe(true);
    }
  });

  it('gives a timeline in time order with the claims about each event', async () => {
    const result = await harness.run(`{ timeline(entity: "North Korea") { entity { id } items { date event { id title } claims { stance claimedOn } } } }`);
    const timeline = result.data!.timeline;
    expect(timeline.entity.id).toBe('country:north-korea');
    const dates = timeline.items.map((item: any) => item.date).filter((d: string | null) => d !== null);
    expect(dates).toEqual([...dates].sort());
    expect(timeline.items.some((item: any) => item.event && item.claims.length > 0)).toBe(true);
    expect(result.roundTrips).toBe(1);
  });

  it('pairs opposed claims about North Korea: Zelensky accuses, Rutte doubts', async () => {
    const result = await harness.run(`{ contradictions(about: "North Korea", first: 100) { totalCount negativeCount pairs { claim { claimant { name } stance } opposing { claimant { name } stance } } } }`);
    const { pairs, totalCount } = result.data!.contradictions;
    expect(totalCount).toBeGreaterThan(0);
    expect(pairs).toContainEqual({ claim: { claimant: { name: 'Volodymyr Zelensky' }, stance: 'accuses' }, opposing: { claimant: { name: 'Mark Rutte' }, stance: 'doubts' } });
  });

  it('counts independent origins: the relayed Reuters story is one origin however many claims it carries', async () => {
    const result = await harness.run(`{ corroborations(about: "North Korea") { target { ... on Entity { id } ... on Event { id } } polarity claimCount independentOrigins origins { id } } }`);
    const groups = result.data!.corroborations;
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.independentOrigins).toBe(group.origins.length);
      expect(group.independentOrigins).toBeLessThanOrEqual(group.claimCount);
    }
    const seedOnly = groups.filter((g: any) => g.origins.length === 1 && g.origins[0].id === 'source:reuters');
    expect(seedOnly.some((g: any) => g.claimCount > 1)).toBe(true);
  });
});

describe('neighbourhood and article highlighting', () => {
  it('returns Cytoscape elements around an entity, capped', async () => {
    const result = await harness.run(`{ neighbourhood(ids: ["country:north-korea"], depth: 2, limit: 30) { truncated nodes { data { id label group type } } edges { data { id source target type } } } }`);
    const { nodes, edges, truncated } = result.data!.neighbourhood;
    expect(nodes.length).toBeLessThanOrEqual(30);
    expect(truncated).toBe(true);
    expect(nodes[0].data).toMatchObject({ id: 'country:north-korea', group: 'Entity', type: 'Country', label: 'North Korea' });
    const ids = new Set(nodes.map((n: any) => n.data.id));
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
    }
    const onlyEntities = await harness.run(`{ neighbourhood(ids: ["country:north-korea"], depth: 2, types: [Event, Entity]) { nodes { data { group } } } }`);
    expect(new Set(onlyEntities.data!.neighbourhood.nodes.map((n: any) => n.data.group))).toEqual(new Set(['Entity', 'Event']));
    const tooMany = await harness.run(`{ neighbourhood(ids: ["country:north-korea"], limit: 100000) { truncated } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds the same edges whichever nodes count as hubs (read from the small end, or between two hubs)', async () => {
    const { neighbourhoodQuery } = await import('../../../src/db/queries/neighbourhood');
    const edges = async (hubDegree: number) => {
      const [row] = await testExecutor().read(neighbourhoodQuery(['country:north-korea'], 2, [], 200, hubDegree));
      return (row.edges as { id: string }[]).map((e) => e.id).sort();
    };
    const noHubs = await edges(1_000_000);
    expect(noHubs.length).toBeGreaterThan(20);
    expect(new Set(noHubs).size).toBe(noHubs.length);
    expect(await edges(5)).toEqual(noHubs);
    expect(await edges(0)).toEqual(noHubs);
  });

  it('returns an article text with mention and claim spans that index into it', async () => {
    const result = await harness.run(`query ($id: ID!) { article(id: $id) { title text spans { kind start end text entity { id } claim { id } } } }`, { id: articleIds[0] });
    const article = result.data!.article;
    expect(article.spans.length).toBeGreaterThan(20);
    for (const span of article.spans) expect(article.text.slice(span.start, span.end)).toBe(span.text);
    expect(article.spans.some((s: any) => s.kind === 'mention' && s.entity.id === 'country:north-korea')).toBe(true);
    expect(article.spans.some((s: any) => s.kind === 'claim' && s.claim.id)).toBe(true);
  });
});

describe('deletion and merge', () => {
  it('deleteArticle removes what only that article supported and keeps the rest', async () => {
    const belarus = articleIds[2];
    const before = await harness.run(`{ entity(id: "country:russia") { aliases } lukashenko: entity(id: "person:alexander-lukashenko") { id } graphCounts { articles } }`);
    expect(before.data!.lukashenko).not.toBeNull();
    const deleted = await harness.run(`mutation ($id: ID!) { deleteArticle(id: $id) { articlesRemoved claimsRemoved entitiesRemoved eventsRemoved } }`, { id: belarus }, TEST_WRITE_TOKEN);
    expect(deleted.data!.deleteArticle).toMatchObject({ articlesRemoved: 1, claimsRemoved: 7 });
    const after = await harness.run(`{ entity(id: "country:russia") { aliases } lukashenko: entity(id: "person:alexander-lukashenko") { id } graphCounts { articles } }`);
    expect(after.data!.lukashenko).toBeNull();
    expect(after.data!.entity.aliases).toEqual(expect.arrayContaining(['Russie', 'Russia']));
    expect(after.data!.graphCounts.articles).toBe(2);
    const missing = await harness.run(`mutation { deleteArticle(id: "article:nope") { articlesRemoved } }`, {}, TEST_WRITE_TOKEN);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Back to the three articles: the result equals a fresh ingestion.
    await harness.run(INGEST, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
    const afterReingest = await graphSnapshot();
    await resetDatabase(testExecutor());
    await harness.run(INGEST, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
    const fresh = await graphSnapshot();
    expect({ nodes: afterReingest.nodes, relationships: afterReingest.relationships }).toEqual({ nodes: fresh.nodes, relationships: fresh.relationships });
  });

  it('mergeEntities joins two nodes, keeps an audit record and redirects the old id', async () => {
    const merged = await harness.run(
      `mutation { mergeEntities(keepId: "country:north-korea", mergeId: "country:south-korea", reason: "test") { entity { id aliases mergedIds } audit { actor at keepId mergeId mergeName reason movedMentions } } }`,
      {},
      TEST_WRITE_TOKEN,
    );
    expect(merged.errors).toBeUndefined();
    const { entity, audit } = merged.data!.mergeEntities;
    expect(entity.mergedIds).toEqual(['country:south-korea']);
    expect(entity.aliases).toEqual(expect.arrayContaining(['Corée du Sud', 'Corée du Nord']));
    expect(audit).toMatchObject({ keepId: 'country:north-korea', mergeId: 'country:south-korea', mergeName: 'South Korea', reason: 'test' });
    expect(audit.actor).toMatch(/^token:[0-9a-f]{12}$/);
    expect(audit.actor).not.toContain(TEST_WRITE_TOKEN);
    expect(audit.movedMentions).toBeGreaterThan(0);
    const redirected = await harness.run(`{ entity(id: "country:south-korea") { id } }`);
    expect(redirected.data!.entity.id).toBe('country:north-korea');
    const rows = await testExecutor().read({ name: 'test.audit', cypher: 'MATCH (a:MergeAudit)-[:KEPT]->(e:Entity) RETURN e.id AS kept, count(a) AS audits', params: {} });
    expect(rows).toEqual([{ kept: 'country:north-korea', audits: 1 }]);
    const trail = await harness.run(`{ mergeAudits(entity: "country:north-korea") { keepId mergeId actor reason } }`);
    expect(trail.data!.mergeAudits).toEqual([{ keepId: 'country:north-korea', mergeId: 'country:south-korea', actor: audit.actor, reason: 'test' }]);
    // Re-ingesting does not bring the merged node back.
    await harness.run(INGEST, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
    const [{ count }] = await testExecutor().read({ name: 'test.merged', cypher: "MATCH (e:Entity {id: 'country:south-korea'}) RETURN count(e) AS count", params: {} });
    expect(count).toBe(0);
    const same = await harness.run(`mutation { mergeEntities(keepId: "country:russia", mergeId: "country:russia") { audit { id } } }`, {}, TEST_WRITE_TOKEN);
    expect(same.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
