import { readFileSync } from 'node:fs';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config';
import { createExecutor } from '../../src/db/connect';
import type { Executor } from '../../src/db/executor';
import { migrate } from '../../src/db/migrate';
import { createHttpApp } from '../../src/server/http';
import { connectionFile } from './paths';

/** A write token the test configuration accepts. */
export const TEST_WRITE_TOKEN = 'test-write-token';

function connection(): { uri: string; user: string; password: string } {
  try {
    return JSON.parse(readFileSync(connectionFile(), 'utf8'));
  } catch {
    throw new Error(`No test Neo4j: ${connectionFile()} is missing. Run integration tests through jest's integration/e2e projects (global setup starts it).`);
  }
}

/** The configuration of a server pointed at the test Neo4j. */
export function testConfig(env: Record<string, string> = {}): Readonly<Config> {
  const { uri, user, password } = connection();
  return loadConfig({
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    PORT: '0',
    LOG_LEVEL: 'silent',
    WRITE_TOKENS: TEST_WRITE_TOKEN,
    ...env,
  });
}

let shared: Executor | undefined;

/** One executor per test file; close it with `closeTestExecutor` in afterAll. */
export function testExecutor(): Executor {
  if (!shared) {
    const config = testConfig();
    if (!config.neo4j) throw new Error('unreachable: testConfig always sets NEO4J_URI');
    shared = createExecutor(config.neo4j, config.limits.dbTimeoutMs);
  }
  return shared;
}

export async function closeTestExecutor(): Promise<void> {
  await shared?.close();
  shared = undefined;
}

/** Empties the test database and re-applies the schema. */
export async function resetDatabase(executor: Executor = testExecutor()): Promise<void> {
  await executor.write({ name: 'test.reset', cypher: 'MATCH (n) DETACH DELETE n', params: {} });
  await migrate(executor);
}

/** Serves the API over HTTP on a free port against the test Neo4j. */
export async function startTestHttpServer(env: Record<string, string> = {}): Promise<{ url: string; stop(): Promise<void> }> {
  const config = testConfig(env);
  const executor = createExecutor(config.neo4j!, config.limits.dbTimeoutMs);
  const app = await createHttpApp({ config, logger: pino({ level: 'silent' }), executor });
  const { url } = await app.listen();
  return {
    url,
    stop: async () => {
      await app.stop();
      await executor.close();
    },
  };
}
