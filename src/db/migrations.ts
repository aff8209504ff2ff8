import { cypherQuery, type CypherQuery } from './cypher';

/** Idempotent schema statements applied at every start (see `migrate`). */
export const migrations: readonly CypherQuery[] = [
  cypherQuery(
    'migration.article-key',
    'CREATE CONSTRAINT article_key IF NOT EXISTS FOR (a:Article) REQUIRE a.key IS UNIQUE',
  ),
];
