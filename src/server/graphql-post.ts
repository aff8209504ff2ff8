import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';

/** The JSON error bodies the HTTP layer answers with itself (Apollo never sees these requests). */
export function httpErrorBody(message: string, code: 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR'): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** True for the requests `graphqlPostHandler` answers: POST /graphql (any query string). */
export function isGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url) return false;
  const end = req.url.indexOf('?');
  return (end === -1 ? req.url : req.url.slice(0, end)) === '/graphql';
}

/**
 * POST /graphql straight from node:http to Apollo, the way `@as-integrations/express5` does it
 * but without Express's router, body parser and per-response ETag hash, which cost about as much
 * as Apollo's own work on a small query. Same limits and answers: a body over `maxBodyBytes` is a
 * 413, malformed JSON a 400, both with `BAD_USER_INPUT`; anything that is not JSON reaches Apollo
 * with no body, which refuses it.
 */
export function graphqlPostHandler<TContext extends BaseContext>(deps: {
  apollo: ApolloServer<TContext>;
  context: (args: { req: IncomingMessage }) => Promise<TContext>;
  maxBodyBytes: number;
  logger: Logger;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, context, maxBodyBytes, logger } = deps;
  const fail = (res: ServerResponse, status: number, message: string, code: 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR') => {
    if (res.headersSent) return res.destroy();
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(httpErrorBody(message, code));
  };
  const tooLarge = `Request body too large: at most ${maxBodyBytes} bytes.`;

  return (req, res) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      req.resume();
      res.setHeader('connection', 'close');
      return fail(res, 413, tooLarge, 'BAD_USER_INPUT');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        refused = true;
        res.setHeader('connection', 'close');
        fail(res, 413, tooLarge, 'BAD_USER_INPUT');
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (refused) return;
      let body: unknown;
      if (JSON_TYPE.test(req.headers['content-type'] ?? '')) {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          body = text.trim() === '' ? {} : JSON.parse(text);
        } catch {
          return fail(res, 400, 'Request body is not valid JSON.', 'BAD_USER_INPUT');
        }
      }
      respond(req, res, body).catch((error: unknown) => {
        logger.error({ err: error }, 'unexpected HTTP error');
        fail(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      });
    });
  };

  async function respond(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url!.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query === -1 ? '' : req.url!.slice(query), body },
      context: () => context({ req }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
