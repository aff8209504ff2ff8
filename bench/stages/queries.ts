import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Executor } from '../../src/db/executor';
import { load, postJson, type LoadResult } from '../load';
import { libComparable, mainQueries, type BenchParams, type BenchQuery, type Target } from '../queries/main-queries';
import { startChildServer, type ChildServer } from '../servers/child';
import { round } from './extraction';

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface QueryResult {
  name: string;
  description: string;
  libScope: string | null;
  /** The three answered the same (for lib: on libScope). */
  sameAnswers: { ours: boolean; lib: boolean | null };
  mismatch: string | null;
  load: Partial<Record<Target, LoadResult[]>>;
  /** p50 and p99 of ours and lib over the floor, per client count. */
  ratios: { clients: number; oursP50: number; oursP99: number; libP50: number | null; libP99: number | null }[];
}

export interface QueryStage {
  params: BenchParams;
  queries: QueryResult[];
  /** MiB, from /proc/<pid>/status VmRSS of the server's own process. */
  memory: { oursAtRestMiB: number | null; oursUnderLoadMaxMiB: number | null; libAtRestMiB: number | null; libUnderLoadMaxMiB: number | null };
}

function body(target: Target, query: BenchQuery): unknown {
  if (target === 'raw') return { name: query.raw.name };
  if (target === 'ours') return query.ours;
  return query.lib;
}

/** Samples a server's RSS every 250 ms while `work` runs; returns the largest value. */
async function sampled<T>(server: ChildServer, work: () => Promise<T>): Promise<{ value: T; maxMiB: number | null }> {
  let max: number | null = server.rssMiB();
  const timer = setInterval(() => {
    const rss = server.rssMiB();
    if (rss !== null) max = Math.max(max ?? 0, rss);
  }, 250);
  try {
    return { value: await work(), maxMiB: max };
  } finally {
    clearInterval(timer);
  }
}

export async function runQueries(
  executor: Executor,
  connection: Connection,
  params: BenchParams,
  options: { clients: number[]; durationS: number; targets: Target[]; log?: (message: string) => void },
): Promise<QueryStage> {
  const log = options.log ?? (() => undefined);
  const queries = mainQueries(params);
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-bench-'));
  const connectionFile = path.join(dir, 'connection.json');
  const queriesFile = path.join(dir, 'queries.json');
  writeFileSync(connectionFile, JSON.stringify(connection), { mode: 0o600 });
  writeFileSync(queriesFile, JSON.stringify(queries.map((q) => q.raw)));
  const servers: Partial<Record<Target, ChildServer>> = {};
  try {
    for (const target of options.targets) servers[target] = await startChildServer(target, connectionFile, target === 'raw' ? queriesFile : undefined);
    const memory: QueryStage['memory'] = {
      oursAtRestMiB: servers.ours?.rssMiB() ?? null,
      oursUnderLoadMaxMiB: null,
      libAtRestMiB: servers.lib?.rssMiB() ?? null,
      libUnderLoadMaxMiB: null,
    };
    const results: QueryResult[] = [];
    for (const query of queries) {
      // Same answers first: the floor through the driver, ours and the library over HTTP.
      const raw = query.canonical.raw(await executor.read(query.raw));
      const ours = servers.ours ? query.canonical.ours(await postJson(servers.ours.url, query.ours)) : null;
      const lib = servers.lib && query.lib ? query.canonical.lib(await postJson(servers.lib.url, query.lib)) : null;
      // Canonical answers are JSON values built in a fixed key order: compare their JSON (deep equality
      // across realms, as under jest, would trip on prototypes of equal arrays).
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      const sameOurs = same(raw, ours);
      const sameLib = servers.lib && query.lib ? same(libComparable(query, raw), lib) : null;
      const mismatch =
        !sameOurs || sameLib === false
          ? `raw ${JSON.stringify(raw).slice(0, 300)} | ours ${JSON.stringify(ours).slice(0, 300)} | lib ${JSON.stringify(lib).slice(0, 300)}`
          : null;
      if (mismatch) log(`  ${query.name}: answers differ: ${mismatch}`);
      const loadResults: QueryResult['load'] = {};
      for (const target of options.targets) {
        const server = servers[target];
        if (!server || (target === 'lib' && !query.lib)) continue;
        loadResults[target] = [];
        for (const clients of options.clients) {
          // Requests still in flight from the previous run (autocannon stops sending, the database
          // keeps working) would slow this one: one request answered alone first drains them.
          await postJson(server.url, body(target, query));
          const { value, maxMiB } = await sampled(server, () => load(server.url, body(target, query), clients, options.durationS));
          loadResults[target]!.push(value);
          if (target === 'ours') memory.oursUnderLoadMaxMiB = Math.max(memory.oursUnderLoadMaxMiB ?? 0, maxMiB ?? 0);
          if (target === 'lib') memory.libUnderLoadMaxMiB = Math.max(memory.libUnderLoadMaxMiB ?? 0, maxMiB ?? 0);
          log(`  ${query.name} ${target} x${clients}: p50 ${value.p50} ms, p99 ${value.p99} ms, ${value.rps} req/s${value.errors + value.non2xx > 0 ? `, ${value.errors + value.non2xx} errors` : ''}`);
        }
      }
      const ratios = options.clients.map((clients, i) => {
        const floor = loadResults.raw?.[i];
        const oursRun = loadResults.ours?.[i];
        const libRun = loadResults.lib?.[i];
        const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? NaN : round(a / b));
        return {
          clients,
          oursP50: ratio(oursRun?.p50, floor?.p50),
          oursP99: ratio(oursRun?.p99, floor?.p99),
          libP50: libRun ? ratio(libRun.p50, floor?.p50) : null,
          libP99: libRun ? ratio(libRun.p99, floor?.p99) : null,
        };
      });
      results.push({ name: query.name, description: query.description, libScope: query.libScope ?? null, sameAnswers: { ours: sameOurs, lib: sameLib }, mismatch, load: loadResults, ratios });
    }
    return { params, queries: results, memory };
  } finally {
    for (const server of Object.values(servers)) await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
