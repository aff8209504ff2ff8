import { readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { createExecutor } from '../../../src/db/connect';
import { Neo4jLocalError } from '../../../src/db/local/install';
import { instanceHome, instanceStatus, startInstance, stopInstance } from '../../../src/db/local/instance';
import { createHttpApp } from '../../../src/server/http';
import { connectionFile, testInstance } from '../../support/paths';
import { testConfig } from '../../support/neo4j';

const cacheDir = loadConfig({}).neo4jLocal.dir;
const TEST_INSTANCE = testInstance();
const { uri, user, password } = JSON.parse(readFileSync(connectionFile(), 'utf8')) as { uri: string; user: string; password: string };
const port = Number(new URL(uri.replace('bolt://', 'http://')).port);

describe('the local Neo4j manager', () => {
  afterAll(() => rmSync(instanceHome({ cacheDir, name: 'port-clash' }), { recursive: true, force: true }));

  it('refuses a port already in use with a clear message, without touching the running server', async () => {
    const attempt = startInstance({ cacheDir, name: 'port-clash', port, heap: '256m' });
    await expect(attempt).rejects.toThrow(Neo4jLocalError);
    await expect(startInstance({ cacheDir, name: 'port-clash', port, heap: '256m' })).rejects.toThrow(
      new RegExp(`Port ${port} on 127.0.0.1 is already in use`),
    );
    expect((await instanceStatus({ cacheDir, name: TEST_INSTANCE, port, heap: '1g' })).running).toBe(true);
  });

  it('reuses a running instance instead of starting a second one', async () => {
    const again = await startInstance({ cacheDir, name: TEST_INSTANCE, port, heap: '1g' });
    expect(again.started).toBe(false);
    expect(again.password).toBe(password);
  });

  it('keeps the data across a stop and a start', async () => {
    const marker = `restart-${Date.now()}`;
    let executor = createExecutor({ uri, user, password, database: 'neo4j' }, 30_000);
    await executor.write({ name: 'test.marker', cypher: 'CREATE (:RestartMarker {value: $marker})', params: { marker } });
    await executor.close();

    expect(await stopInstance({ cacheDir, name: TEST_INSTANCE })).toBe(true);
    const restarted = await startInstance({ cacheDir, name: TEST_INSTANCE, port, heap: '1g' });
    expect(restarted.started).toBe(true);

    executor = createExecutor({ uri, user, password, database: 'neo4j' }, 30_000);
    const rows = await executor.read({ name: 'test.marker', cypher: 'MATCH (m:RestartMarker {value: $marker}) RETURN m.value AS value', params: { marker } });
    await executor.write({ name: 'test.marker', cypher: 'MATCH (m:RestartMarker) DELETE m', params: {} });
    await executor.close();
    expect(rows).toEqual([{ value: marker }]);
  }, 120_000);
});

describe('the HTTP server', () => {
  it('says plainly when its port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    const config = testConfig({ PORT: String(taken) });
    const executor = createExecutor(config.neo4j!, 5000);
    const app = await createHttpApp({ config, logger: pino({ level: 'silent' }), executor });
    try {
      await expect(app.listen()).rejects.toThrow(`Port ${taken} on 127.0.0.1 is already in use`);
    } finally {
      await app.stop();
      await executor.close();
      blocker.close();
    }
  });
});
