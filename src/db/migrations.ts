import { cypherQuery, type CypherQuery } from './cypher';
import { ENTITY_FULLTEXT_INDEX } from './queries/entities';

/**
 * Idempotent schema statements applied at every start (see `migrate`): uniqueness
 * constraints for every node key, a fulltext index over entity names and aliases, and
 * range indexes for every property the API filters or sorts on.
 */

const unique = (name: string, label: string, property: string) =>
  cypherQuery(`migration.${name}`, `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`);

const range = (name: string, label: string, property: string) =>
  cypherQuery(`migration.${name}`, `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`);

export const migrations: readonly CypherQuery[] = [
  cypherQuery('migration.article-key', 'CREATE CONSTRAINT article_key IF NOT EXISTS FOR (a:Article) REQUIRE a.key IS UNIQUE'),
  unique('article_id', 'Article', 'id'),
  unique('source_id', 'Source', 'id'),
  unique('entity_id', 'Entity', 'id'),
  unique('event_id', 'Event', 'id'),
  unique('claim_id', 'Claim', 'id'),
  unique('entity_redirect_from', 'EntityRedirect', 'fromId'),
  unique('merge_audit_id', 'MergeAudit', 'id'),
  // 'standard-folding' folds case and accents (ASCII folding), so "coree" finds "Corée du Nord".
  cypherQuery(
    `migration.${ENTITY_FULLTEXT_INDEX}`,
    `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false}}`,
  ),
  range('claim_stance', 'Claim', 'stance'),
  range('claim_claimed_on', 'Claim', 'claimedOnStart'),
  range('claim_claimed_on_end', 'Claim', 'claimedOnEnd'),
  range('claim_reported_on', 'Claim', 'reportedOn'),
  range('claim_outlet', 'Claim', 'outletId'),
  range('claim_origin', 'Claim', 'originId'),
  range('claim_language', 'Claim', 'language'),
  range('claim_article', 'Claim', 'articleId'),
  range('event_kind', 'Event', 'kind'),
  range('event_when', 'Event', 'whenStart'),
  range('article_reported_on', 'Article', 'reportedOn'),
  range('article_outlet', 'Article', 'outletId'),
  range('article_content_hash', 'Article', 'contentHash'),
  range('entity_type', 'Entity', 'type'),
  range('entity_name', 'Entity', 'name'),
  range('entity_country', 'Entity', 'countryId'),
  range('entity_redirect_to', 'EntityRedirect', 'toId'),
];
