import type { IncomingMessage } from 'node:http';
import pino from 'pino';
import { createContextFactory } from '../../../src/api/context';
import type { Config } from '../../../src/config';
import type { ArticleInput } from '../../../src/extraction/types';
import type { ExtractFn } from '../../../src/graph/ingest-service';
import { createApolloServer } from '../../../src/server/create-server';
import { TEST_WRITE_TOKEN, testConfig, testExecutor } from '../../support/neo4j';
import { articleInput, CORPUS, goldExtraction } from '../../unit/graph/support/gold-extraction';

export { TEST_WRITE_TOKEN };

/** Extraction from the gold annotations of the dev corpus: graph tests do not depend on the extractor's quality. */
export function goldExtract(): ExtractFn {
  const byBody = new Map<string, string>(CORPUS.map((name) => [articleInput(name).body, name]));
  return (input: ArticleInput) => {
    const name = byBody.get(input.body);
    if (!name) throw new Error('goldExtract: not a dev corpus article');
    return goldExtraction(name, input);
  };
}

/** The dev corpus as GraphQL ArticleInput values. */
export function corpusInputs() {
  return CORPUS.map((name) => {
    const input = articleInput(name);
    return { text: input.body, title: input.title, outlet: input.outlet, url: input.url, published: input.published, language: input.language };
  });
}

export interface Result {
  data: Record<string, any> | null | undefined;
  errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
  roundTrips: number;
  roundTripNames: string[];
}

/**
 * The real Apollo server and context factory, called in process so a test can read the
 * round trips the request cost (the context's counter).
 */
export async function graphHarness(options: { extract?: ExtractFn; env?: Record<string, string> } = {}) {
  const config: Readonly<Config> = testConfig(options.env);
  const logger = pino({ level: process.env.CG_TEST_LOG ?? 'silent' });
  const apollo = createApolloServer({ config, logger });
  await apollo.start();
  const factory = createContextFactory({ executor: testExecutor(), config, logger, extract: options.extract ?? goldExtract() });
  return {
    config,
    async run(query: string, variables: Record<string, unknown> = {}, token: string | null = null): Promise<Result> {
      const req = { headers: token ? { authorization: `Bearer ${token}` } : {} } as IncomingMessage;
      const contextValue = await factory({ req });
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data: data as Record<string, any>, errors: errors as Result['errors'], roundTrips: contextValue.roundTrips.count, roundTripNames: contextValue.roundTrips.names };
    },
    stop: () => apollo.stop(),
  };
}

/** Nodes, relationships and a digest of every property: equal digests mean nothing changed. */
export async function graphSnapshot(): Promise<{ nodes: number; relationships: number; digest: string }> {
  const [nodes] = await testExecutor().read({
    name: 'test.snapshot.nodes',
    cypher: `MATCH (n) WITH n ORDER BY elementId(n) RETURN count(n) AS count, collect([labels(n), properties(n)]) AS items`,
    params: {},
  });
  const [rels] = await testExecutor().read({
    name: 'test.snapshot.rels',
    cypher: `MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r) RETURN count(r) AS count, collect([a.id, type(r), properties(r), b.id]) AS items`,
    params: {},
  });
  const digest = canonical([nodes.items, rels.items]);
  return { nodes: nodes.count as number, relationships: rels.count as number, digest };
}

/** JSON with object keys sorted, so equal graphs give equal strings. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
