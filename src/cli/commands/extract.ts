/**
 * `conflict-graph extract BODY_FILE [--published D] [--language fr|en] [--title T] [--outlet O]`:
 * prints one extraction result (FORMAT.md shape, camelCase) as JSON on stdout.
 * A file that opens with the article header (url:/title:/outlet:/published:/language:)
 * is split into header and body; offsets are then into the body. Errors go to
 * stderr with a non-zero exit code.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { parseArticleFile } from '../../article-file';
import { extractArticle } from '../../extraction';
import type { ArticleInput, ExtractionResult, Language } from '../../extraction/types';

export interface ExtractCliOptions {
  published?: string;
  language?: string;
  title?: string;
  outlet?: string;
}

/** Exit codes: 2 bad arguments or unreadable file, 3 the text cannot be extracted (empty, binary, unhandled language). */
export class ExtractCliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

const MAX_BYTES = 50 * 1024 * 1024;

export function buildInput(text: string, options: ExtractCliOptions): ArticleInput {
  const file = parseArticleFile(text);
  if (options.published !== undefined && !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(options.published)) {
    throw new ExtractCliError(`--published must be YYYY-MM-DD or YYYY-MM, got "${options.published}"`, 2);
  }
  let language: Language | null = file.language;
  if (options.language !== undefined) {
    if (options.language !== 'fr' && options.language !== 'en') {
      throw new ExtractCliError(`--language must be fr or en, got "${options.language}"`, 2);
    }
    language = options.language;
  }
  return {
    body: file.body,
    title: options.title ?? file.title,
    outlet: options.outlet ?? file.outlet,
    url: file.url,
    published: options.published ?? file.published,
    language,
  };
}

/** Runs the extraction for a file; throws ExtractCliError for what the user must fix. */
export function extractFile(path: string, options: ExtractCliOptions): ExtractionResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ExtractCliError(`cannot read ${path}`, 2);
  }
  if (size > MAX_BYTES) throw new ExtractCliError(`${path} is ${size} bytes; the limit is ${MAX_BYTES}`, 2);
  const text = readFileSync(path, 'utf8');
  const result = extractArticle(buildInput(text, options));
  const fatal = result.diagnostics.find((d) => d.severity === 'error' && (d.stage === 'normalise' || d.stage === 'language'));
  if (fatal) throw new ExtractCliError(fatal.message, 3);
  return result;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, events and attributed claims from one article; prints JSON')
    .argument('<body-file>', 'the article body (or an article file with its header)')
    .option('--published <date>', 'publication date, YYYY-MM-DD or YYYY-MM')
    .option('--language <lang>', 'fr or en (detected when missing)')
    .option('--title <title>', 'article title')
    .option('--outlet <outlet>', 'publishing outlet')
    .action((bodyFile: string, options: ExtractCliOptions) => {
      try {
        const result = extractFile(bodyFile, options);
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      } catch (error) {
        if (error instanceof ExtractCliError) {
          process.stderr.write(`conflict-graph extract: ${error.message}\n`);
          process.exitCode = error.exitCode;
          return;
        }
        throw error;
      }
    });
}
