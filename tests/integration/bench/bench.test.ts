import { loadConfig } from '../../../src/config';
import { createExecutor } from '../../../src/db/connect';
import type { Executor } from '../../../src/db/executor';
import { portIsFree, startInstance, stopInstance } from '../../../src/db/local/instance';
import { pickParams } from '../../../bench/queries/params';
import { loadExtractor, runExtraction } from '../../../bench/stages/extraction';
import { runIngestion } from '../../../bench/stages/ingestion';
import { apiQueries, profileQueries } from '../../../bench/stages/profile';
import { runQueries, type Connection } from '../../../bench/stages/queries';

/**
 * The benchmark in miniature, so it cannot rot: a few hundred articles through every stage on
 * its own Neo4j instance ("bench-test": the bench wipes its database, which the suite's shared
 * instance must not suffer). Timings are never asserted; only that each stage produced results
 * and that the floor, our API and @neo4j/graphql agree.
 */

const INSTANCE = 'bench-test';
jest.setTimeout(300_000);

describe('benchmark (tiny)', () => {
  const config = loadConfig({});
  let connection: Connection;
  let executor: Executor;

  beforeAll(async () => {
    let port = 28687;
    while (!(await portIsFree(port))) port += 1;
    await stopInstance({ cacheDir: config.neo4jLocal.dir, name: INSTANCE }).catch(() => undefined);
    const instance = await startInstance({ cacheDir: config.neo4jLocal.dir, name: INSTANCE, port, heap: '1g' });
    connection = { uri: instance.uri, user: instance.user, password: instance.password, database: 'neo4j' };
    executor = createExecutor(connection, 120_000);
  });

  afterAll(async () => {
    await executor?.close();
    await stopInstance({ cacheDir: config.neo4jLocal.dir, name: INSTANCE });
  });

  it('extracts, ingests the same graph as the raw UNWIND floor, answers the same through the three paths, and profiles', async () => {
    const extraction = runExtraction({ seed: 7, articles: 150 }, loadExtractor());
    expect(extraction.stage.articles).toBe(150);
    expect(extraction.stage.failures).toBe(0);
    expect(extraction.stage.claims).toBeGreaterThan(150);

    const ingestion = await runIngestion(executor, extraction.inputs, extraction.results, extraction.stage.seconds);
    expect(ingestion.service.failed).toBe(0);
    expect(ingestion.counts.nodes.Article).toBe(150);
    expect(ingestion.counts.nodes.Claim).toBeGreaterThan(150);
    // Only claim links may differ (the service's per-claim cap takes the first found), within tolerance.
    for (const difference of ingestion.differences) expect(difference).toMatch(/^(CONTRADICTS|CORROBORATES):.*within the per-claim cap/);
    expect(ingestion.sameCounts).toBe(true);

    const params = await pickParams(executor);
    const queries = await runQueries(executor, connection, params, { clients: [2], durationS: 1, targets: ['raw', 'ours', 'lib'] });
    expect(queries.queries.map((q) => q.name)).toEqual(['claims-about', 'claims-about-page', 'claims-by-claimant', 'claims-by-claimant-page', 'timeline', 'neighbourhood', 'fulltext-search', 'contradictions']);
    for (const query of queries.queries) {
      expect({ query: query.name, mismatch: query.mismatch }).toEqual({ query: query.name, mismatch: null });
      for (const target of ['raw', 'ours', 'lib'] as const) {
        for (const run of query.load[target] ?? []) {
          expect(run.requests).toBeGreaterThan(0);
          expect(run.errors + run.non2xx).toBe(0);
        }
      }
    }
    expect(queries.memory.oursAtRestMiB).toBeGreaterThan(0);

    const profile = await profileQueries(connection, apiQueries(params));
    expect(profile).toHaveLength(apiQueries(params).length);
    for (const p of profile) expect(p.operators.length).toBeGreaterThan(0);
  });
});
