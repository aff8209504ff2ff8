/**
 * Extraction benchmark: articles per second on one core (this process, one thread)
 * for the dev articles (../shared/corpus and tests/gold, about 1-4 KB), for
 * generated wire copy (bench/corpus), and for long articles (dev articles
 * concatenated to about 30 KB and 300 KB). Writes docs/benchmarks-extraction.md.
 *
 *   npm run bench:extract [-- --seconds 3]
 *   npm run bench:extract -- --stages [--seconds 8]   (time per pipeline stage on the 3 KB set; printed only)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { parseArticleFile } from '../src/article-file';
import { extractArticle, defaultLexicon } from '../src/extraction';
import { STAGES, toResult } from '../src/extraction/pipeline';
import { emptyDoc } from '../src/extraction/document';
import type { ArticleInput } from '../src/extraction/types';
import { generateArticles } from './corpus/generate';

const ROOT = resolve(__dirname, '..');

function argSeconds(): number {
  const i = process.argv.indexOf('--seconds');
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : 3;
}

function loadDir(dir: string): ArticleInput[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const a = parseArticleFile(readFileSync(join(dir, f), 'utf8'));
      return { body: a.body, title: a.title, outlet: a.outlet, published: a.published, language: a.language };
    });
}

/**
 * Text read before measuring, at least (and at least a second). V8 takes a couple of hundred 3 KB articles to
 * optimise the stages, longer when other processes hold the cores (its compiler runs on a thread of its own): after
 * a one-second warm-up the first set measured ran 2 to 6 times slower than its steady speed, and `--stages` 5 to 9
 * times (about 60–100 ms per 3 KB article against 10–12 ms).
 */
const WARM_CHARS = 1_000_000;

interface Row {
  set: string;
  articles: number;
  meanKb: number;
  perSecond: number;
  /** Articles per second of CPU time used by this process: what one uncontended core gives. */
  perCpuSecond: number;
  msPerArticle: number;
  kbPerSecond: number;
}

function measure(set: string, inputs: ArticleInput[], seconds: number): Row {
  // Warm-up (see WARM_CHARS): JIT and the lazily built lexicon.
  const warm = performance.now();
  for (let i = 0, read = 0; performance.now() - warm < 1000 || i < inputs.length || read < WARM_CHARS; i++) {
    const input = inputs[i % inputs.length];
    extractArticle(input);
    read += input.body.length;
  }
  let done = 0;
  let chars = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const budget = seconds * 1000;
  while (performance.now() - start < budget || done < inputs.length) {
    const input = inputs[done % inputs.length];
    extractArticle(input);
    chars += input.body.length;
    done++;
  }
  const elapsed = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const meanKb = inputs.reduce((n, a) => n + a.body.length, 0) / inputs.length / 1024;
  return {
    set, articles: inputs.length, meanKb, perSecond: done / elapsed, perCpuSecond: done / cpuSeconds, msPerArticle: (elapsed * 1000) / done, kbPerSecond: chars / 1024 / elapsed,
  };
}

function concatTo(inputs: ArticleInput[], targetChars: number, language: 'fr' | 'en'): ArticleInput {
  const same = inputs.filter((a) => a.language === language);
  let body = '';
  for (let i = 0; body.length < targetChars; i++) body += same[i % same.length].body + '\n\n';
  return { body, published: same[0].published, language };
}

/**
 * Time per stage (ms per article) on a set, one process: `npm run bench:extract -- --stages`. Printed only; the
 * table in docs/ is left as it is.
 */
function stageTimes(inputs: ArticleInput[], seconds: number): string {
  const lexicon = defaultLexicon();
  const run = (input: ArticleInput, into: Map<string, number> | null) => {
    let doc = emptyDoc(input, lexicon);
    for (const stage of STAGES) {
      const t = performance.now();
      doc = stage.run(doc);
      into?.set(stage.name, (into.get(stage.name) ?? 0) + performance.now() - t);
    }
    const t = performance.now();
    toResult(doc);
    into?.set('toResult', (into.get('toResult') ?? 0) + performance.now() - t);
  };
  const warm = performance.now();
  for (let i = 0, read = 0; performance.now() - warm < 1000 || read < WARM_CHARS; i++) {
    run(inputs[i % inputs.length], null);
    read += inputs[i % inputs.length].body.length;
  }
  const times = new Map<string, number>();
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) run(inputs[done++ % inputs.length], times);
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  return [
    '| stage | ms/article | share |', '|---|---:|---:|',
    ...[...times].map(([name, ms]) => `| ${name} | ${(ms / done).toFixed(3)} | ${((100 * ms) / total).toFixed(1)} % |`),
    `| all | ${(total / done).toFixed(3)} | ${(1000 * done / total).toFixed(0)} articles/s |`,
  ].join('\n');
}

function main(): void {
  const seconds = argSeconds();
  const t0 = performance.now();
  defaultLexicon();
  const lexiconMs = performance.now() - t0;
  const dev = [...loadDir(resolve(ROOT, '..', 'shared', 'corpus')), ...loadDir(join(ROOT, 'tests', 'gold'))];
  const generated: ArticleInput[] = [];
  for (const a of generateArticles({ seed: 7, articles: 300 })) generated.push(a.input);
  const threeKb = [concatTo(dev, 3_000, 'fr'), concatTo(dev, 3_000, 'en'), concatTo(dev.slice(5), 3_000, 'fr'), concatTo(dev.slice(5), 3_000, 'en')];
  if (process.argv.includes('--stages')) {
    process.stdout.write(`3 KB articles, time per stage:\n${stageTimes(threeKb, seconds)}\n`);
    return;
  }
  const rows: Row[] = [];
  rows.push(measure('dev articles (shared corpus + tests/gold)', dev, seconds));
  rows.push(measure('generated wire copy (bench/corpus, 300 articles)', generated, seconds));
  rows.push(measure('3 KB articles (dev articles concatenated to ~3 KB)', threeKb, seconds));
  rows.push(measure('long articles, ~30 KB (dev concatenated)', [concatTo(dev, 30_000, 'fr'), concatTo(dev, 30_000, 'en')], seconds));
  rows.push(measure('long articles, ~300 KB (dev concatenated)', [concatTo(dev, 300_000, 'fr'), concatTo(dev, 300_000, 'en')], seconds));

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg().map((x) => x.toFixed(1)).join(', ');
  const table = [
    '| set | articles | mean size | articles/s (wall) | articles per CPU-second | ms/article (wall) | KB/s (wall) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.set} | ${r.articles} | ${r.meanKb.toFixed(1)} KB | ${r.perSecond.toFixed(0)} | ${r.perCpuSecond.toFixed(0)} | ${r.msPerArticle.toFixed(2)} | ${r.kbPerSecond.toFixed(0)} |`),
  ].join('\n');
  const doc = [
    '# Extraction benchmark',
    '',
    'Rule-based extractor (`extractArticle`), one thread on one core, measured by `npm run bench:extract`',
    `(bench/extract.ts; about ${seconds} s per set after a warm-up). Node ${process.version}, ${cpu}.`,
    `Building the lexicon once (first call) takes ${lexiconMs.toFixed(0)} ms and is not counted.`,
    `Load average while measuring: ${load} on ${os.cpus().length} cores (other processes share them, so these are lower bounds).`,
    '',
    table,
    '',
    '"articles per CPU-second" divides by the CPU time this process used (user + system), which is what',
    'one core gives when nothing else competes for it; "wall" figures include time spent waiting for the CPU.',
    'A ~3 KB row is measured on dev articles concatenated to about 3 KB.',
    '',
    'The aim is at least 200 articles/s for 3 KB articles on one core. Bodies longer than 400,000',
    'characters are analysed up to that length (a diagnostic says so).',
    '',
  ].join('\n');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  // The hand-written "## History" section (dated notes on what changed the speed) is kept across runs.
  const path = join(ROOT, 'docs', 'benchmarks-extraction.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const history = previous.indexOf('\n## History\n');
  writeFileSync(path, history >= 0 ? `${doc}\n${previous.slice(history + 1)}` : doc);
  process.stdout.write(table + '\n');
}

main();
