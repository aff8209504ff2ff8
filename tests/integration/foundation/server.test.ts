import { closeTestExecutor, resetDatabase, startTestHttpServer, testExecutor } from '../../support/neo4j';
import { migrate } from '../../../src/db/migrate';

let server: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  await resetDatabase();
  server = await startTestHttpServer({ MAX_BODY_BYTES: '2048' });
});

afterAll(async () => {
  await server.stop();
  await closeTestExecutor();
});

async function graphql(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

describe('HTTP server against the real Neo4j', () => {
  it('reports Neo4j up on /health', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', neo4j: { up: true, database: 'neo4j' } });
  });

  it('answers a GraphQL query that reaches the database', async () => {
    const { status, body } = await graphql('{ serverInfo { name version databaseUp } }');
    expect(status).toBe(200);
    expect(body.data.serverInfo).toEqual({ name: 'conflict-graph', version: expect.any(String), databaseUp: true });
  });

  it('serves the offline playground and its assets from this server', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.every((src) => src.startsWith('/'))).toBe(true); // nothing from a CDN
    for (const src of scripts) expect((await fetch(`${server.url}${src}`)).status).toBe(200);
  });

  it('turns parse errors into BAD_USER_INPUT', async () => {
    const { body } = await graphql('{ serverInfo { ');
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over the limit with BAD_USER_INPUT', async () => {
    const { status, body } = await graphql(`{ serverInfo { name } } # ${'x'.repeat(4096)}`);
    expect(status).toBe(413);
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses malformed JSON, a body that is not JSON, and a streamed body over the limit, each with BAD_USER_INPUT', async () => {
    const post = async (body: string | ReadableStream, contentType: string) => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body, duplex: 'half' } as RequestInit);
      return { status: response.status, body: (await response.json()) as { errors?: any[] } };
    };
    const malformed = await post('{"query": ', 'application/json');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const text = await post('{ serverInfo { name } }', 'text/plain');
    expect(text.status).toBe(400);
    expect(text.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // No Content-Length: the limit is enforced while reading.
    const chunk = new TextEncoder().encode(`{"query": "{ serverInfo { name } } # ${'x'.repeat(1500)}`);
    const stream = new ReadableStream({ start(controller) { controller.enqueue(chunk); controller.enqueue(chunk); controller.close(); } });
    const streamed = await post(stream, 'application/json');
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('applies migrations idempotently', async () => {
    const executor = testExecutor();
    const names = async (cypher: string) => (await executor.read({ name: 'test.schema', cypher, params: {} })).map((row) => String(row.name));
    const schemaOf = async () =>
      [...(await names('SHOW CONSTRAINTS YIELD name RETURN name')), ...(await names('SHOW INDEXES YIELD name RETURN name'))].sort();
    const before = await schemaOf();
    await migrate(executor);
    expect(await schemaOf()).toEqual(before);
    expect(before).toContain('article_key');
  });
});
