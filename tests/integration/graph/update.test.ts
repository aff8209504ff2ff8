import type { ArticleInput, ExtractionResult } from '../../../src/extraction/types';
import { IngestService } from '../../../src/graph/ingest-service';
import { closeTestExecutor, resetDatabase, testExecutor } from '../../support/neo4j';

/** An article re-published under the same url with a new text replaces the old version in one transaction. */

jest.setTimeout(60_000);

/** A tiny extractor for this test: every capitalised country name it knows is an entity, each sentence with "said" a claim. */
const COUNTRIES: Record<string, string> = { Russia: 'country:RU', Ukraine: 'country:UA', Belarus: 'country:BY' };
function tinyExtract(input: ArticleInput): ExtractionResult {
  const entities = Object.entries(COUNTRIES)
    .filter(([name]) => input.body.includes(name))
    .map(([name, id]) => {
      const start = input.body.indexOf(name);
      return { id, name, type: 'Country' as const, aliases: [name], mentions: [{ text: name, start, end: start + name.length }], confidence: 1 };
    });
  const said = input.body.indexOf('said');
  const claims =
    said < 0
      ? []
      : [
          {
            id: 'c1',
            claimant: entities[0]?.id ?? null,
            claimantText: entities[0]?.name ?? null,
            stance: 'asserts' as const,
            cue: 'said',
            hedged: false,
            content: { text: input.body, start: 0, end: input.body.length, confidence: 1 },
            evidence: { text: input.body, start: 0, end: input.body.length, confidence: 1 },
            claimedOn: null,
            claimedOnPrecision: null,
            about: { events: [], entities: entities.slice(1).map((e) => e.id) },
          },
        ];
  return {
    language: 'en',
    published: null,
    reporting: { outlet: input.outlet ?? null, agencies: [] },
    entities,
    claims,
    deployments: [],
    armsTransfers: [],
    agreements: [],
    meetings: [],
    diagnostics: [],
    extractor: { name: 'tiny', version: '1' },
  };
}

async function ids(label: 'Entity' | 'Claim' | 'Article'): Promise<string[]> {
  const rows = await testExecutor().read({ name: 'test.ids', cypher: `MATCH (n:${label}) RETURN n.id AS id ORDER BY id`, params: {} });
  return rows.map((row) => row.id as string);
}

beforeAll(async () => {
  await resetDatabase(testExecutor());
});

afterAll(async () => {
  await closeTestExecutor();
});

it('replaces a changed article and drops what only its old version supported', async () => {
  const service = new IngestService(testExecutor(), tinyExtract);
  const url = 'https://example.org/story';
  const first = await service.ingestOne({ url, body: 'Russia said Ukraine attacked.', outlet: 'Example', published: '2025-01-02' });
  expect(first.status).toBe('created');
  expect(await ids('Entity')).toEqual(['country:RU', 'country:UA']);

  const other = await service.ingestOne({ url: 'https://example.org/other', body: 'Ukraine said nothing.', outlet: 'Example' });
  expect(other.status).toBe('created');

  const second = await service.ingestOne({ url, body: 'Russia said Belarus agreed.', outlet: 'Example', published: '2025-01-02' });
  expect(second).toMatchObject({ status: 'updated', articleId: first.articleId });
  // Ukraine stays (the other article mentions it); Belarus arrives; one claim per article.
  expect(await ids('Entity')).toEqual(['country:BY', 'country:RU', 'country:UA']);
  expect(await ids('Article')).toHaveLength(2);
  const [{ text }] = await testExecutor().read({ name: 'test.text', cypher: 'MATCH (a:Article {id: $id}) RETURN a.text AS text', params: { id: first.articleId } });
  expect(text).toBe('Russia said Belarus agreed.');
  const claims = await testExecutor().read({
    name: 'test.claims',
    cypher: 'MATCH (c:Claim)-[:REPORTED_IN]->(a:Article {id: $id}) RETURN c.text AS text, [(c)-[:ABOUT]->(t) | t.id] AS about',
    params: { id: first.articleId },
  });
  expect(claims).toEqual([{ text: 'Russia said Belarus agreed.', about: ['country:BY'] }]);

  const third = await service.ingestOne({ url, body: 'Russia said Belarus agreed.', outlet: 'Example', published: '2025-01-02' });
  expect(third.status).toBe('unchanged');
  const renamed = await service.ingestOne({ url, body: 'Russia said Belarus agreed.', outlet: 'Example', published: '2025-01-03' });
  expect(renamed.status).toBe('updated');
});
