import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import depthLimit from 'graphql-depth-limit';
import type { Logger } from 'pino';
import type { ApiContext } from '../api/context';
import { resolvers } from '../api/resolvers';
import { loadTypeDefs } from '../api/schema';
import type { Config } from '../config';
import { createErrorFormatter } from './errors';
import { complexityLimitPlugin } from './limits';
import { requestLogPlugin } from './logging';

export interface ServerOptions {
  config: Readonly<Config>;
  logger: Logger;
  /** When given, in-flight requests are drained from it on stop. */
  httpServer?: Server;
}

/**
 * Builds the Apollo Server without listening (tests call `executeOperation` on it).
 * The SDL in schema/ is the contract; limits, error masking and logging are plugins.
 */
export function createApolloServer({ config, logger, httpServer }: ServerOptions): ApolloServer<ApiContext> {
  const schema = makeExecutableSchema<ApiContext>({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
  return new ApolloServer<ApiContext>({
    schema,
    validationRules: [depthLimit(config.limits.maxQueryDepth)],
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      // Our own offline GraphiQL replaces Apollo's landing page, which loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No field has cache hints: Apollo's default cache-control plugin would still wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      complexityLimitPlugin(() => schema, config.limits.maxQueryComplexity),
      requestLogPlugin(logger),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}
