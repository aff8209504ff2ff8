import { closeTestExecutor, resetDatabase, startTestHttpServer, TEST_WRITE_TOKEN, testExecutor } from '../../support/neo4j';
import { corpusInputs } from './harness';

// The machine running the suite may be busy: generous per-test time.
jest.setTimeout(60_000);


/** Auth and limits over real HTTP: without a valid token nothing is written. */

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`;
const DELETE = `mutation { deleteArticle(id: "article:whatever") { articlesRemoved } }`;
const MERGE = `mutation { mergeEntities(keepId: "a", mergeId: "b") { audit { id } } }`;

async function nodeCount(): Promise<number> {
  const [row] = await testExecutor().read({ name: 'test.count', cypher: 'MATCH (n) RETURN count(n) AS count', params: {} });
  return row.count as number;
}

afterAll(async () => {
  await closeTestExecutor();
});

describe('with open reads (READ_TOKENS unset)', () => {
  let server: Awaited<ReturnType<typeof startTestHttpServer>>;
  beforeAll(async () => {
    await resetDatabase(testExecutor());
    server = await startTestHttpServer();
  });
  afterAll(() => server.stop());

  it.each([
    ['no token', undefined],
    ['a wrong token', 'not-a-token'],
    ['a token that differs by case', TEST_WRITE_TOKEN.toUpperCase()],
  ])('refuses every mutation with %s: UNAUTHENTICATED and nothing written', async (_label, token) => {
    const before = await nodeCount();
    for (const [query, variables] of [
      [INGEST, { input: corpusInputs()[0] }],
      [DELETE, {}],
      [MERGE, {}],
    ] as const) {
      const { body } = await post(server.url, query, variables, token);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data?.ingestArticle ?? null).toBeNull();
    }
    expect(await nodeCount()).toBe(before);
  });

  it('answers reads without a token', async () => {
    const { status, body } = await post(server.url, `{ claims(first: 1) { totalCount } }`);
    expect(status).toBe(200);
    expect(body.data.claims.totalCount).toBe(0);
  });

  it('refuses a page above MAX_PAGE_SIZE with BAD_USER_INPUT', async () => {
    const { body } = await post(server.url, `{ claims(first: 100000) { totalCount } }`);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for a missing article with a write token', async () => {
    const { body } = await post(server.url, DELETE, {}, TEST_WRITE_TOKEN);
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('with READ_TOKENS set', () => {
  let server: Awaited<ReturnType<typeof startTestHttpServer>>;
  beforeAll(async () => {
    server = await startTestHttpServer({ READ_TOKENS: 'reader-token' });
  });
  afterAll(() => server.stop());

  it('refuses reads without a valid token', async () => {
    for (const token of [undefined, 'wrong']) {
      const { body } = await post(server.url, `{ claims(first: 1) { totalCount } }`, {}, token);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data?.claims ?? null).toBeNull();
    }
  });

  it('accepts a read token for reads and a write token for reads too', async () => {
    for (const token of ['reader-token', TEST_WRITE_TOKEN]) {
      const { body } = await post(server.url, `{ claims(first: 1) { totalCount } }`, {}, token);
      expect(body.errors).toBeUndefined();
    }
  });

  it('refuses mutations with a read token: FORBIDDEN, nothing written', async () => {
    const before = await nodeCount();
    const { body } = await post(server.url, INGEST, { input: corpusInputs()[0] }, 'reader-token');
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await nodeCount()).toBe(before);
  });
});
