import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { DOC_QUERIES, generateQueryDocs } from '../../../examples/generate-query-docs';
import { extractArticle } from '../../../src/extraction';
import { readArticleFile } from '../../../src/graph/article-files';
import { seedIfEmpty } from '../../../src/graph/seed';
import { closeTestExecutor, resetDatabase, startTestHttpServer, TEST_WRITE_TOKEN, testConfig, testExecutor } from '../../support/neo4j';
import { corpusDir } from '../../unit/graph/support/gold-extraction';

// The machine running the suite may be busy: generous per-test time.
jest.setTimeout(60_000);


/**
 * The real extractor end to end: seeds/ loaded by seedIfEmpty, the issue's query over HTTP,
 * the ingest mutation and the `conflict-graph ingest` command.
 */

const root = path.resolve(__dirname, '../../..');
const ISSUE_QUERY = `query {
  claims(filter: { about: "North Korea" }, first: 50) {
    totalCount
    edges { node { claimant { name } stance claimedOn text article { title outlet publishedOn } } }
  }
}`;

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function counts() {
  const [row] = await testExecutor().read({
    name: 'test.counts',
    cypher: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    params: {},
  });
  return row;
}

let server: Awaited<ReturnType<typeof startTestHttpServer>>;

beforeAll(async () => {
  await resetDatabase(testExecutor());
  server = await startTestHttpServer();
}, 60_000);

afterAll(async () => {
  await server.stop();
  await closeTestExecutor();
});

it('seeds an empty graph from seeds/, once', async () => {
  const logger = pino({ level: 'silent' });
  expect(await seedIfEmpty({ executor: testExecutor(), dir: path.join(root, 'seeds'), logger })).toBe(1);
  expect(await seedIfEmpty({ executor: testExecutor(), dir: path.join(root, 'seeds'), logger })).toBe(0);
}, 60_000);

it('answers the query of issue 4 with exactly the claims the extractor found about North Korea', async () => {
  const body = await post(server.url, ISSUE_QUERY);
  expect(body.errors).toBeUndefined();
  const nodes = body.data.claims.edges.map((edge: { node: any }) => edge.node);
  expect(body.data.claims.totalCount).toBe(nodes.length);
  expect(nodes[0].article).toEqual({ title: '1.500 soldats nord-coréens s’entraînent en Russie avant de combattre', outlet: 'News Day FR', publishedOn: '2024-10-19' });

  // What the extractor says, independently of the graph: claims about North Korea or an event it takes part in.
  const input = await readArticleFile(path.join(root, 'seeds/00-seed.txt'));
  const extraction = extractArticle(input);
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const kp = extraction.entities.find((e) => e.name === 'North Korea')!.id;
  const events = [...extraction.deployments.map((d) => [d.id, [d.from, d.to]] as const), ...extraction.armsTransfers.map((a) => [a.id, [a.supplier, a.recipient]] as const), ...extraction.agreements.map((a) => [a.id, a.parties] as const), ...extraction.meetings.map((m) => [m.id, m.participants] as const)];
  const involving = new Set(events.filter(([, who]) => who.includes(kp)).map(([id]) => id));
  const expected = extraction.claims
    .filter((c) => c.about.entities.includes(kp) || c.about.events.some((id) => involving.has(id)))
    .map((c) => `${c.claimant ? names.get(c.claimant) : null}|${c.stance}|${c.claimedOn}|${c.content.text}`)
    .sort();
  const actual = nodes.map((n: any) => `${n.claimant?.name ?? null}|${n.stance}|${n.claimedOn}|${n.text}`).sort();
  expect(actual).toEqual(expected);
  expect(actual.length).toBeGreaterThan(3);
});

// The acceptance check of issue 4; it depends on the extractor reading these three sentences right.
it('returns the NIS (2024-10-18), Zelensky accusing (2024-10-17) and Rutte doubting', async () => {
  const body = await post(server.url, ISSUE_QUERY);
  const nodes = body.data.claims.edges.map((edge: { node: any }) => edge.node);
  const by = (name: string) => nodes.filter((node: any) => node.claimant?.name === name);
  const nis = nodes.filter((node: any) => /intelligence|NIS/i.test(node.claimant?.name ?? ''));
  expect(nis.some((node: any) => node.claimedOn === '2024-10-18' && node.stance === 'asserts')).toBe(true);
  expect(by('Volodymyr Zelensky')).toContainEqual(expect.objectContaining({ stance: 'accuses', claimedOn: '2024-10-17' }));
  expect(by('Mark Rutte')).toContainEqual(expect.objectContaining({ stance: 'doubts' }));
});

it('generates the README example queries: every one answers without errors on the seed data', async () => {
  const markdown = await generateQueryDocs({ url: `${server.url}/graphql` });
  expect(markdown).toContain('against a graph holding the seed article only (1 article)');
  const answers = [...markdown.matchAll(/<summary>Answer<\/summary>\n\n```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]));
  expect(answers).toHaveLength(DOC_QUERIES.length);
  for (const answer of answers) {
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toBeDefined();
  }
}, 60_000);

it('ingests the dev articles over HTTP with a write token; the second time nothing changes', async () => {
  const { corpusInputs } = await import('./harness');
  const mutation = `mutation ($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { created updated unchanged failed } }`;
  const first = await post(server.url, mutation, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
  expect(first.errors).toBeUndefined();
  // The seed article is the same text as corpus/00-seed.txt: already there.
  expect(first.data.ingestArticles).toEqual({ created: 2, updated: 0, unchanged: 1, failed: 0 });
  const before = await counts();
  const second = await post(server.url, mutation, { inputs: corpusInputs() }, TEST_WRITE_TOKEN);
  expect(second.data.ingestArticles).toEqual({ created: 0, updated: 0, unchanged: 3, failed: 0 });
  expect(await counts()).toEqual(before);
}, 60_000);

it('`conflict-graph ingest` takes files and folders and prints a summary', async () => {
  await resetDatabase(testExecutor());
  const config = testConfig();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(root, 'bin/conflict-graph.cjs'), 'ingest', corpusDir, path.join(root, 'seeds/00-seed.txt')],
    {
      cwd: root,
      env: { ...process.env, NEO4J_URI: config.neo4j!.uri, NEO4J_USER: config.neo4j!.user, NEO4J_PASSWORD: config.neo4j!.password, LOG_LEVEL: 'silent' },
    },
  );
  expect(stdout).toMatch(/Ingested 4 file\(s\) in [\d.]+ s/);
  expect(stdout).toContain('created 3, updated 0, unchanged 1, failed 0');
  const [{ articles }] = await testExecutor().read({ name: 'test.articles', cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} });
  expect(articles).toBe(3);
}, 120_000);
