import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { IngestService } from '../../../src/graph/ingest-service';
import { closeTestExecutor, resetDatabase, startTestHttpServer, testExecutor } from '../../support/neo4j';
import { articleInput, CORPUS } from '../../unit/graph/support/gold-extraction';
import { goldExtract } from '../graph/harness';

// The machine running the suite may be busy: generous per-test time.
jest.setTimeout(60_000);


/** Each example script, run as its README command against a live server over HTTP. */

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');
let server: Awaited<ReturnType<typeof startTestHttpServer>>;

async function example(script: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'examples', script), ...args], {
    cwd: root,
    env: { ...process.env, CONFLICT_GRAPH_URL: `${server.url}/graphql` },
    maxBuffer: 16 * 1024 * 1024,
  });
}

beforeAll(async () => {
  await resetDatabase(testExecutor());
  await new IngestService(testExecutor(), goldExtract()).ingestMany(CORPUS.map((name) => articleInput(name)));
  server = await startTestHttpServer();
}, 60_000);

afterAll(async () => {
  await server.stop();
  await closeTestExecutor();
});

it('who-claimed lists who claimed what about North Korea, and when', async () => {
  const { stdout } = await example('who-claimed.ts', ['North Korea']);
  expect(stdout).toMatch(/^\d+ claim\(s\) about North Korea/);
  expect(stdout).toContain('2024-10-17  Volodymyr Zelensky accuses');
  expect(stdout).toContain('2024-10-18  National Intelligence Service (South Korea) asserts');
  expect(stdout).toContain('Mark Rutte doubts');
  expect(stdout).toContain('News Day FR via Reuters');
}, 60_000);

it('claims-to-csv exports every claim, one CSV row each, across pages', async () => {
  const { stdout, stderr } = await example('claims-to-csv.ts', []);
  const rows = stdout.trimEnd().split('\r\n');
  expect(rows[0]).toBe('claim_id,claimant_id,claimant,stance,claimed_on,claimed_on_precision,hedged,text,evidence_start,evidence_end,published_on,language,article_id,article_title,article_url,outlet,origin,about_entities,about_events');
  const [{ count }] = await testExecutor().read({ name: 'test.claims', cypher: 'MATCH (c:Claim) RETURN count(c) AS count', params: {} });
  expect(stderr).toContain(`${count} claim(s) exported`);
  // Quoted fields may hold line breaks: count claim ids instead of lines.
  expect(stdout.match(/^claim:[0-9a-f]{16},/gm)).toHaveLength(count as number);
}, 60_000);

it('neighbourhood-to-graphml writes GraphML with the nodes and edges around North Korea', async () => {
  const { stdout, stderr } = await example('neighbourhood-to-graphml.ts', ['country:north-korea', '--depth', '1', '--limit', '50']);
  expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
  expect(stdout).toContain('<node id="country:north-korea">');
  const nodes = stdout.match(/<node id=/g)?.length ?? 0;
  const edges = stdout.match(/<edge id=/g)?.length ?? 0;
  expect(stderr).toContain(`${nodes} node(s), ${edges} edge(s)`);
  expect(edges).toBeGreaterThan(0);
}, 60_000);
