import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, read once from the environment at start-up, validated and frozen.
 * Nothing else in the code base reads `process.env` (STYLE.md).
 */

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes'].includes(value)));

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ message: 'expected a whole number' })
    .int({ message: 'expected a whole number' })
    .min(min)
    .max(max)
    .optional()
    .transform((value) => value ?? fallback);

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, {
      message: 'expected a Bolt or Neo4j URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io',
    })
    .optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, { message: 'expected a database name' }).optional(),
  NEO4J_LOCAL_DIR: z.string().min(1).optional(),
  NEO4J_LOCAL_PORT: int(7687, 1, 65535),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, { message: 'expected a size such as 512m or 1g' })
    .optional()
    .transform((value) => value ?? '1g'),
  HOST: z.string().min(1).optional().transform((value) => value ?? '127.0.0.1'),
  PORT: int(4000, 0, 65535),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .transform((value) => value ?? 'info'),
  SEED: bool(true),
  SEED_DIR: z.string().min(1).optional(),
  WRITE_TOKENS: csv,
  READ_TOKENS: csv,
  MAX_QUERY_DEPTH: int(12, 2, 100),
  MAX_QUERY_COMPLEXITY: int(20000, 10, 10_000_000),
  MAX_PAGE_SIZE: int(200, 1, 10_000),
  MAX_BODY_BYTES: int(16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  DB_TIMEOUT_MS: int(30_000, 100, 3_600_000),
  JAVA_HOME: z.string().min(1).optional(),
  TEST_NEO4J_INSTANCE: z.string().regex(/^[a-z0-9-]+$/, { message: 'expected lowercase letters, digits and dashes' }).optional(),
  LLM_BASE_URL: z.string().url({ message: 'expected a URL such as http://localhost:11434/v1' }).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_API_KEY: z.string().optional(),
});

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  /** Set when an external Neo4j is configured; null means "start the local one". */
  neo4j: Neo4jConnection | null;
  /** `testInstance` names the local instance the test suite uses (its own data folder). */
  neo4jLocal: { dir: string; port: number; heap: string; testInstance: string };
  /** Java for the local Neo4j; null means the `java` on the PATH. */
  javaHome: string | null;
  database: string;
  http: { host: string; port: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seed: { enabled: boolean; dir: string };
  auth: { writeTokens: readonly string[]; readTokens: readonly string[] };
  limits: {
    maxQueryDepth: number;
    maxQueryComplexity: number;
    maxPageSize: number;
    maxBodyBytes: number;
    dbTimeoutMs: number;
  };
  llm: { baseUrl: string; model: string; apiKey: string | null } | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The repository root (where package.json lives). */
export const projectRoot = path.resolve(__dirname, '..', '..');

export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  // Empty strings count as unset, as in most twelve-factor tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) {
    problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  if ((e.LLM_BASE_URL === undefined) !== (e.LLM_MODEL === undefined)) {
    problems.push('LLM_BASE_URL and LLM_MODEL: set both or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const database = e.NEO4J_DATABASE ?? 'neo4j';
  const config: Config = {
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER ?? 'neo4j', password: e.NEO4J_PASSWORD ?? '', database }
      : null,
    neo4jLocal: {
      dir: path.resolve(projectRoot, e.NEO4J_LOCAL_DIR ?? '.cache/neo4j'),
      port: e.NEO4J_LOCAL_PORT,
      heap: e.NEO4J_LOCAL_HEAP,
      testInstance: e.TEST_NEO4J_INSTANCE ?? 'test',
    },
    javaHome: e.JAVA_HOME ?? null,
    database,
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    seed: { enabled: e.SEED, dir: path.resolve(projectRoot, e.SEED_DIR ?? 'seeds') },
    auth: { writeTokens: Object.freeze(e.WRITE_TOKENS), readTokens: Object.freeze(e.READ_TOKENS) },
    limits: {
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      maxQueryComplexity: e.MAX_QUERY_COMPLEXITY,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxBodyBytes: e.MAX_BODY_BYTES,
      dbTimeoutMs: e.DB_TIMEOUT_MS,
    },
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? { baseUrl: e.LLM_BASE_URL, model: e.LLM_MODEL, apiKey: e.LLM_API_KEY ?? null }
        : null,
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
