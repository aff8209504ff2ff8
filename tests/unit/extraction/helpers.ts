import { runPipeline, STAGES } from '../../../src/extraction/pipeline';
import type { ArticleDoc } from '../../../src/extraction/document';
import type { ArticleInput } from '../../../src/extraction/types';

/** Runs the pipeline up to and including the named stage, so a stage is tested with only what it needs. */
export function runUntil(stage: string, input: ArticleInput): ArticleDoc {
  const index = STAGES.findIndex((s) => s.name === stage);
  if (index < 0) throw new Error(`no stage ${stage}`);
  return runPipeline(input, undefined, STAGES.slice(0, index + 1));
}

/** Entity ids of the mentions whose text is `surface`. */
export function idsOf(doc: ArticleDoc, surface: string): string[] {
  return doc.mentions.filter((m) => doc.body.slice(m.start, m.end) === surface).map((m) => m.entityId);
}
