import path from 'node:path';
import { loadConfig } from '../../src/config';

// Test support may read the environment for its own instance name (TEST_NEO4J_INSTANCE),
// through the one config loader like everything else.
const config = loadConfig(process.env);

/** The local Neo4j instance the suite starts: its own data folder, never the developer's. */
export const TEST_INSTANCE = config.neo4jLocal.testInstance;

/** Where global setup leaves the test Neo4j's address and password for the test files. */
export const connectionFile = path.join(config.neo4jLocal.dir, 'instances', TEST_INSTANCE, 'connection.json');
