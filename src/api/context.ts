import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Executor, RoundTripCounter } from '../db/executor';
import { defaultExtract } from '../graph/extractor';
import { IngestService, type ExtractFn } from '../graph/ingest-service';
import { ReadService } from '../graph/read-service';
import { WriteService } from '../graph/write-service';
import { authenticate, type AuthState } from './auth';
import { createLoaders, type Loaders } from './loaders';

/** Per-request context: built fresh for every request, never mutated by resolvers. */
export interface ApiContext {
  executor: Executor;
  config: Readonly<Config>;
  logger: Logger;
  /** Queries sent to Neo4j during this request. */
  roundTrips: RoundTripCounter;
  auth: AuthState;
  read: ReadService;
  write: WriteService;
  ingest: IngestService;
  loaders: Loaders;
}

export interface ContextDeps {
  executor: Executor;
  config: Readonly<Config>;
  logger: Logger;
  /** The extractor used by ingest mutations; defaults to src/extraction's `extractArticle`. */
  extract?: ExtractFn;
}

export function createContextFactory(deps: ContextDeps): (args: { req: IncomingMessage }) => Promise<ApiContext> {
  const extract = deps.extract ?? defaultExtract;
  return async ({ req }) => {
    const auth = authenticate(req, deps.config.auth);
    const roundTrips: RoundTripCounter = { count: 0, names: [] };
    const read = new ReadService(deps.executor, roundTrips);
    return {
      executor: deps.executor,
      config: deps.config,
      logger: deps.logger,
      roundTrips,
      auth,
      read,
      write: new WriteService(deps.executor, roundTrips),
      ingest: new IngestService(deps.executor, extract),
      loaders: createLoaders(read),
    };
  };
}
