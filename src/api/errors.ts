import { GraphQLError } from 'graphql';

/** The error codes resolvers raise (the server masks anything else as INTERNAL_SERVER_ERROR). */
export type UserErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const HTTP_STATUS: Record<UserErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

export function apiError(code: UserErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** For errors thrown before execution (context creation), where Apollo uses `http.status`. */
export function requestError(code: UserErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: HTTP_STATUS[code] } } });
}
