import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

/** The only `extensions.code` values clients ever see (STYLE.md, principle 7). */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Apollo's own request-level codes, all of which are the client's mistake. */
const CLIENT_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function userError(code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/**
 * Keeps errors that were meant for users; masks everything else (driver errors, bugs)
 * as INTERNAL_SERVER_ERROR after logging it, so database internals never reach clients.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return formatted;
    }
    if (typeof code === 'string' && CLIENT_MISTAKES.has(code)) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code } };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
