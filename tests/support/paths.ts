import path from 'node:path';
import { loadConfig } from '../../src/config';

/** The local Neo4j instance the suite uses: its own data folder, never the developer's. */
export function testInstance(): string {
  // Global setup writes the name it picked into the environment; read it through the config loader.
  return loadConfig(process.env).neo4jLocal.testInstance;
}

export function connectionFileFor(name: string): string {
  return path.join(loadConfig(process.env).neo4jLocal.dir, 'instances', name, 'connection.json');
}

/** Where global setup left the test Neo4j's address and password for the test files. */
export function connectionFile(): string {
  return connectionFileFor(testInstance());
}
