import type { Extractor } from '../types';
export interface LlmExtractorOptions { baseUrl: string; model: string; apiKey?: string }
export function createLlmExtractor(_options: LlmExtractorOptions): Extractor {
  throw new Error('not yet');
}
