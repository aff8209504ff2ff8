import neo4j from 'neo4j-driver';
import type { Config, Neo4jConnection } from '../config';
import { Executor } from './executor';
import { startInstance, stopInstance } from './local/instance';

export interface Database {
  executor: Executor;
  connection: Omit<Neo4jConnection, 'password'>;
  /** Closes the driver, and stops the local Neo4j when this process started it. */
  close(): Promise<void>;
}

export function createExecutor(connection: Neo4jConnection, timeoutMs: number): Executor {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Integers come back as JS numbers: counts and offsets here stay far below 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 30_000,
    userAgent: 'conflict-graph',
  });
  return new Executor(driver, { database: connection.database, timeoutMs });
}

/**
 * Connects to the configured Neo4j, or starts the local one (instance `name`) when none is
 * configured. `keepRunning` leaves a local server this call started running after `close()`.
 */
export async function openDatabase(
  config: Config,
  options: { instance?: string; log?: (message: string) => void; keepRunning?: boolean } = {},
): Promise<Database> {
  if (config.neo4j) {
    const executor = createExecutor(config.neo4j, config.limits.dbTimeoutMs);
    const { password: _password, ...connection } = config.neo4j;
    return { executor, connection, close: () => executor.close() };
  }
  const name = options.instance ?? 'dev';
  const local = await startInstance({
    cacheDir: config.neo4jLocal.dir,
    name,
    port: config.neo4jLocal.port,
    heap: config.neo4jLocal.heap,
    javaHome: config.javaHome ?? undefined,
    log: options.log,
  });
  const connection = { uri: local.uri, user: local.user, password: local.password, database: config.database };
  const executor = createExecutor(connection, config.limits.dbTimeoutMs);
  return {
    executor,
    connection: { uri: local.uri, user: local.user, database: config.database },
    close: async () => {
      await executor.close();
      if (local.started && !options.keepRunning) await stopInstance({ cacheDir: config.neo4jLocal.dir, name });
    },
  };
}
