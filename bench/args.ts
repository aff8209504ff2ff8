/** Options of `npm run bench`. */
export interface BenchOptions {
  articles: number[];
  clients: number[];
  durationS: number;
  seed: number;
  /** Skip the floor and @neo4j/graphql load runs; short load runs. For a quick look and the test suite. */
  quick: boolean;
  /** Write docs/benchmarks.md (off for the test suite). */
  writeDocs: boolean;
  resultsDir: string;
  /** Seconds the service may spend ingesting one size before the bench stops it (and skips its queries). */
  timeBudgetS: number | undefined;
  /** Query stages only, on the graph a previous run left in the database (one size). */
  reuse: boolean;
  /** Keep the sizes of bench/results/latest.json that this run does not measure. */
  merge: boolean;
  /** Rewrite docs/benchmarks.md from bench/results/latest.json and stop. */
  reportOnly: boolean;
}

export const DEFAULTS: Omit<BenchOptions, 'resultsDir' | 'timeBudgetS' | 'reuse' | 'merge' | 'reportOnly'> = {
  articles: [10_000, 100_000],
  clients: [1, 16],
  durationS: 10,
  seed: 20241018,
  quick: false,
  writeDocs: true,
};

function list(value: string, flag: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.replace(/_/g, '').trim()));
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`${flag} expects positive whole numbers separated by commas, got "${value}"`);
  return numbers;
}

/** Parses `--articles 10000,100000 --clients 1,16 --duration 10 --seed N --time-budget S --reuse --merge --report-only --quick --no-docs --results DIR`. */
export function parseArgs(argv: readonly string[], resultsDir: string): BenchOptions {
  const options: BenchOptions = { ...DEFAULTS, resultsDir, timeBudgetS: undefined, reuse: false, merge: false, reportOnly: false };
  let durationGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
      i += 1;
      return next;
    };
    switch (flag) {
      case '--articles':
        options.articles = list(value(), flag);
        break;
      case '--clients':
        options.clients = list(value(), flag);
        break;
      case '--duration': {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) throw new Error('--duration expects seconds between 0 and 600');
        options.durationS = seconds;
        durationGiven = true;
        break;
      }
      case '--seed':
        options.seed = list(value(), flag)[0];
        break;
      case '--time-budget': {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('--time-budget expects seconds');
        options.timeBudgetS = seconds;
        break;
      }
      case '--report-only':
        options.reportOnly = true;
        break;
      case '--merge':
        options.merge = true;
        break;
      case '--reuse':
        options.reuse = true;
        break;
      case '--quick':
        options.quick = true;
        break;
      case '--no-docs':
        options.writeDocs = false;
        break;
      case '--results':
        options.resultsDir = value();
        break;
      default:
        throw new Error(`unknown option ${flag}; see docs/benchmarks.md`);
    }
  }
  if (options.quick && !durationGiven) options.durationS = 3;
  if (options.reuse && options.articles.length !== 1) throw new Error('--reuse works on the graph already in the database: give the one size it holds with --articles');
  return options;
}
