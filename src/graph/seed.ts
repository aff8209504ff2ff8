import type { Logger } from 'pino';
import type { Executor } from '../db/executor';
import { cypherQuery } from '../db/cypher';
import { listArticleFiles, readArticleFile } from './article-files';
import { defaultExtract } from './extractor';
import { IngestService, type ExtractFn } from './ingest-service';

/**
 * Loads every article file of `dir` when the graph has no article yet, so a fresh
 * `npm start` answers the README's queries. Returns how many articles were written.
 */
export async function seedIfEmpty(deps: { executor: Executor; dir: string; logger: Logger; extract?: ExtractFn }): Promise<number> {
  const [row] = await deps.executor.read(cypherQuery('seed.has-articles', 'RETURN EXISTS { MATCH (:Article) } AS hasArticles'));
  if (row?.hasArticles === true) return 0;
  const files = await listArticleFiles([deps.dir]);
  const inputs = await Promise.all(files.map(readArticleFile));
  const outcomes = await new IngestService(deps.executor, deps.extract ?? defaultExtract).ingestMany(inputs);
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.status === 'failed') deps.logger.warn({ file: files[index], error: outcome.error }, 'seed article not ingested');
  }
  return outcomes.filter((outcome) => outcome.status === 'created' || outcome.status === 'updated').length;
}
