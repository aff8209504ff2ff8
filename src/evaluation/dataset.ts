/**
 * Finding gold files and the article each one annotates. A gold file `DIR/x.json`
 * annotates the article `DIR/x.txt` (tests/gold keeps them side by side) or
 * `DIR/../corpus/x.txt` (the shared set keeps them apart); `x` is the gold's
 * `article` field, or else the file's base name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArticleFile, type ArticleFile } from '../article-file';
import { parseGold, type GoldArticle } from './gold';

export interface GoldCase {
  goldPath: string;
  articlePath: string;
  gold: GoldArticle;
  article: ArticleFile;
}

/** The gold files a path stands for: the file itself, or the `.json` files of a folder, sorted. */
export function goldFilesUnder(path: string): string[] {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new Error(`no such gold file or folder: ${path}`);
  if (statSync(absolute).isFile()) {
    if (extname(absolute) !== '.json') throw new Error(`a gold file is a .json file: ${path}`);
    return [absolute];
  }
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(absolute, name));
}

export function articleCandidates(goldPath: string, article: string): string[] {
  const folder = dirname(goldPath);
  const names = [...new Set([article, basename(goldPath, '.json')])];
  return names.flatMap((name) => [join(folder, `${name}.txt`), join(folder, '..', 'corpus', `${name}.txt`)]);
}

export function loadGoldCase(goldPath: string): GoldCase {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (error) {
    throw new Error(`${goldPath}: cannot read JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const gold = parseGold(json, goldPath);
  const candidates = articleCandidates(goldPath, gold.article);
  const articlePath = candidates.find((candidate) => existsSync(candidate));
  if (!articlePath) throw new Error(`${goldPath}: article text not found (looked for ${candidates.join(', ')})`);
  return { goldPath, articlePath, gold, article: parseArticleFile(readFileSync(articlePath, 'utf8')) };
}
