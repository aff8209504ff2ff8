import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * A minimal typed GraphQL client for research scripts: the document's generated types give
 * the variables and the result. Talks to `CONFLICT_GRAPH_URL` (default http://localhost:4000/graphql)
 * with `CONFLICT_GRAPH_TOKEN` as bearer token when set.
 */
export interface ClientOptions {
  url: string;
  token?: string | null;
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export function clientOptionsFromEnv(env: Record<string, string | undefined>): ClientOptions {
  return { url: env.CONFLICT_GRAPH_URL ?? 'http://localhost:4000/graphql', token: env.CONFLICT_GRAPH_TOKEN ?? null };
}

export async function request<TResult, TVariables extends Record<string, unknown>>(
  options: ClientOptions,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors && body.errors.length > 0) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors.map((e) => e.extensions?.code ?? 'UNKNOWN'));
  }
  if (!body.data) throw new GraphQLRequestError(`HTTP ${response.status} without data`, []);
  return body.data;
}

/** Every page of a cursor-paginated field, one request per page. */
export async function* pages<TPage extends { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>(
  fetchPage: (after: string | null) => Promise<TPage>,
  maxPages = 10_000,
): AsyncGenerator<TPage> {
  let after: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const current: TPage = await fetchPage(after);
    yield current;
    if (!current.pageInfo.hasNextPage || !current.pageInfo.endCursor) return;
    after = current.pageInfo.endCursor;
  }
}
