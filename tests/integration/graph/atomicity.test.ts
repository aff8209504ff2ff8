import type { ArticleInput, ExtractionResult } from '../../../src/extraction/types';
import { IngestService } from '../../../src/graph/ingest-service';
import { closeTestExecutor, resetDatabase, testExecutor } from '../../support/neo4j';
import { articleInput, CORPUS, goldExtraction } from '../../unit/graph/support/gold-extraction';

/** Per-article atomicity: an article the database refuses fails alone, and nothing of it is written. */

jest.setTimeout(60_000);

const inputs = CORPUS.map((name) => articleInput(name));
const names = new Map(inputs.map((input, index) => [input.body, CORPUS[index]]));

/** Gold extraction, except that the second article carries a value Neo4j cannot store (a map as a property). */
function poisonedExtract(input: ArticleInput): ExtractionResult {
  const extraction = goldExtraction(names.get(input.body)!, input);
  if (names.get(input.body) !== CORPUS[1]) return extraction;
  const [first, ...rest] = extraction.entities;
  return { ...extraction, entities: [{ ...first, id: 'org:poisoned', role: { not: 'a string' } as unknown as string }, ...rest] };
}

async function count(cypher: string): Promise<number> {
  const [row] = await testExecutor().read({ name: 'test.count', cypher, params: {} });
  return row.count as number;
}

beforeAll(async () => {
  await resetDatabase(testExecutor());
});

afterAll(async () => {
  await closeTestExecutor();
});

it('writes the good articles of a batch and none of the bad one', async () => {
  const counter = { count: 0, names: [] as string[] };
  const outcomes = await new IngestService(testExecutor(), poisonedExtract).ingestMany(inputs, { batchSize: 10, counter });
  expect(outcomes.map((o) => o.status)).toEqual(['created', 'failed', 'created']);
  expect(outcomes[1].error).not.toMatch(/Neo\.|neo4j/i);
  expect(await count('MATCH (a:Article) RETURN count(a) AS count')).toBe(2);
  expect(await count("MATCH (e:Entity {id: 'org:poisoned'}) RETURN count(e) AS count")).toBe(0);
  expect(await count(`MATCH (c:Claim {articleId: '${outcomes[1].articleId}'}) RETURN count(c) AS count`)).toBe(0);
  // The batch transaction was tried first, then each article on its own.
  expect(counter.names.filter((name) => name === 'ingest.lookup').length).toBe(4);
});

it('reports an article the extractor cannot read as failed without touching the others', async () => {
  await resetDatabase(testExecutor());
  const failing = (input: ArticleInput) => {
    if (names.get(input.body) === CORPUS[0]) throw new Error('extractor gave up');
    return goldExtraction(names.get(input.body)!, input);
  };
  const outcomes = await new IngestService(testExecutor(), failing).ingestMany(inputs);
  expect(outcomes.map((o) => [o.status, o.error])).toEqual([
    ['failed', 'extractor gave up'],
    ['created', null],
    ['created', null],
  ]);
});
