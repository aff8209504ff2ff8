import type { Executor } from './executor';
import { migrations } from './migrations';

/**
 * Applies the schema (constraints and indexes). Every statement is idempotent
 * (`IF NOT EXISTS`), so running this at every start changes nothing the second time.
 * Returns how many statements ran.
 */
export async function migrate(executor: Executor): Promise<number> {
  // Schema commands cannot share a transaction with each other in Neo4j: one each.
  for (const migration of migrations) await executor.write(migration);
  await executor.write({ name: 'migrate.await-indexes', cypher: 'CALL db.awaitIndexes(300)', params: {} });
  return migrations.length;
}
