import { contradictionsQuery, corroborationsQuery, timelineQuery } from '../../../src/db/queries/analysis';
import { articleDetailsQuery, articlesPageQuery, graphCountsQuery, sourcesQuery } from '../../../src/db/queries/articles';
import { claimLinksQuery, claimsByOwnerQuery, claimsCountQuery, claimsPageQuery, claimsPlanQuery, CLAIM_ORDER_FIELDS } from '../../../src/db/queries/claims';
import type { CypherQuery } from '../../../src/db/cypher';
import { deleteArticlesQuery } from '../../../src/db/queries/delete';
import { entitiesByIdQuery, entitiesPageQuery, searchEntitiesQuery } from '../../../src/db/queries/entities';
import { eventsByParticipantQuery, eventsPageQuery } from '../../../src/db/queries/events';
import { ingestLookupQuery, writeArticlesStatements } from '../../../src/db/queries/ingest';
import { mergeAuditsQuery, mergeEntitiesQuery } from '../../../src/db/queries/merge';
import { neighbourhoodQuery } from '../../../src/db/queries/neighbourhood';
import neo4j from 'neo4j-driver';
import { closeTestExecutor, resetDatabase, testConfig, testExecutor } from '../../support/neo4j';

/** Every query builder, in its main variants, EXPLAINed by the real Neo4j: valid Cypher, and indexes where filters allow. */

jest.setTimeout(60_000);

const kp = { value: 'North Korea', key: 'north korea' };

const variants: [string, CypherQuery][] = [
  ...CLAIM_ORDER_FIELDS.flatMap((field) =>
    (['ASC', 'DESC'] as const).map((direction): [string, CypherQuery] => [`claims ${field} ${direction}`, claimsPageQuery({}, { field, direction }, { limit: 10, withTotal: true })]),
  ),
  ['claims all filters', claimsPageQuery({ about: kp, claimant: kp, stances: ['asserts'], claimedFrom: '2024-01-01', claimedTo: '2024-12-31', publishedFrom: '2024-01-01', publishedTo: '2024-12-31', outletId: 'source:x', originId: 'source:y', language: 'fr', articleId: 'article:1', hedged: false, asOf: '2024-12-31' }, { field: 'CLAIMED_ON', direction: 'DESC' }, { limit: 10, withTotal: true })],
  ['claims claimant only', claimsPageQuery({ claimant: kp }, { field: 'PUBLISHED_ON', direction: 'ASC' }, { limit: 10, withTotal: true })],
  ['claims page only, keyset', claimsPageQuery({ about: kp, claimedFrom: '2024-01-01' }, { field: 'CONFIDENCE', direction: 'ASC' }, { limit: 10, withTotal: false, after: { key: 0.5, id: 'claim:1' } })],
  ['claims from the date index', claimsPageQuery({ about: kp, claimant: kp, claimedFrom: '2024-01-01', claimedTo: '2024-06-30', asOf: '2024-12-31' }, { field: 'CLAIMED_ON', direction: 'ASC' }, { limit: 10, withTotal: false, start: 'claimed-on', after: { key: '2024-02-01', id: 'claim:1' } })],
  ['claims plan', claimsPlanQuery({ about: kp, claimant: kp, claimedFrom: '2024-01-01' })],
  ['claims count', claimsCountQuery({ claimant: kp, stances: ['denies'] })],
  ['claims by owner', claimsByOwnerQuery('claimant', ['a'], 5)],
  ['claims by event', claimsByOwnerQuery('event', ['a'], 5)],
  ['claim links', claimLinksQuery(['a'])],
  ['entities by id', entitiesByIdQuery(['a'])],
  ['entities page', entitiesPageQuery('Country', 0, 10)],
  ['entity search', searchEntitiesQuery('(coree OR coree*)', null, 10)],
  ['events page', eventsPageQuery({ kinds: ['deployment'], participant: kp, from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31' }, 'DESC', 0, 10)],
  ['events unfiltered', eventsPageQuery({}, 'ASC', 0, 10)],
  ['events by participant', eventsByParticipantQuery(['a'], 5)],
  ['timeline', timelineQuery(kp, '2024-12-31', 10)],
  ['contradictions', contradictionsQuery(kp, null, 0, 10)],
  ['corroborations', corroborationsQuery(kp, '2024-12-31', 3)],
  ['neighbourhood 3', neighbourhoodQuery(['a', 'b'], 3, ['Entity', 'Claim'], 50)],
  ['article details', articleDetailsQuery(['a'])],
  ['articles page', articlesPageQuery({ outletId: 'source:x', language: 'en', publishedFrom: '2024-01-01', publishedTo: '2024-12-31', asOf: '2025-01-01' }, 0, 10)],
  ['sources', sourcesQuery(10)],
  ['counts', graphCountsQuery()],
  ['ingest lookup', ingestLookupQuery(['a'], ['b'])],
  ...writeArticlesStatements({ articles: [], sources: [], entities: [], events: [], claims: [] }).map((q): [string, CypherQuery] => [q.name, q]),
  ['delete', deleteArticlesQuery(['a'])],
  ['merge audits', mergeAuditsQuery('a', 5)],
  ['merge', mergeEntitiesQuery({ keepId: 'a', mergeId: 'b', auditId: 'm', actor: 't', at: '2026-01-01T00:00:00Z', reason: null })],
];

function operators(plan: any): string[] {
  return [`${String(plan.operatorType).replace(/@.*$/, '')} ${plan.arguments?.Details ?? ''}`, ...plan.children.flatMap(operators)];
}

async function explain(query: CypherQuery): Promise<void> {
  const rows = await testExecutor().read({ name: `explain.${query.name}`, cypher: `EXPLAIN ${query.cypher}`, params: query.params }).catch((error: Error) => {
    throw new Error(`${query.name}: ${error.message}`);
  });
  expect(rows).toEqual([]);
}

/** The plan's operators, read with the driver directly (the Executor returns rows only). */
async function planOf(query: CypherQuery): Promise<string[]> {
  const { uri, user, password } = testConfig().neo4j!;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const result = await driver.executeQuery(`EXPLAIN ${query.cypher}`, query.params as Record<string, unknown>);
    return operators(result.summary.plan);
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  await resetDatabase(testExecutor());
});

afterAll(async () => {
  await closeTestExecutor();
});

it.each(variants)('%s is valid Cypher for Neo4j', async (_name, query) => {
  await explain(query);
});

it.each([
  ['a stance filter', claimsPageQuery({ stances: ['doubts'] }, { field: 'CLAIMED_ON', direction: 'DESC' }, { limit: 10, withTotal: true }), 'c:Claim(stance)'],
  ['an "as of" day', claimsPageQuery({ asOf: '2024-10-19' }, { field: 'CLAIMED_ON', direction: 'DESC' }, { limit: 10, withTotal: true }), 'c:Claim(reportedOn)'],
  ['an outlet', claimsPageQuery({ outletId: 'source:x' }, { field: 'CLAIMED_ON', direction: 'DESC' }, { limit: 10, withTotal: true }), 'c:Claim(outletId)'],
  ['an event kind', eventsPageQuery({ kinds: ['deployment'] }, 'ASC', 0, 10), 'ev:Event(kind)'],
  ['a page from the claim-date index', claimsPageQuery({ claimant: kp, claimedFrom: '2024-01-01', claimedTo: '2024-06-30' }, { field: 'CLAIMED_ON', direction: 'DESC' }, { limit: 10, withTotal: false, start: 'claimed-on' }), 'c:Claim(claimedOnStart)'],
])('reads claims or events by index for %s', async (_name, query, index) => {
  const plan = await planOf(query);
  expect(plan.some((op) => op.startsWith('NodeIndexSeek') && op.includes(index))).toBe(true);
  expect(plan.some((op) => op.startsWith('NodeByLabelScan'))).toBe(false);
});
