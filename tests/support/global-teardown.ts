import { rmSync } from 'node:fs';
import { loadConfig } from '../../src/config';
import { stopInstance } from '../../src/db/local/instance';
import { connectionFile, testInstance } from './paths';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __neo4jTestUsers?: number };
  state.__neo4jTestUsers = (state.__neo4jTestUsers ?? 1) - 1;
  if (state.__neo4jTestUsers > 0) return;
  rmSync(connectionFile(), { force: true });
  await stopInstance({ cacheDir: loadConfig(process.env).neo4jLocal.dir, name: testInstance() });
}
