import path from 'node:path';
import { loadConfig } from '../../src/config';

export const TEST_INSTANCE = 'test';

/** Where global setup leaves the test Neo4j's address and password for the test files. */
export const connectionFile = path.join(loadConfig({}).neo4jLocal.dir, 'instances', TEST_INSTANCE, 'connection.json');
