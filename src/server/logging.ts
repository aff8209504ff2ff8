import type { ApolloServerPlugin } from '@apollo/server';
import pino, { type Logger } from 'pino';
import type { ApiContext } from '../api/context';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'conflict-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** One structured line per GraphQL operation: name, duration, database round trips, errors. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, errors }) {
          logger.info(
            {
              operation: request.operationName ?? null,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              roundTrips: contextValue.roundTrips?.count ?? 0,
              errors: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN') ?? [],
            },
            'graphql',
          );
        },
      };
    },
  };
}
