import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/connect';
import { Neo4jLocalError } from './db/local/install';
import { migrate } from './db/migrate';
import { seedIfEmpty } from './graph/seed';
import { createHttpApp, PortInUseError } from './server/http';
import { createLogger } from './server/logging';

/**
 * `npm start`: connect to the configured Neo4j or start the local one, apply the schema,
 * load seeds/ into an empty graph, and serve the API and the playground. SIGINT/SIGTERM
 * drain HTTP, close the driver and stop the local Neo4j if this process started it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, { log: (message) => logger.info(message) });
  logger.info({ uri: database.connection.uri, database: database.connection.database }, 'connected to Neo4j');

  let app: Awaited<ReturnType<typeof createHttpApp>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app?.stop().catch((error: unknown) => logger.error({ err: error }, 'HTTP shutdown failed'));
    await database.close().catch((error: unknown) => logger.error({ err: error }, 'database shutdown failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const statements = await migrate(database.executor);
    logger.info({ statements }, 'schema applied');
    if (config.seed.enabled) {
      const seeded = await seedIfEmpty({ executor: database.executor, dir: config.seed.dir, logger });
      logger.info({ articles: seeded }, seeded > 0 ? 'seeded the empty graph' : 'graph already has articles: seeds skipped');
    }
    app = await createHttpApp({ config, logger, executor: database.executor });
    const { url } = await app.listen();
    logger.info({ url: `${url}/graphql`, health: `${url}/health` }, `conflict-graph ready: open ${url}/graphql`);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof Neo4jLocalError || error instanceof PortInUseError;
  process.stderr.write(`conflict-graph could not start: ${known ? error.message : error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
