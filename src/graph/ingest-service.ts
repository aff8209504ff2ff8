import type { Executor, RoundTripCounter } from '../db/executor';
import { deleteArticlesQuery } from '../db/queries/delete';
import { ingestLookupQuery, writeArticlesStatements, type WriteBatch } from '../db/queries/ingest';
import type { ArticleInput, ExtractionResult } from '../extraction/types';
import { applyRedirects, planArticle, referencedEntityIds, type ArticlePlan } from './ingest-plan';
import type { IngestOutcome } from './models';
import { sha256, unique } from './names';

export type ExtractFn = (input: ArticleInput) => ExtractionResult;

/** Articles written per transaction by `ingestMany`: large enough to amortise round trips. */
export const DEFAULT_BATCH_SIZE = 50;

interface Prepared {
  plan: ArticlePlan;
  fingerprint: string;
}

/**
 * Ingestion: extract, plan (pure), then write in one transaction. Re-ingesting an article
 * whose content and metadata are unchanged writes nothing; a changed article (same url,
 * new text) is replaced in the same transaction. Entity ids merged away are redirected.
 *
 * Atomicity: every article is all-or-nothing. `ingestMany` writes a batch of articles per
 * transaction for speed; when that transaction fails, it retries the batch one article
 * per transaction, so one bad article cannot take the others down with it.
 */
export class IngestService {
  constructor(
    private readonly executor: Executor,
    private readonly extract: ExtractFn,
    private readonly now: () => Date = () => new Date(),
  ) {}

  prepare(input: ArticleInput): Prepared {
    const extraction = this.extract(input);
    const plan = planArticle({ input, extraction, ingestedAt: this.now().toISOString() });
    const a = plan.article;
    const fingerprint = sha256(JSON.stringify([a.key, a.contentHash, a.title, input.outlet ?? null, a.publishedOn, a.language, a.extractor]));
    return { plan, fingerprint };
  }

  async ingestOne(input: ArticleInput, counter?: RoundTripCounter): Promise<IngestOutcome> {
    const [outcome] = await this.ingestMany([input], { batchSize: 1, counter });
    return outcome;
  }

  async ingestMany(
    inputs: readonly ArticleInput[],
    options: { batchSize?: number; counter?: RoundTripCounter; onProgress?: (done: IngestOutcome[]) => void } = {},
  ): Promise<IngestOutcome[]> {
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    const chunks: ArticleInput[][] = [];
    for (let start = 0; start < inputs.length; start += batchSize) chunks.push(inputs.slice(start, start + batchSize));
    const outcomes: IngestOutcome[] = [];
    // Pipelined: while Neo4j writes one batch, the next one is extracted (CPU in this process).
    let next = chunks.length > 0 ? await this.prepareChunk(chunks[0]) : [];
    for (let index = 0; index < chunks.length; index += 1) {
      const prepared = next;
      const writing = this.writeChunk(prepared, options.counter);
      next = index + 1 < chunks.length ? await this.prepareChunk(chunks[index + 1]) : [];
      const chunkOutcomes = await writing;
      outcomes.push(...chunkOutcomes);
      options.onProgress?.(chunkOutcomes);
    }
    return outcomes;
  }

  /** Extracts and plans a batch, yielding to the event loop between articles so pending writes progress. */
  private async prepareChunk(chunk: readonly ArticleInput[]): Promise<(Prepared | IngestOutcome)[]> {
    const prepared: (Prepared | IngestOutcome)[] = [];
    for (const input of chunk) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        prepared.push(this.prepare(input));
      } catch (error) {
        prepared.push(failed(input, error));
      }
    }
    return prepared;
  }

  /** Writes a batch in one transaction; if that fails, each article in its own, so one bad article fails alone. */
  private async writeChunk(prepared: readonly (Prepared | IngestOutcome)[], counter?: RoundTripCounter): Promise<IngestOutcome[]> {
    const ready = prepared.filter((p): p is Prepared => 'plan' in p);
    let written: Map<Prepared, IngestOutcome>;
    try {
      written = await this.writeTransaction(ready, counter);
    } catch (error) {
      if (ready.length <= 1) {
        written = new Map(ready.map((p) => [p, failedPlan(p, error)]));
      } else {
        written = new Map();
        for (const p of ready) {
          try {
            for (const [k, v] of await this.writeTransaction([p], counter)) written.set(k, v);
          } catch (inner) {
            written.set(p, failedPlan(p, inner));
          }
        }
      }
    }
    return prepared.map((p) => ('plan' in p ? written.get(p)! : p));
  }

  /** One transaction: look up, replace what changed, write what is new: at most ten round trips, whatever the batch size. */
  private async writeTransaction(prepared: readonly Prepared[], counter?: RoundTripCounter): Promise<Map<Prepared, IngestOutcome>> {
    const result = new Map<Prepared, IngestOutcome>();
    if (prepared.length === 0) return result;
    return this.executor.writeTransaction(
      'ingest.articles',
      async (run) => {
        result.clear(); // the driver may retry the whole function on transient errors
        const ids = unique(prepared.map((p) => p.plan.article.id));
        const entityIds = unique(prepared.flatMap((p) => referencedEntityIds(p.plan)));
        const [lookup] = await run(ingestLookupQuery(ids, entityIds));
        const existing = new Map((lookup.existing as { id: string; fingerprint: string | null }[]).map((e) => [e.id, e.fingerprint]));
        const redirects = new Map((lookup.redirects as { fromId: string; toId: string }[]).map((r) => [r.fromId, r.toId]));

        const toWrite: Prepared[] = [];
        const toReplace: string[] = [];
        const seen = new Set<string>();
        for (const p of prepared) {
          const id = p.plan.article.id;
          if (seen.has(id) || existing.get(id) === p.fingerprint) {
            result.set(p, outcome(p, 'unchanged'));
            continue;
          }
          seen.add(id);
          if (existing.has(id)) toReplace.push(id);
          toWrite.push(p);
          result.set(p, outcome(p, existing.has(id) ? 'updated' : 'created'));
        }
        if (toReplace.length > 0) await run(deleteArticlesQuery(toReplace));
        if (toWrite.length > 0) {
          for (const statement of writeArticlesStatements(mergeBatch(toWrite, redirects))) await run(statement);
        }
        return result;
      },
      counter,
    );
  }
}

/** All rows of several article plans, in one batch for UNWIND. */
export function mergeBatch(prepared: readonly Prepared[], redirects: ReadonlyMap<string, string>): WriteBatch {
  const plans = prepared.map((p) => ({ ...applyRedirects(p.plan, redirects), fingerprint: p.fingerprint }));
  const sources = new Map(plans.flatMap((p) => p.sources).map((s) => [s.id, s]));
  return {
    articles: plans.map((p) => ({ ...p.article, fingerprint: p.fingerprint })),
    sources: [...sources.values()],
    entities: plans.flatMap((p) => p.entities),
    events: plans.flatMap((p) => p.events),
    claims: plans.flatMap((p) => p.claims),
  };
}

function outcome(p: Prepared, status: IngestOutcome['status']): IngestOutcome {
  return {
    articleId: p.plan.article.id,
    key: p.plan.article.key,
    title: p.plan.article.title,
    status,
    error: null,
    counts: {
      entities: p.plan.entities.length,
      events: p.plan.events.length,
      claims: p.plan.claims.length,
      mentions: p.plan.entities.reduce((sum, e) => sum + e.starts.length, 0),
    },
  };
}

function failedPlan(p: Prepared, error: unknown): IngestOutcome {
  return { ...outcome(p, 'failed'), error: describe(error) };
}

function failed(input: ArticleInput, error: unknown): IngestOutcome {
  return {
    articleId: '',
    key: input.url ?? '',
    title: input.title ?? null,
    status: 'failed',
    error: describe(error),
    counts: { entities: 0, events: 0, claims: 0, mentions: 0 },
  };
}

/** Driver errors carry database internals: keep only a short, safe description. */
function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    const code = (error as { code: string }).code;
    if (code.startsWith('Neo.')) return `database error (${code.split('.').slice(-1)[0]})`;
  }
  return error instanceof Error ? error.message : String(error);
}
