import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createExecutor } from '../../src/db/connect';
import type { CypherQuery } from '../../src/db/cypher';
import { createHttpApp } from '../../src/server/http';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-type-defs';

/**
 * One server per child process, so each has its own event loop and its RSS can be read from
 * /proc: `ours` (createHttpApp, the project's server), `lib` (@neo4j/graphql on Apollo's
 * standalone server) or `raw` (a bare node:http handler running the floor's Cypher through the
 * project's Executor: the same HTTP hop, no GraphQL). Prints `READY <url>` when listening.
 *
 * Usage: tsx bench/servers/serve.ts ours|lib|raw <connection.json> [raw-queries.json]
 */

interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

async function main(): Promise<void> {
  const [kind, connectionFile, queriesFile] = process.argv.slice(2);
  const connection = JSON.parse(readFileSync(connectionFile, 'utf8')) as Connection;
  if (kind === 'ours') {
    const config = loadConfig({
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
      PORT: '0',
      LOG_LEVEL: 'silent',
      SEED: 'false',
    });
    const executor = createExecutor(config.neo4j!, config.limits.dbTimeoutMs);
    const app = await createHttpApp({ config, logger: pino({ level: 'silent' }), executor });
    const { url } = await app.listen();
    ready(`${url}/graphql`);
    return;
  }
  if (kind === 'lib') {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), { maxConnectionPoolSize: 64 });
    // Range filters on strings (ISO dates) are opt-in in the library.
    const library = new Neo4jGraphQL({
      typeDefs: neo4jGraphqlTypeDefs,
      driver,
      features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } },
    });
    const server = new ApolloServer({ schema: await library.getSchema() });
    const { url } = await startStandaloneServer(server, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async () => ({ sessionConfig: { database: connection.database } }),
    });
    ready(url);
    return;
  }
  if (kind === 'raw') {
    const queries = new Map((JSON.parse(readFileSync(queriesFile, 'utf8')) as CypherQuery[]).map((q) => [q.name, q]));
    const executor = createExecutor(connection, 30_000);
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        try {
          const { name } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { name: string };
          const query = queries.get(name);
          if (!query) {
            res.writeHead(404).end();
            return;
          }
          const rows = await executor.read(query);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows }));
        } catch (error) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
        }
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ready(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    });
    return;
  }
  throw new Error(`unknown server kind ${kind}: expected ours, lib or raw`);
}

function ready(url: string): void {
  process.stdout.write(`READY ${url}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
