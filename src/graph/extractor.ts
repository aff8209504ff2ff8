import type { ArticleInput, ExtractionResult } from '../extraction/types';
import type { ExtractFn } from './ingest-service';

/**
 * The extractor the graph ingests with: `extractArticle` from src/extraction (synchronous
 * and pure). Loaded on first use so that read-only uses of the graph (the API answering
 * queries) do not pay for loading lexicons.
 */
export const defaultExtract: ExtractFn = (input: ArticleInput): ExtractionResult => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extraction = require('../extraction') as { extractArticle(input: ArticleInput): ExtractionResult };
  return extraction.extractArticle(input);
};
