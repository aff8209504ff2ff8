import type { ArticleInput, ExtractionResult } from '../../src/extraction/types';
import { generateArticles, type CorpusOptions } from '../corpus';

export type ExtractFn = (input: ArticleInput) => ExtractionResult;

/**
 * The project's extractor (src/extraction, `extractArticle`), loaded at run time so the bench
 * says clearly what is missing instead of failing to compile while the extractor is being built.
 */
export function loadExtractor(): ExtractFn {
  let module: Record<string, unknown>;
  try {
    module = require('../../src/extraction') as Record<string, unknown>;
  } catch (error) {
    throw new Error(`The bench needs the extractor: src/extraction/index.ts exporting extractArticle could not be loaded (${(error as Error).message}).`);
  }
  const extract = module.extractArticle;
  if (typeof extract !== 'function') throw new Error('src/extraction does not export extractArticle(input): ExtractionResult.');
  return extract as ExtractFn;
}

export interface ExtractionStage {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  meanBodyChars: number;
  claims: number;
  entities: number;
  events: number;
  failures: number;
}

/**
 * Extracts every article once on this one thread (one core), timing only the extractor calls.
 * Keeps the results: ingestion reuses them so its figures are the writing alone.
 */
export function runExtraction(corpus: CorpusOptions, extract: ExtractFn): { stage: ExtractionStage; inputs: ArticleInput[]; results: ExtractionResult[] } {
  const inputs: ArticleInput[] = [];
  const results: ExtractionResult[] = [];
  let nanos = 0n;
  let chars = 0;
  let claims = 0;
  let entities = 0;
  let events = 0;
  let failures = 0;
  for (const article of generateArticles(corpus)) {
    const started = process.hrtime.bigint();
    let result: ExtractionResult;
    try {
      result = extract(article.input);
    } catch {
      failures += 1;
      continue;
    } finally {
      nanos += process.hrtime.bigint() - started;
    }
    inputs.push(article.input);
    results.push(result);
    chars += article.input.body.length;
    claims += result.claims.length;
    entities += result.entities.length;
    events += result.deployments.length + result.armsTransfers.length + result.agreements.length + result.meetings.length;
  }
  const seconds = Number(nanos) / 1e9;
  return {
    stage: {
      articles: inputs.length,
      seconds: round(seconds),
      articlesPerSecond: round(inputs.length / seconds),
      meanBodyChars: Math.round(chars / Math.max(1, inputs.length)),
      claims,
      entities,
      events,
      failures,
    },
    inputs,
    results,
  };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
