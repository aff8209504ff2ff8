import { existsSync, readFileSync } from 'node:fs';
import type { ExtractionStage } from './stages/extraction';
import { compareCounts, type IngestionStage } from './stages/ingestion';
import type { ProfileResult } from './stages/profile';
import type { QueryStage } from './stages/queries';

export interface SizeResult {
  articles: number;
  /** When this size was measured (ISO); sizes of one document may come from several runs (--merge, --reuse). */
  ranAt?: string;
  extraction: ExtractionStage;
  ingestion: IngestionStage;
  queries: QueryStage | null;
  profile: ProfileResult[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; neo4j: string; neo4jHeap: string; neo4jPageCache: string };
  options: { articles: number[]; clients: number[]; durationS: number; seed: number; quick: boolean };
  sizes: SizeResult[];
  notRun: string[];
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const fmt = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const yes = (value: boolean | null) => (value === null ? '–' : value ? 'yes' : '**no**');

/** Recomputed from the counts, so results of runs before the link tolerance read the same way. */
function sameCell(i: IngestionStage): string {
  const { same, differences } = compareCounts(i.counts, i.floorCounts);
  if (!same) return `**no** (${differences.join('; ')})`;
  return differences.length === 0 ? 'yes' : `yes, claim links within 1 % (${differences.map((d) => d.replace(/ \(claim links.*\)$/, '')).join('; ')})`;
}

function ingestionTable(sizes: SizeResult[]): string {
  const lines = [
    '| Articles | Extraction (art/s, 1 core) | Service write (art/s) | End to end (art/s) | Raw UNWIND floor (art/s) | Service / floor | Nodes | Relationships | of which CONTRADICTS + CORROBORATES | Same counts as floor |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const size of sizes) {
    const i = size.ingestion;
    const links = (i.counts.relationships.CONTRADICTS ?? 0) + (i.counts.relationships.CORROBORATES ?? 0);
    const partial = i.service.complete ? '' : ` (partial: ${i.service.written.toLocaleString('en-US')} written in ${fmt(i.service.seconds, 0)} s)`;
    lines.push(
      `| ${size.articles.toLocaleString('en-US')}${partial} | ${fmt(size.extraction.articlesPerSecond, 0)} | ${fmt(i.service.articlesPerSecond, 0)} | ${fmt(i.endToEnd.articlesPerSecond, 0)} | ${i.floor.skipped ? 'skipped' : fmt(i.floor.articlesPerSecond, 0)} | ${i.floor.skipped ? '–' : fmt(i.serviceToFloor, 2)} | ${i.counts.totalNodes.toLocaleString('en-US')} | ${i.counts.totalRelationships.toLocaleString('en-US')} | ${links.toLocaleString('en-US')} | ${i.floor.statements === 0 || !i.service.complete ? 'not run' : sameCell(i)} |`,
    );
  }
  return lines.join('\n');
}

/** At most ten evenly spaced points of a progress list (always the last). */
function tenPoints<T>(items: readonly T[]): T[] {
  const step = Math.max(1, Math.ceil(items.length / 10));
  return items.filter((_item, i) => (i + 1) % step === 0 || i === items.length - 1);
}

function progressLines(sizes: SizeResult[]): string {
  return sizes
    .map((size) => `- ${size.articles.toLocaleString('en-US')} articles: ${tenPoints(size.ingestion.service.progress).map((p) => `${p.articles.toLocaleString('en-US')} at ${fmt(p.seconds, 0)} s (${fmt(p.windowArticlesPerSecond, 0)} art/s)`).join(', ')}`)
    .join('\n');
}

function queryTable(size: SizeResult): string {
  if (!size.queries) return '_Queries not run at this size._';
  const lines = [
    '| Query | Clients | Raw p50 / p95 / p99 (ms) | Raw req/s | Ours p50 / p95 / p99 (ms) | Ours req/s | Ours/raw p50 | Ours/raw p99 | @neo4j/graphql p50 / p95 / p99 (ms) | Lib req/s | Lib/raw p50 | Same answers (ours, lib) |',
    '|---|---:|---|---:|---|---:|---:|---:|---|---:|---:|---|',
  ];
  for (const query of size.queries.queries) {
    query.ratios.forEach((ratio, i) => {
      const raw = query.load.raw?.[i];
      const ours = query.load.ours?.[i];
      const lib = query.load.lib?.[i];
      const triple = (r: typeof raw) => (r ? `${fmt(r.p50)} / ${fmt(r.p95)} / ${fmt(r.p99)}` : '–');
      lines.push(
        `| ${query.name} | ${ratio.clients} | ${triple(raw)} | ${fmt(raw?.rps, 0)} | ${triple(ours)} | ${fmt(ours?.rps, 0)} | ${fmt(ratio.oursP50, 2)} | ${fmt(ratio.oursP99, 2)} | ${triple(lib)} | ${fmt(lib?.rps, 0)} | ${fmt(ratio.libP50, 2)} | ${yes(query.sameAnswers.ours)}, ${yes(query.sameAnswers.lib)} |`,
      );
    });
  }
  return lines.join('\n');
}

function profileTable(size: SizeResult): string {
  if (size.profile.length === 0) return '_Not profiled at this size._';
  const lines = ['| API query (Cypher name) | db hits | Uses an index | Label/all-node scans | Operators |', '|---|---:|---|---|---|'];
  for (const p of size.profile) lines.push(`| ${p.name} | ${p.dbHits.toLocaleString('en-US')} | ${p.usesIndexes ? 'yes' : 'no'} | ${p.labelScans.length === 0 ? 'none' : p.labelScans.join('; ')} | ${p.operators.join(', ')} |`);
  return lines.join('\n');
}

export function resultsMarkdown(results: BenchResults): string {
  const parts = [
    START,
    `_Generated by \`${results.command}\` on ${results.finishedAt.slice(0, 16).replace('T', ' ')} UTC: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB RAM, Node ${results.machine.node}, Neo4j ${results.machine.neo4j} (heap ${results.machine.neo4jHeap}, page cache ${results.machine.neo4jPageCache}), seed ${results.options.seed}, ${results.options.durationS} s per load run. Raw figures: \`bench/results/latest.json\`._`,
    '',
    '### Extraction and ingestion',
    '',
    ingestionTable(results.sizes),
    '',
    'Service progress (articles written, elapsed, rate over the last window):',
    '',
    progressLines(results.sizes),
  ];
  for (const size of results.sizes) {
    const q = size.queries;
    parts.push('', `### Queries at ${size.articles.toLocaleString('en-US')} articles`, '');
    if (size.ranAt) parts.push(`_Measured ${size.ranAt.slice(0, 16).replace('T', ' ')} UTC._`, '');
    if (q) {
      parts.push(
        `Parameters picked from the graph: popular entity \`${q.params.popularEntity}\` (period ${q.params.period.from} to ${q.params.period.to}), claimant \`${q.params.claimant}\`, tail entity \`${q.params.tailEntity}\`, search "${q.params.searchText}", event \`${q.params.event}\`.`,
        '',
        queryTable(size),
        '',
        `Server memory (VmRSS of the server process): ours ${fmt(q.memory.oursAtRestMiB)} MiB at rest, ${fmt(q.memory.oursUnderLoadMaxMiB)} MiB at most under load; @neo4j/graphql ${fmt(q.memory.libAtRestMiB)} MiB at rest, ${fmt(q.memory.libUnderLoadMaxMiB)} MiB under load.`,
      );
      const mismatches = q.queries.filter((x) => x.mismatch);
      if (mismatches.length > 0) parts.push('', 'Answers that differ:', '', ...mismatches.map((x) => `- ${x.name}: \`${x.mismatch!.slice(0, 400)}\``));
    } else {
      parts.push(queryTable(size));
    }
    parts.push('', `PROFILE of the API's Cypher at ${size.articles.toLocaleString('en-US')} articles:`, '', profileTable(size));
  }
  if (results.notRun.length > 0) parts.push('', '### Not run in this run', '', ...results.notRun.map((line) => `- ${line}`));
  parts.push(END);
  return parts.join('\n');
}

/** Replaces the generated block of docs/benchmarks.md, keeping the hand-written analysis around it. */
export function updateDocument(existing: string | null, generated: string): string {
  if (existing && existing.includes(START) && existing.includes(END)) {
    return existing.slice(0, existing.indexOf(START)) + generated + existing.slice(existing.indexOf(END) + END.length);
  }
  return `${existing ?? '# Benchmarks\n'}\n\n## Results\n\n${generated}\n`;
}

export function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
