import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config';
import { sha256 } from '../graph/names';
import { apiError, requestError } from './errors';

export interface AuthState {
  /** A label for audit records: never the token itself. */
  actor: string | null;
  canRead: boolean;
  canWrite: boolean;
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/** Constant-time membership, so response timing does not reveal how much of a token matched. */
function listed(token: string, tokens: readonly string[]): boolean {
  const digest = Buffer.from(sha256(token), 'hex');
  let found = false;
  for (const candidate of tokens) {
    if (timingSafeEqual(digest, Buffer.from(sha256(candidate), 'hex'))) found = true;
  }
  return found;
}

/**
 * Reads are open unless READ_TOKENS is set (then a read or write token is needed);
 * mutations need a WRITE_TOKENS token. A bad token on a protected read fails the whole
 * request with UNAUTHENTICATED before anything runs.
 */
export function authenticate(req: IncomingMessage, auth: Config['auth']): AuthState {
  const token = bearer(req);
  const canWrite = token !== null && listed(token, auth.writeTokens);
  const canReadWithToken = token !== null && (canWrite || listed(token, auth.readTokens));
  const readsOpen = auth.readTokens.length === 0;
  if (!readsOpen && !canReadWithToken) {
    throw requestError('UNAUTHENTICATED', 'A valid token is required: send Authorization: Bearer <token>.');
  }
  return {
    actor: token !== null && (canWrite || canReadWithToken) ? `token:${sha256(token).slice(0, 12)}` : null,
    canRead: readsOpen || canReadWithToken,
    canWrite,
  };
}

/** Mutations call this first: nothing is written without a write token. */
export function requireWriter(auth: AuthState): string {
  if (auth.canWrite && auth.actor) return auth.actor;
  if (auth.actor) throw apiError('FORBIDDEN', 'This token may read but not write.');
  throw apiError('UNAUTHENTICATED', 'Mutations need Authorization: Bearer <token> with a write token.');
}
