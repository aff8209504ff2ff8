import { writeCorpusFiles } from './corpus';

/**
 * Writes the generated corpus as article files, for measuring ingestion end to end through the
 * command line (extraction and writing overlapped, as a user would run it):
 *
 *   npx tsx bench/write-corpus.ts 5000 /tmp/corpus [seed]
 *   npx conflict-graph ingest /tmp/corpus [--batch-size 200]
 */
async function main(argv: string[]): Promise<void> {
  const [articles, dir, seed = '20241018'] = argv;
  const count = Number(articles);
  if (!Number.isInteger(count) || count <= 0 || !dir) {
    throw new Error('usage: npx tsx bench/write-corpus.ts ARTICLES DIR [SEED]');
  }
  const written = await writeCorpusFiles({ seed: Number(seed), articles: count }, dir);
  process.stdout.write(`wrote ${written} article files under ${dir}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`write-corpus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
