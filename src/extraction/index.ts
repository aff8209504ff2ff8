/**
 * Extraction: an article (body plus optional title, outlet, date, language) into
 * entities, events and attributed claims, each with evidence offsets into the body.
 */
import type { ArticleInput, ExtractionResult, Extractor } from './types';
import { runPipeline, toResult, EXTRACTOR_NAME } from './pipeline';
import { buildLexicon, defaultLexicon, type Lexicon } from './lexicon/lexicon';

export * from './types';
export { createLlmExtractor, type LlmExtractorOptions } from './llm/llm-extractor';
export { STAGES, runPipeline } from './pipeline';
export { buildLexicon, defaultLexicon } from './lexicon/lexicon';

/** Synchronous, pure and deterministic: the same input gives the same result. */
export function extractArticle(input: ArticleInput, lexicon: Lexicon = defaultLexicon()): ExtractionResult {
  return toResult(runPipeline(input, lexicon));
}

export interface RuleBasedOptions {
  /** A folder with the same JSON files as `lexicons/`, to extend or replace them. */
  lexiconDir?: string;
}

export function createRuleBasedExtractor(options: RuleBasedOptions = {}): Extractor {
  const lexicon = options.lexiconDir ? buildLexicon(options.lexiconDir) : undefined;
  return {
    name: EXTRACTOR_NAME,
    extract: async (input: ArticleInput) => extractArticle(input, lexicon ?? defaultLexicon()),
  };
}
