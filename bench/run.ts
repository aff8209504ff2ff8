import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { loadConfig, projectRoot } from '../src/config';
import { createExecutor } from '../src/db/connect';
import { portIsFree, startInstance, stopInstance } from '../src/db/local/instance';
import { NEO4J_VERSION } from '../src/db/local/install';
import { parseArgs, type BenchOptions } from './args';
import { mainQueries } from './queries/main-queries';
import { pickParams } from './queries/params';
import { readIfExists, resultsMarkdown, updateDocument, type BenchResults, type SizeResult } from './report';
import { loadExtractor, runExtraction } from './stages/extraction';
import { graphCounts, runIngestion } from './stages/ingestion';
import { apiQueries, profileQueries } from './stages/profile';
import { runQueries, type Connection } from './stages/queries';
import { stopAllChildServers } from './servers/child';

/**
 * `npm run bench -- [--articles 10000,100000] [--clients 1,16] [--duration S] [--quick]`
 *
 * One run, one Neo4j (a dedicated local instance "bench" on its own port, or NEO4J_URI): for each
 * corpus size, extraction, ingestion next to the raw UNWIND floor, the main queries under load
 * through raw Cypher, our API and @neo4j/graphql, server memory, and PROFILE of our Cypher.
 * Writes bench/results/<timestamp>.json, bench/results/latest.json and docs/benchmarks.md.
 */

const BENCH_INSTANCE = 'bench';
const BENCH_HEAP = '2g';
const HEAP_MIB = 8192;

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** 100,000 extraction results stay in memory for the floor and the service: give V8 room. */
function ensureHeap(options: BenchOptions): void {
  const limitMiB = v8.getHeapStatistics().heap_size_limit / 1024 / 1024;
  if (Math.max(...options.articles) <= 20_000 || limitMiB >= HEAP_MIB * 0.9) return;
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_MIB}`.trim() },
  });
  process.exit(child.status ?? 1);
}

async function openBenchDatabase(): Promise<{ connection: Connection; close(): Promise<void> }> {
  const config = loadConfig();
  if (config.neo4j) {
    log(`Using the configured Neo4j at ${config.neo4j.uri} (NEO4J_URI): its data will be replaced.`);
    return { connection: { ...config.neo4j }, close: async () => undefined };
  }
  let port = 27687;
  while (!(await portIsFree(port))) port += 1;
  const instance = await startInstance({ cacheDir: config.neo4jLocal.dir, name: BENCH_INSTANCE, port, heap: BENCH_HEAP, javaHome: config.javaHome ?? undefined, log });
  return {
    connection: { uri: instance.uri, user: instance.user, password: instance.password, database: config.database },
    close: async () => {
      await stopInstance({ cacheDir: config.neo4jLocal.dir, name: BENCH_INSTANCE });
    },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2), path.join(projectRoot, 'bench', 'results'));
  if (options.reportOnly) {
    const results = JSON.parse(readFileSync(path.join(options.resultsDir, 'latest.json'), 'utf8')) as BenchResults;
    const file = path.join(projectRoot, 'docs', 'benchmarks.md');
    writeFileSync(file, updateDocument(readIfExists(file), resultsMarkdown(results)));
    log(`rewrote ${file} from ${path.join(options.resultsDir, 'latest.json')}`);
    return;
  }
  ensureHeap(options);
  const startedAt = new Date().toISOString();
  const extract = options.reuse ? null : loadExtractor();
  const database = await openBenchDatabase();
  // Interrupted (Ctrl-C, timeout): stop the servers and the bench's Neo4j rather than leave them running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers and the bench database`);
      stopAllChildServers();
      database.close().finally(() => process.exit(130));
    });
  }
  const executor = createExecutor(database.connection, 600_000);
  const latestFile = path.join(options.resultsDir, 'latest.json');
  const previous = options.reuse || options.merge ? (JSON.parse(readFileSync(latestFile, 'utf8')) as BenchResults) : null;
  // --merge: the other sizes of the previous results stay; the ones measured now replace theirs.
  const sizes: SizeResult[] = previous ? (options.reuse ? previous.sizes : previous.sizes.filter((s) => !options.articles.includes(s.articles))) : [];
  const measuredNow = (line: string) => options.articles.some((n) => line.includes(`${n.toLocaleString('en-US')} articles`));
  const notRun: string[] = previous ? previous.notRun.filter((line) => !/still going/.test(line) && !/^\d[\d,]* articles \(this run used/.test(line) && !measuredNow(line)) : [];
  // Results are written after every size, so a long run that is stopped still leaves its figures.
  const stamp = startedAt.replace(/[:.]/g, '-');
  const write = (final: boolean) => {
    const missing = [...notRun];
    for (const size of [10_000, 100_000]) if (!sizes.some((s) => s.articles === size)) missing.push(`${size.toLocaleString('en-US')} articles (this run used ${options.articles.join(', ')})`);
    if (!final) missing.push(`sizes after ${sizes.map((s) => s.articles).join(', ')} (the run was still going when this was written)`);
    const seen = new Set<string>();
    missing.splice(0, missing.length, ...missing.filter((line) => !seen.has(line) && seen.add(line)));
    const results: BenchResults = {
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `${previous ? `${previous.command}, then ` : ''}npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        neo4j: NEO4J_VERSION,
        neo4jHeap: BENCH_HEAP,
        neo4jPageCache: '512m',
      },
      options: { articles: options.articles, clients: options.clients, durationS: options.durationS, seed: options.seed, quick: options.quick },
      sizes,
      notRun: missing,
    };
    mkdirSync(options.resultsDir, { recursive: true });
    writeFileSync(path.join(options.resultsDir, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(path.join(options.resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (options.writeDocs) {
      const file = path.join(projectRoot, 'docs', 'benchmarks.md');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, updateDocument(readIfExists(file), resultsMarkdown(results)));
    }
  };
  try {
    for (const articles of options.articles) {
      log(`== ${articles} articles`);
      if (previous && options.reuse) {
        // Queries again on the graph the previous run left: same corpus, same ingestion figures.
        const size = previous.sizes.find((s) => s.articles === articles && s.ingestion.service.complete);
        const counts = await graphCounts(executor);
        if (!size || counts.nodes.Article !== size.ingestion.counts.nodes.Article) {
          throw new Error(`--reuse: the database holds ${counts.nodes.Article ?? 0} articles, not the complete ${articles}-article graph of ${latestFile}`);
        }
        const params = await pickParams(executor);
        size.queries = await runQueries(executor, database.connection, params, { clients: options.clients, durationS: options.durationS, targets: ['raw', 'ours', 'lib'], log });
        size.profile = await profileQueries(database.connection, [...apiQueries(params), ...mainQueries(params).map((q) => q.raw)]);
        size.ranAt = new Date().toISOString();
        write(false);
        continue;
      }
      const corpus = { seed: options.seed, articles };
      const extraction = runExtraction(corpus, extract!);
      log(`extraction: ${extraction.stage.articlesPerSecond} articles/s on one core (${extraction.stage.claims} claims)`);
      const ingestion = await runIngestion(executor, extraction.inputs, extraction.results, extraction.stage.seconds, { log, timeBudgetS: options.timeBudgetS });
      log(`ingestion: service ${ingestion.service.articlesPerSecond} art/s, floor ${ingestion.floor.articlesPerSecond} art/s, same counts: ${ingestion.sameCounts}`);
      if (ingestion.differences.length > 0) log(`  differences: ${ingestion.differences.join('; ')}`);
      extraction.inputs.length = 0; // the graph is written: free the corpus before the load runs
      extraction.results.length = 0;
      if (ingestion.floor.skipped) notRun.push(`raw UNWIND floor at ${articles.toLocaleString('en-US')} articles: ${ingestion.floor.skipped}`);
      if (!ingestion.service.complete) {
        notRun.push(
          `queries at ${articles.toLocaleString('en-US')} articles: the service wrote ${ingestion.service.written.toLocaleString('en-US')} of ${articles.toLocaleString('en-US')} articles within the ${options.timeBudgetS} s budget`,
        );
        sizes.push({ articles, ranAt: new Date().toISOString(), extraction: extraction.stage, ingestion, queries: null, profile: [] });
        write(false);
        continue;
      }
      const params = await pickParams(executor);
      log(`queries: ${JSON.stringify(params)}`);
      const queries = await runQueries(executor, database.connection, params, { clients: options.clients, durationS: options.durationS, targets: ['raw', 'ours', 'lib'], log });
      const profile = await profileQueries(database.connection, [...apiQueries(params), ...mainQueries(params).map((q) => q.raw)]);
      sizes.push({ articles, ranAt: new Date().toISOString(), extraction: extraction.stage, ingestion, queries, profile });
      sizes.sort((a, b) => a.articles - b.articles);
      write(false);
    }
  } finally {
    await executor.close();
    await database.close();
  }
  write(true);
  log(`results: ${path.join(options.resultsDir, 'latest.json')}`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
