/**
 * `conflict-graph ingest PATH...`: extract article files (files or folders) and write them
 * into the graph, a batch of articles per transaction, with a progress bar and a summary.
 * Re-running on the same files changes nothing (they are reported as unchanged).
 */
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../config';
import { openDatabase } from '../../db/connect';
import type { Executor } from '../../db/executor';
import { migrate } from '../../db/migrate';
import { listArticleFiles, readArticleFile } from '../../graph/article-files';
import { defaultExtract } from '../../graph/extractor';
import { DEFAULT_BATCH_SIZE, IngestService, type ExtractFn } from '../../graph/ingest-service';
import type { IngestOutcome } from '../../graph/models';

export interface IngestSummary {
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: { file: string; error: string }[];
  claims: number;
  entities: number;
  events: number;
  seconds: number;
}

export interface IngestProgress {
  start(total: number): void;
  advance(by: number): void;
  stop(): void;
}

/** Reads, extracts and writes the articles under `paths`; `progress` hears about every batch. */
export async function ingestPaths(options: {
  paths: readonly string[];
  executor: Executor;
  extract?: ExtractFn;
  batchSize?: number;
  progress?: IngestProgress;
  now?: () => number;
}): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const files = await listArticleFiles(options.paths);
  const service = new IngestService(options.executor, options.extract ?? defaultExtract);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const outcomes: IngestOutcome[] = [];
  const failed: IngestSummary['failed'] = [];
  options.progress?.start(files.length);
  for (let start = 0; start < files.length; start += batchSize) {
    const batchFiles = files.slice(start, start + batchSize);
    const inputs = await Promise.all(batchFiles.map(readArticleFile));
    const batch = await service.ingestMany(inputs, { batchSize });
    batch.forEach((outcome, index) => {
      if (outcome.status === 'failed') failed.push({ file: batchFiles[index], error: outcome.error ?? 'unknown error' });
    });
    outcomes.push(...batch);
    options.progress?.advance(batchFiles.length);
  }
  options.progress?.stop();
  const written = outcomes.filter((o) => o.status === 'created' || o.status === 'updated');
  return {
    files: files.length,
    created: outcomes.filter((o) => o.status === 'created').length,
    updated: outcomes.filter((o) => o.status === 'updated').length,
    unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
    failed,
    claims: written.reduce((sum, o) => sum + o.counts.claims, 0),
    entities: written.reduce((sum, o) => sum + o.counts.entities, 0),
    events: written.reduce((sum, o) => sum + o.counts.events, 0),
    seconds: (now() - started) / 1000,
  };
}

export function formatSummary(summary: IngestSummary): string {
  const rate = summary.seconds > 0 ? (summary.files / summary.seconds).toFixed(1) : '-';
  const lines = [
    `Ingested ${summary.files} file(s) in ${summary.seconds.toFixed(2)} s (${rate} articles/s):`,
    `  created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed.length}`,
    `  written: ${summary.claims} claims, ${summary.entities} entity mentions, ${summary.events} event reports`,
    ...summary.failed.map((f) => `  failed: ${f.file}: ${f.error}`),
  ];
  return `${lines.join('\n')}\n`;
}

function progressBar(enabled: boolean): IngestProgress | undefined {
  if (!enabled) return undefined;
  const bar = new SingleBar(
    { format: 'ingest [{bar}] {percentage}% | {value}/{total} articles | {eta_formatted} left', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  return { start: (total) => bar.start(total, 0), advance: (by) => bar.increment(by), stop: () => bar.stop() };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract article files (header + body) and write them into the Neo4j graph.')
    .argument('<paths...>', 'article files or folders (walked recursively for .txt and .md files)')
    .option('--batch-size <n>', 'articles per transaction', String(DEFAULT_BATCH_SIZE))
    .option('--no-progress', 'no progress bar (it is off anyway when stderr is not a terminal)')
    .action(async (paths: string[], options: { batchSize: string; progress: boolean }) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) throw new Error('--batch-size must be a whole number from 1 to 1000');
      let config;
      try {
        config = loadConfig();
      } catch (error) {
        if (error instanceof ConfigError) throw new Error(error.message);
        throw error;
      }
      // A local Neo4j started here keeps running afterwards, for `npm start` and the next ingest.
      const database = await openDatabase(config, { keepRunning: true, log: (message) => process.stderr.write(`${message}\n`) });
      try {
        await migrate(database.executor);
        const summary = await ingestPaths({
          paths,
          executor: database.executor,
          batchSize,
          progress: progressBar(options.progress && process.stderr.isTTY === true),
        });
        process.stdout.write(formatSummary(summary));
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
