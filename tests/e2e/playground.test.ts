import { chromium, type Browser } from 'playwright-core';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { seedIfEmpty } from '../../src/graph/seed';
import { closeTestExecutor, resetDatabase, startTestHttpServer, testExecutor } from '../support/neo4j';

/**
 * The playground in a real browser (Debian's chromium): it must load with no internet,
 * run a query against the server and show the answer.
 */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  await resetDatabase();
  // What a new user sees: the seed article loaded into an empty graph, as `npm start` does.
  await seedIfEmpty({ executor: testExecutor(), dir: loadConfig({}).seed.dir, logger: pino({ level: 'silent' }) });
  server = await startTestHttpServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await closeTestExecutor();
});

test('runs the analyst query on the seed in GraphiQL, with every request served by our own server', async () => {
  const page = await browser.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  const query = `query {
  claims(filter: { about: "North Korea" }, first: 50) {
    totalCount
    edges { node { claimant { name } stance claimedOn text article { title outlet publishedOn } } }
  }
}`;
  await page.goto(`${server.url}/graphql?query=${encodeURIComponent(query)}`);
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.result-window');
  await result.getByText('totalCount').waitFor({ timeout: 20_000 });
  // The result pane is a CodeMirror editor that renders only visible lines: read its whole value.
  const text = await page.evaluate(() => {
    const editor = document.querySelector('.result-window .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
    return editor?.CodeMirror?.getValue() ?? '';
  });
  expect(text).toContain('"name": "Volodymyr Zelensky"');
  expect(text).toContain('"stance": "accuses"');
  expect(text).toContain('"claimedOn": "2024-10-17"');
  expect(text).toContain('"name": "Mark Rutte"');
  expect(text).toContain('"stance": "doubts"');
  expect(foreign).toEqual([]);
  await page.close();
}, 60_000);
