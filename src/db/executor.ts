import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { CypherQuery } from './cypher';
import { toPlain } from './plain';

/** A row with Neo4j values already turned into plain JSON values. */
export type Row = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  /** Per-transaction timeout in milliseconds; the server aborts longer ones. */
  timeoutMs: number;
}

/** Counts queries sent to the database; used by tests to bound round trips per operation. */
export interface RoundTripCounter {
  count: number;
  names: string[];
}

/**
 * The one door to the database (STYLE.md, principle 3). Every query runs in a managed
 * transaction tagged with its name, sessions close in `finally`, and rows come back as
 * plain values (no Neo4j Integer, temporal or graph objects leak out).
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  get database(): string {
    return this.options.database;
  }

  async read(query: CypherQuery, counter?: RoundTripCounter): Promise<Row[]> {
    return this.withSession('READ', query.name, (session) =>
      session.executeRead((tx) => runIn(tx, query, counter), this.txConfig(query.name)),
    );
  }

  async write(query: CypherQuery, counter?: RoundTripCounter): Promise<Row[]> {
    return this.withSession('WRITE', query.name, (session) =>
      session.executeWrite((tx) => runIn(tx, query, counter), this.txConfig(query.name)),
    );
  }

  /**
   * Runs several queries in one write transaction: all of them or none.
   * `work` receives a `run` function; the transaction may be retried by the driver
   * on transient errors, so `work` must not have side effects outside the database.
   */
  async writeTransaction<T>(
    name: string,
    work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>,
    counter?: RoundTripCounter,
  ): Promise<T> {
    return this.withSession('WRITE', name, (session) =>
      session.executeWrite((tx) => work((query) => runIn(tx, query, counter)), this.txConfig(name)),
    );
  }

  /** Same as `writeTransaction`, read-only. */
  async readTransaction<T>(
    name: string,
    work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>,
    counter?: RoundTripCounter,
  ): Promise<T> {
    return this.withSession('READ', name, (session) =>
      session.executeRead((tx) => work((query) => runIn(tx, query, counter)), this.txConfig(name)),
    );
  }

  /** True when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private txConfig(name: string) {
    return { timeout: this.options.timeoutMs, metadata: { app: 'conflict-graph', operation: name } };
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', _name: string, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
}

async function runIn(tx: ManagedTransaction, query: CypherQuery, counter?: RoundTripCounter): Promise<Row[]> {
  if (counter) {
    counter.count += 1;
    counter.names.push(query.name);
  }
  const result = await tx.run(query.cypher, query.params as Record<string, unknown>);
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}
