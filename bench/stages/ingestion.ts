import type { Executor } from '../../src/db/executor';
import { migrate } from '../../src/db/migrate';
import type { ArticleInput, ExtractionResult } from '../../src/extraction/types';
import { IngestService } from '../../src/graph/ingest-service';
import { FloorGraphBuilder, floorCounts } from '../floor/graph';
import { countQuery, labelsAndTypesQuery, wipeBatchQuery } from '../floor/queries';
import { writeFloorGraph } from '../floor/write';
import { round } from './extraction';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
}

export interface IngestionStage {
  articles: number;
  /** The project's IngestService (plan + lookup + UNWIND writes, one transaction per batch), extraction excluded. */
  service: {
    seconds: number;
    articlesPerSecond: number;
    batchSize: number;
    failed: number;
    /** Articles written; fewer than `articles` when the time budget ran out. */
    written: number;
    complete: boolean;
    /** Rate per window of 1,000 articles: how the cost grows with the graph. */
    progress: { articles: number; seconds: number; windowArticlesPerSecond: number }[];
  };
  /** Extraction time plus service time: articles per second from text to graph on one core. */
  endToEnd: { seconds: number; articlesPerSecond: number };
  /** The same graph written by plain UNWIND ... CREATE batches through the driver. */
  floor: { seconds: number; articlesPerSecond: number; statements: number; buildSeconds: number; candidatePairs: number; skipped: string | null };
  serviceToFloor: number;
  counts: GraphCounts;
  floorCounts: GraphCounts;
  sameCounts: boolean;
  differences: string[];
}

export async function resetDatabase(executor: Executor): Promise<void> {
  // A million nodes do not fit one transaction's memory: delete in bounded batches.
  for (const what of ['relationships', 'nodes'] as const) {
    for (;;) {
      const [row] = await executor.write(wipeBatchQuery(what));
      if ((row.deleted as number) === 0) break;
    }
  }
  await migrate(executor);
}

export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const [{ labels, types }] = await executor.read(labelsAndTypesQuery());
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const label of labels as string[]) {
    const [row] = await executor.read(countQuery('label', label));
    if ((row.count as number) > 0) nodes[label] = row.count as number;
  }
  for (const type of types as string[]) {
    const [row] = await executor.read(countQuery('type', type));
    if ((row.count as number) > 0) relationships[type] = row.count as number;
  }
  const base = ['Article', 'Source', 'Entity', 'Event', 'Claim'];
  return {
    nodes,
    relationships,
    totalNodes: base.reduce((sum, label) => sum + (nodes[label] ?? 0), 0),
    totalRelationships: Object.values(relationships).reduce((sum, n) => sum + n, 0),
  };
}

/** Claim links: the service caps them per claim at the first ones found, an order a floor cannot replay exactly. */
const LINK_TYPES = new Set(['CONTRADICTS', 'CORROBORATES']);
export const LINK_TOLERANCE = 0.01;

/** Differences between the service's graph and the floor's; `exact` is false when only claim links differ, within LINK_TOLERANCE. */
export function compareCounts(service: GraphCounts, floor: GraphCounts): { differences: string[]; same: boolean } {
  const differences: string[] = [];
  let same = true;
  for (const kind of ['nodes', 'relationships'] as const) {
    const keys = new Set([...Object.keys(service[kind]), ...Object.keys(floor[kind])]);
    for (const key of [...keys].sort()) {
      const a = service[kind][key] ?? 0;
      const b = floor[kind][key] ?? 0;
      if (a === b) continue;
      const withinCap = kind === 'relationships' && LINK_TYPES.has(key) && Math.abs(a - b) <= LINK_TOLERANCE * Math.max(a, b);
      if (!withinCap) same = false;
      differences.push(`${key}: service ${a}, floor ${b}${withinCap ? ' (claim links, within the per-claim cap tolerance)' : ''}`);
    }
  }
  return { differences, same };
}

/**
 * Writes the floor graph, counts it, empties the database, ingests through the service, counts
 * again. The service's graph stays for the query stage.
 */
export async function runIngestion(
  executor: Executor,
  inputs: readonly ArticleInput[],
  results: readonly ExtractionResult[],
  extractionSeconds: number,
  options: { batchSize?: number; skipFloor?: boolean; maxPairs?: number; timeBudgetS?: number; log?: (message: string) => void } = {},
): Promise<IngestionStage> {
  const log = options.log ?? (() => undefined);
  const byInput = new Map<ArticleInput, ExtractionResult>(inputs.map((input, i) => [input, results[i]]));
  // The service's extractor is the precomputed result: the time measured is the writing alone.
  const memo = (input: ArticleInput) => {
    const result = byInput.get(input);
    if (!result) throw new Error('bench: no extraction for this input');
    return result;
  };
  const service = new IngestService(executor, memo, () => new Date('2026-01-01T00:00:00Z'));

  async function writeFloor(builder: FloorGraphBuilder, buildStarted: number): Promise<GraphCounts> {
    const graph = builder.build();
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    const expected = floorCounts(graph);
    log(`  floor: writing ${Object.values(expected.nodes).reduce((a, b) => a + b, 0)} node labels, ${Object.values(expected.relationships).reduce((a, b) => a + b, 0)} relationships`);
    const started = performance.now();
    const statements = await writeFloorGraph(executor, graph);
    const seconds = (performance.now() - started) / 1000;
    floor = { ...floor, seconds: round(seconds), articlesPerSecond: round(inputs.length / seconds), statements, buildSeconds: round(buildSeconds) };
    return graphCounts(executor);
  }

  let floor: IngestionStage['floor'] = { seconds: NaN, articlesPerSecond: NaN, statements: 0, buildSeconds: NaN, candidatePairs: 0, skipped: options.skipFloor ? 'not asked for' : null };
  let floorGraphCounts: GraphCounts = { nodes: {}, relationships: {}, totalNodes: 0, totalRelationships: 0 };
  const maxPairs = options.maxPairs ?? 200_000_000;
  // The service writes `batchSize` articles per transaction; the floor replays its claim linking per batch.
  const batchSize = options.batchSize ?? 50;
  if (!options.skipFloor) {
    await resetDatabase(executor);
    log('  floor: building the graph in memory');
    const buildStarted = performance.now();
    const builder = new FloorGraphBuilder();
    inputs.forEach((input, index) => {
      const { plan, fingerprint } = service.prepare(input);
      builder.add(plan, fingerprint, Math.floor(index / batchSize));
    });
    floor.candidatePairs = builder.candidatePairs();
    if (floor.candidatePairs > maxPairs) {
      floor.skipped = `${floor.candidatePairs.toLocaleString('en-US')} claim pairs share a target (CONTRADICTS/CORROBORATES candidates), more than the ${maxPairs.toLocaleString('en-US')} the floor builds in memory`;
      log(`  floor: skipped, ${floor.skipped}`);
    } else {
      floorGraphCounts = await writeFloor(builder, buildStarted);
    }
  }
  await resetDatabase(executor);
  log(`  service: ingesting ${inputs.length} articles (batches of ${batchSize})`);
  const started = performance.now();
  let failed = 0;
  let written = 0;
  // A whole number of batches per window, so batches are the same consecutive slices the floor replays.
  const window = batchSize * Math.max(1, Math.round(Math.min(1_000, inputs.length / 10) / batchSize));
  const progress: IngestionStage['service']['progress'] = [];
  for (let start = 0; start < inputs.length; start += window) {
    const windowStarted = performance.now();
    const outcomes = await service.ingestMany(inputs.slice(start, start + window), { batchSize });
    failed += outcomes.filter((o) => o.status === 'failed').length;
    written += outcomes.length;
    const elapsed = (performance.now() - started) / 1000;
    progress.push({ articles: written, seconds: round(elapsed), windowArticlesPerSecond: round(outcomes.length / ((performance.now() - windowStarted) / 1000)) });
    log(`  service: ${written} articles in ${round(elapsed, 1)} s (last window ${progress[progress.length - 1].windowArticlesPerSecond} art/s)`);
    if (options.timeBudgetS !== undefined && elapsed > options.timeBudgetS && written < inputs.length) {
      log(`  service: time budget of ${options.timeBudgetS} s spent, stopping at ${written} articles`);
      break;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await graphCounts(executor);
  const floorRan = !options.skipFloor && floor.skipped === null;
  const comparison = floorRan && written === inputs.length ? compareCounts(counts, floorGraphCounts) : { differences: [], same: false };
  const differences = comparison.differences;
  const endSeconds = seconds + extractionSeconds;
  return {
    articles: inputs.length,
    service: { seconds: round(seconds), articlesPerSecond: round(written / seconds), batchSize, failed, written, complete: written === inputs.length, progress },
    endToEnd: { seconds: round(endSeconds), articlesPerSecond: round(written / (seconds + (extractionSeconds * written) / inputs.length)) },
    floor,
    serviceToFloor: round(floor.seconds / seconds, 3),
    counts,
    floorCounts: floorGraphCounts,
    sameCounts: comparison.same,
    differences,
  };
}
