import { chromium, type Browser } from 'playwright-core';
import { closeTestExecutor, resetDatabase, startTestHttpServer } from '../support/neo4j';

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
  server = await startTestHttpServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await closeTestExecutor();
});

test('runs a query in GraphiQL, with every request served by our own server', async () => {
  const page = await browser.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  const query = '{ serverInfo { name databaseUp } }';
  await page.goto(`${server.url}/graphql?query=${encodeURIComponent(query)}`);
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.result-window');
  await result.getByText('databaseUp').waitFor({ timeout: 20_000 });
  const text = await result.innerText();
  expect(text).toContain('"name": "conflict-graph"');
  expect(text).toContain('"databaseUp": true');
  expect(foreign).toEqual([]);
  await page.close();
}, 60_000);
