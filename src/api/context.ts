import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Executor, RoundTripCounter } from '../db/executor';

/** Per-request context: built fresh for every request, never mutated by resolvers. */
export interface ApiContext {
  executor: Executor;
  config: Readonly<Config>;
  logger: Logger;
  /** Queries sent to Neo4j during this request. */
  roundTrips: RoundTripCounter;
}

export interface ContextDeps {
  executor: Executor;
  config: Readonly<Config>;
  logger: Logger;
}

export function createContextFactory(deps: ContextDeps): (args: { req: IncomingMessage }) => Promise<ApiContext> {
  return async () => ({ ...deps, roundTrips: { count: 0, names: [] } });
}
