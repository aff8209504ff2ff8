/**
 * `conflict-graph eval [paths...]`: score the extractor against gold annotations
 * (matching rules in ../shared/gold/FORMAT.md). A report, not a gate: it exits 0
 * whatever the scores, and non-zero only when its input is unusable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  formatF1ByGroup,
  formatReport,
  goldFilesUnder,
  goldToPrediction,
  loadGoldCase,
  parsePrediction,
  scoreArticle,
  sumScores,
  type ArticleScore,
  type Figures,
  type GoldCase,
  type Prediction,
  withoutTeasers,
} from '../../evaluation';
import type { ArticleInput } from '../../extraction/types';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** The shared development set sits beside the repository; the repository's own set is tests/gold. */
export const DEFAULT_GOLD_DIRS = [resolve(REPO_ROOT, '..', 'shared', 'gold'), join(REPO_ROOT, 'tests', 'gold')];

export type ExtractArticle = (input: ArticleInput) => Promise<Prediction> | Prediction;

export interface EvalOptions {
  /** Gold files or folders; empty means `gold`, or else the defaults. */
  paths: string[];
  gold: string[];
  strictArticle: boolean;
  /** Score saved predictions `<dir>/<article>.json` instead of running the extractor. */
  predictions?: string;
  /** Score each gold against itself: checks the scorer and the annotations (must give 1.0). */
  goldAsPrediction: boolean;
}

export interface EvalReport {
  strictArticle: boolean;
  source: 'extractor' | 'predictions' | 'gold';
  articles: Array<{
    article: string;
    gold: string;
    text: string;
    language: 'fr' | 'en' | null;
    score: ArticleScore;
    figures: Figures;
  }>;
  total: Figures;
  /** The same figures per article language (from the header), to see French and English apart. */
  byLanguage: Record<string, Figures>;
}

function goldPaths(options: EvalOptions): string[] {
  const chosen = options.paths.length > 0 ? options.paths : options.gold;
  if (chosen.length > 0) return chosen.flatMap(goldFilesUnder);
  const present = DEFAULT_GOLD_DIRS.filter((dir) => existsSync(dir));
  if (present.length === 0) throw new Error(`no gold folder found (looked for ${DEFAULT_GOLD_DIRS.join(', ')})`);
  return present.flatMap(goldFilesUnder);
}

async function predictionFor(
  goldCase: GoldCase,
  options: EvalOptions,
  extract: ExtractArticle | null,
): Promise<{ prediction: Prediction; failure: string | null }> {
  const { gold, article } = goldCase;
  if (options.goldAsPrediction) {
    // Under --strict-article a perfect extractor leaves the teaser out too.
    const expected = options.strictArticle ? withoutTeasers(gold) : gold;
    return { prediction: goldToPrediction(expected, article.body), failure: null };
  }
  if (options.predictions) {
    const path = join(options.predictions, `${gold.article}.json`);
    if (!existsSync(path)) throw new Error(`no saved prediction for ${gold.article}: ${path}`);
    return { prediction: parsePrediction(JSON.parse(readFileSync(path, 'utf8')), path), failure: null };
  }
  try {
    const prediction = await extract!({
      body: article.body,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      language: article.language,
    });
    return { prediction, failure: null };
  } catch (error) {
    // One failing article is a finding of the report, not a reason to stop it.
    const message = error instanceof Error ? error.message : String(error);
    const empty: Prediction = { entities: [], claims: [], deployments: [], armsTransfers: [], agreements: [] };
    return { prediction: empty, failure: `extractor failed: ${message}` };
  }
}

export async function runEval(options: EvalOptions, extract?: ExtractArticle): Promise<EvalReport> {
  const cases = goldPaths(options).map(loadGoldCase);
  const seen = new Map<string, string>();
  for (const goldCase of cases) {
    const previous = seen.get(goldCase.gold.article);
    if (previous) throw new Error(`article "${goldCase.gold.article}" has two gold files: ${previous} and ${goldCase.goldPath}`);
    seen.set(goldCase.gold.article, goldCase.goldPath);
  }
  const source = options.goldAsPrediction ? 'gold' : options.predictions ? 'predictions' : 'extractor';
  // Loaded only when needed: scoring saved predictions or the gold itself does not pay for the pipeline.
  // (`require`, not `import()`: the CLI runs under tsx's CommonJS loader, which `import()` bypasses.)
  const extractor =
    source === 'extractor' ? (extract ?? (require('../../extraction') as typeof import('../../extraction')).extractArticle) : null;

  const articles: EvalReport['articles'] = [];
  for (const goldCase of cases) {
    const { prediction, failure } = await predictionFor(goldCase, options, extractor);
    const score = scoreArticle(goldCase.gold, goldCase.article.body, prediction, { strictArticle: options.strictArticle });
    if (failure) score.warnings.unshift(failure);
    articles.push({
      article: goldCase.gold.article,
      gold: goldCase.goldPath,
      text: goldCase.articlePath,
      language: goldCase.article.language,
      score,
      figures: sumScores([score]),
    });
  }
  return {
    strictArticle: options.strictArticle,
    source,
    articles,
    total: sumScores(articles.map((entry) => entry.score)),
    byLanguage: figuresByLanguage(articles),
  };
}

function figuresByLanguage(articles: EvalReport['articles']): Record<string, Figures> {
  const groups = new Map<string, ArticleScore[]>();
  for (const entry of articles) {
    const language = entry.language ?? 'unknown';
    groups.set(language, [...(groups.get(language) ?? []), entry.score]);
  }
  return Object.fromEntries([...groups.entries()].sort().map(([language, scores]) => [language, sumScores(scores)]));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerEval(program: Command): Command {
  return program
    .command('eval')
    .description('score extraction against gold annotations (P/R/F1 per kind, micro-averaged over articles)')
    .argument('[paths...]', 'gold .json files or folders (default: ../shared/gold and tests/gold)')
    .option('--gold <dir>', 'a gold folder (repeatable); used when no paths are given', collect, [] as string[])
    .option('--strict-article', 'drop gold items from embedded teasers (source_section "teaser")', false)
    .option('--predictions <dir>', 'score saved predictions <dir>/<article>.json instead of running the extractor')
    .option('--gold-as-prediction', 'score each gold against itself (a check of scorer and annotations)', false)
    .option('--verbose', 'per-article figures, with missed, spurious and wrong items', false)
    .option('--json', 'print the figures as JSON', false)
    .action(async (paths: string[], flags: Record<string, unknown>) => {
      const report = await runEval({
        paths,
        gold: flags.gold as string[],
        strictArticle: Boolean(flags.strictArticle),
        predictions: flags.predictions as string | undefined,
        goldAsPrediction: Boolean(flags.goldAsPrediction),
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      for (const entry of report.articles) {
        for (const warning of entry.score.warnings) process.stderr.write(`${entry.article}: ${warning}\n`);
      }
      const title = `Extraction scores (${report.source}${report.strictArticle ? ', strict article' : ''})`;
      process.stdout.write(
        `${formatReport(report.articles.map((entry) => entry.score), { verbose: Boolean(flags.verbose), title })}\n`,
      );
      process.stdout.write(`${formatF1ByGroup(report.byLanguage, 'language')}\n`);
    });
}
