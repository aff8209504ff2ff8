import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateArticles, type CorpusOptions, type GeneratedArticle } from './generate';

/** The article file format of src/article-file.ts: a header, a blank line, the body. */
export function formatArticleFile(article: GeneratedArticle): string {
  const { input } = article;
  return [
    `url: ${input.url}`,
    `title: ${input.title}`,
    `outlet: ${input.outlet}`,
    `published: ${input.published}`,
    `language: ${input.language}`,
    '',
    input.body,
  ].join('\n');
}

/** Writes the corpus as `<dir>/<shard>/<index>.txt` (1,000 files per folder). Returns the file count. */
export async function writeCorpusFiles(options: CorpusOptions, dir: string): Promise<number> {
  let count = 0;
  for (const article of generateArticles(options)) {
    const shard = path.join(dir, String(Math.floor(article.index / 1000)).padStart(3, '0'));
    if (article.index % 1000 === 0) await mkdir(shard, { recursive: true });
    await writeFile(path.join(shard, `${String(article.index).padStart(6, '0')}-${article.input.language}.txt`), formatArticleFile(article));
    count += 1;
  }
  return count;
}
