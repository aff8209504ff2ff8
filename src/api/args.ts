import type { Config } from '../config';
import { firstDay, lastDay, parsePartialDate } from '../graph/dates';
import type { ClaimKeyset, ClaimOrder } from '../db/queries/claims';
import { apiError } from './errors';

/**
 * Argument parsing shared by resolvers: page sizes, cursors and dates. Every problem is
 * a BAD_USER_INPUT naming the argument.
 */

export function pageSize(first: number | null | undefined, fallback: number, limits: Config['limits'], argument = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0) throw apiError('BAD_USER_INPUT', `${argument} must be a whole number >= 0.`, { argument });
  if (value > limits.maxPageSize) {
    throw apiError('BAD_USER_INPUT', `${argument} must be at most ${limits.maxPageSize} (MAX_PAGE_SIZE).`, { argument, max: limits.maxPageSize });
  }
  return value;
}

/** Cursors are opaque to clients: base64url of `o:<offset>`. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw apiError('BAD_USER_INPUT', 'after is not a cursor returned by this API.', { argument: 'after' });
  return Number(match[1]) + 1;
}

/**
 * Claim cursors are keyset cursors, opaque to clients: base64url of `k:` and the JSON of
 * [order field, direction, sort key, claim id]. A page after one resumes right after that claim,
 * whatever was written since, and costs the same however deep it is.
 */
export function encodeClaimCursor(order: ClaimOrder, key: string | number, id: string): string {
  return Buffer.from(`k:${JSON.stringify([order.field, order.direction, key, id])}`, 'utf8').toString('base64url');
}

export function decodeClaimCursor(cursor: string | null | undefined, order: ClaimOrder): ClaimKeyset | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const invalid = () => apiError('BAD_USER_INPUT', 'after is not a cursor returned by this API for claims.', { argument: 'after' });
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:')) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(2));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [field, direction, key, id] = parsed as unknown[];
  if ((typeof key !== 'string' && typeof key !== 'number') || typeof id !== 'string') throw invalid();
  if (field !== order.field || direction !== order.direction) {
    throw apiError('BAD_USER_INPUT', 'after is a cursor of claims in another order: ask again with the orderBy it came with.', { argument: 'after' });
  }
  return { key, id };
}

export function dayFrom(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const date = parsePartialDate(value);
  if (!date) throw apiError('BAD_USER_INPUT', `${argument} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}".`, { argument });
  return firstDay(date);
}

export function dayTo(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const date = parsePartialDate(value);
  if (!date) throw apiError('BAD_USER_INPUT', `${argument} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}".`, { argument });
  return lastDay(date);
}

export function nonEmpty(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') throw apiError('BAD_USER_INPUT', `${argument} must not be empty.`, { argument });
  if (trimmed.length > 500) throw apiError('BAD_USER_INPUT', `${argument} is too long (500 characters at most).`, { argument });
  return trimmed;
}

export function connection<T>(page: { totalCount: number; nodes: T[]; skip: number }) {
  const edges = page.nodes.map((node, index) => ({ cursor: encodeCursor(page.skip + index), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.skip + page.nodes.length < page.totalCount,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
