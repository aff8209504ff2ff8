import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { migrate } from '../../src/db/migrate';
import { createExecutor } from '../../src/db/connect';
import { portIsFree, runningPid, instanceHome, startInstance } from '../../src/db/local/instance';
import { connectionFileFor } from './paths';

/**
 * Starts the test suite's own Neo4j (instance "test": its own data folder and a free
 * port), so a developer's running database is never touched. Shared by the integration
 * and e2e projects; the first to run starts it, the teardown of the last stops it.
 */
export default async function globalSetup(): Promise<void> {
  const state = globalThis as { __neo4jTestUsers?: number };
  state.__neo4jTestUsers = (state.__neo4jTestUsers ?? 0) + 1;
  if (state.__neo4jTestUsers > 1) return;

  const config = loadConfig(process.env);
  const cacheDir = config.neo4jLocal.dir;
  const name = await pickInstance(cacheDir, config.neo4jLocal.testInstance);
  // Test files (same process with --runInBand, or workers started later) read it back.
  process.env.TEST_NEO4J_INSTANCE = name;
  const connectionFile = connectionFileFor(name);
  const port = await freePort();
  const started = Date.now();
  const instance = await startInstance({
    cacheDir,
    name,
    port,
    heap: '1g',
    log: (message) => process.stderr.write(`\n[test neo4j] ${message}`),
  });
  const executor = createExecutor({ uri: instance.uri, user: instance.user, password: instance.password, database: 'neo4j' }, 60_000);
  try {
    await migrate(executor);
  } finally {
    await executor.close();
  }
  mkdirSync(path.dirname(connectionFile), { recursive: true });
  writeFileSync(connectionFile, JSON.stringify({ uri: instance.uri, user: instance.user, password: instance.password }), { mode: 0o600 });
  process.stderr.write(`\n[test neo4j] ready on ${instance.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
}

/**
 * Another suite on this machine (a second terminal, another checkout) may hold the
 * default instance: then take the next free name rather than stop its database.
 */
async function pickInstance(cacheDir: string, preferred: string): Promise<string> {
  for (let n = 1; n <= 8; n += 1) {
    const name = n === 1 ? preferred : `${preferred}-${n}`;
    if ((await runningPid(instanceHome({ cacheDir, name }))) === null) return name;
  }
  throw new Error(`Eight test Neo4j instances already run (${preferred}...); stop them with npm run neo4j -- stop --instance NAME.`);
}

async function freePort(): Promise<number> {
  for (let port = 17687; port < 17787; port += 1) if (await portIsFree(port)) return port;
  throw new Error('No free port between 17687 and 17786 for the test Neo4j.');
}
