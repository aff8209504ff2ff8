import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArticleFile } from '../article-file';
import type { ArticleInput } from '../extraction/types';

/** Extensions read as article files when a folder is given. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** Files to ingest from files and folders (folders walked recursively, in name order). */
export async function listArticleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new Error(`No such file or folder: ${given}`);
    if (info.isFile()) {
      files.push(path.resolve(given));
      continue;
    }
    const entries = (await readdir(given, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(given, entry.name);
      if (entry.isDirectory()) files.push(...(await listArticleFiles([full])));
      else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(path.resolve(full));
    }
  }
  return [...new Set(files)];
}

/** An article file (header + body) as ingestion input. */
export async function readArticleFile(file: string): Promise<ArticleInput> {
  const parsed = parseArticleFile(await readFile(file, 'utf8'));
  return {
    body: parsed.body,
    title: parsed.title,
    outlet: parsed.outlet,
    url: parsed.url,
    published: parsed.published,
    language: parsed.language,
  };
}
