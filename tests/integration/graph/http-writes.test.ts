import { closeTestExecutor, resetDatabase, startTestHttpServer, TEST_WRITE_TOKEN, testExecutor } from '../../support/neo4j';
import { corpusInputs } from './harness';

/**
 * Deletion and merge over HTTP, with the real extractor on the three dev articles:
 * what the other articles support stays, the merge is audited and redirected.
 */

jest.setTimeout(120_000);

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return body;
}

async function exists(label: 'Entity' | 'Source', id: string): Promise<boolean> {
  const [row] = await testExecutor().read({ name: 'test.exists', cypher: `RETURN EXISTS { MATCH (n:${label} {id: $id}) } AS found`, params: { id } });
  return row.found as boolean;
}

let server: Awaited<ReturnType<typeof startTestHttpServer>>;
let ids: string[];

beforeAll(async () => {
  await resetDatabase(testExecutor());
  server = await startTestHttpServer();
  const body = await post(server.url, `mutation ($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { created results { articleId } } }`, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
  expect(body.errors).toBeUndefined();
  expect(body.data.ingestArticles.created).toBe(3);
  ids = body.data.ingestArticles.results.map((r: { articleId: string }) => r.articleId);
});

afterAll(async () => {
  await server.stop();
  await closeTestExecutor();
});

it('deleteArticle removes what only the Belarus article supported and keeps Russia', async () => {
  expect(await exists('Entity', 'person:alexander-lukashenko')).toBe(true);
  const body = await post(server.url, `mutation ($id: ID!) { deleteArticle(id: $id) { articlesRemoved claimsRemoved entitiesRemoved sourcesRemoved } }`, { id: ids[2] }, TEST_WRITE_TOKEN);
  expect(body.errors).toBeUndefined();
  expect(body.data.deleteArticle.articlesRemoved).toBe(1);
  expect(body.data.deleteArticle.entitiesRemoved).toBeGreaterThan(3);
  expect(await exists('Entity', 'person:alexander-lukashenko')).toBe(false);
  expect(await exists('Entity', 'country:RU')).toBe(true);
  const claims = await post(server.url, `{ claims(filter: { about: "Biélorussie" }) { totalCount } russia: claims(filter: { about: "Russie" }) { totalCount } }`);
  expect(claims.data.claims.totalCount).toBe(0);
  expect(claims.data.russia.totalCount).toBeGreaterThan(0);
  const again = await post(server.url, `mutation ($id: ID!) { deleteArticle(id: $id) { articlesRemoved } }`, { id: ids[2] }, TEST_WRITE_TOKEN);
  expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});

it('mergeEntities joins two nodes, audits who did it and redirects the merged id', async () => {
  const body = await post(
    server.url,
    `mutation { mergeEntities(keepId: "country:UA", mergeId: "org:ua-hur", reason: "test merge") { entity { id mergedIds aliases } audit { actor at mergeName keepName reason } } }`,
    {},
    TEST_WRITE_TOKEN,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data.mergeEntities.entity.mergedIds).toEqual(['org:ua-hur']);
  expect(body.data.mergeEntities.audit).toMatchObject({ keepName: 'Ukraine', reason: 'test merge' });
  expect(Number.isNaN(Date.parse(body.data.mergeEntities.audit.at))).toBe(false);
  const redirected = await post(server.url, `{ entity(id: "org:ua-hur") { id } mergeAudits { mergeId } }`);
  expect(redirected.data).toEqual({ entity: { id: 'country:UA' }, mergeAudits: [{ mergeId: 'org:ua-hur' }] });
  expect(await exists('Entity', 'org:ua-hur')).toBe(false);
  const noToken = await post(server.url, `mutation { mergeEntities(keepId: "country:RU", mergeId: "country:KP") { audit { id } } }`);
  expect(noToken.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(await exists('Entity', 'country:KP')).toBe(true);
});
