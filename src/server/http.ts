import http from 'node:http';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { createContextFactory } from '../api/context';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import { createApolloServer } from './create-server';
import { graphqlPostHandler, isGraphqlPost } from './graphql-post';

/** The API's port is taken: said plainly, without a stack trace. */
export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} on ${host} is already in use. Stop what uses it or set PORT to another port.`);
    this.name = 'PortInUseError';
  }
}

export interface HttpApp {
  server: http.Server;
  /** Starts listening; rejects with a clear message when the port is taken. */
  listen(): Promise<{ url: string }>;
  /** Drains in-flight requests and stops the Apollo server (the caller closes the database). */
  stop(): Promise<void>;
}

/** A file inside an installed package, whatever its `exports` field allows. */
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const assetFiles: Record<string, string> = {
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
};

const playgroundDir = path.join(__dirname, 'playground');

/**
 * The HTTP layer: POST/GET /graphql (Apollo), the offline GraphiQL playground on GET /
 * and GET /graphql from a browser, and GET /health reporting whether Neo4j answers.
 */
export async function createHttpApp(deps: { config: Readonly<Config>; logger: Logger; executor: Executor }): Promise<HttpApp> {
  const { config, logger, executor } = deps;
  const app = express();
  app.disable('x-powered-by');
  const context = createContextFactory({ executor, config, logger });
  // POST /graphql, nearly every API call, goes straight to Apollo; Express serves the rest.
  let graphqlPost: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const server = http.createServer((req, res) => (graphqlPost && isGraphqlPost(req) ? graphqlPost(req, res) : app(req, res)));
  const apollo = createApolloServer({ config, logger, httpServer: server });
  await apollo.start();
  graphqlPost = graphqlPostHandler({ apollo, context, maxBodyBytes: config.limits.maxBodyBytes, logger });

  app.get('/health', async (_req, res) => {
    const started = Date.now();
    const up = await executor.ping();
    res.status(up ? 200 : 503).json({
      status: up ? 'ok' : 'degraded',
      neo4j: { up, database: executor.database, latencyMs: Date.now() - started },
    });
  });

  const sendPlayground: express.RequestHandler = (_req, res) => res.sendFile(path.join(playgroundDir, 'index.html'));
  app.get('/', sendPlayground);
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  app.get('/playground/playground.js', (_req, res) => res.sendFile(path.join(playgroundDir, 'playground.js')));
  app.get('/playground/assets/:file', (req, res, next) => {
    const file = assetFiles[req.params.file];
    if (!file) return next();
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(file);
  });
  // A browser opening /graphql (even with ?query=...) gets the playground; API clients get GraphQL.
  app.get('/graphql', (req, res, next) => {
    const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsHtml) return sendPlayground(req, res, next);
    next();
  });

  app.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, { context }),
  );

  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413) {
      res.status(413).json({ errors: [{ message: `Request body too large: at most ${config.limits.maxBodyBytes} bytes.`, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    if (status === 400) {
      res.status(400).json({ errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    if (res.headersSent) return next(error);
    logger.error({ err: error }, 'unexpected HTTP error');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
  app.use(bodyErrors);

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          reject(
            error.code === 'EADDRINUSE' ? new PortInUseError(config.http.host, config.http.port) : error,
          );
        };
        server.once('error', onError);
        server.listen(config.http.port, config.http.host, () => {
          server.off('error', onError);
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : config.http.port;
          const host = config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host;
          resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}` });
        });
      }),
    stop: async () => {
      await apollo.stop(); // the drain plugin closes the HTTP server gracefully
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
