import { contradictionsQuery, corroborationsQuery, timelineQuery } from '../../../src/db/queries/analysis';
import { chooseClaimsStart, claimsPageQuery } from '../../../src/db/queries/claims';
import { deleteArticlesQuery } from '../../../src/db/queries/delete';
import { entitySearchLucene } from '../../../src/db/queries/entities';
import { eventsPageQuery } from '../../../src/db/queries/events';
import { writeArticlesStatements } from '../../../src/db/queries/ingest';
import { mergeEntitiesQuery } from '../../../src/db/queries/merge';
import { neighbourhoodQuery } from '../../../src/db/queries/neighbourhood';
import { migrations } from '../../../src/db/migrations';

/**
 * Cypher snapshots (STYLE.md, principle 5): a change in a query shows up in review.
 * Values always travel as parameters; user strings never reach the Cypher text.
 */

const HOSTILE = "x'}) DETACH DELETE n //";

describe('claims page', () => {
  it('builds one parameterised statement per filter combination', () => {
    const query = claimsPageQuery(
      { about: { value: HOSTILE, key: HOSTILE }, claimant: { value: 'Rutte', key: 'rutte' }, stances: ['doubts'], claimedFrom: '2024-10-01', asOf: '2024-10-31' },
      { field: 'CLAIMED_ON', direction: 'DESC' },
      { limit: 50, withTotal: true },
    );
    expect(query.cypher).not.toContain(HOSTILE);
    expect(query.params).toMatchObject({ about: HOSTILE, claimant: 'Rutte', stances: ['doubts'], claimedFrom: '2024-10-01', asOf: '2024-10-31', fetch: 51 });
    expect(query.cypher).toMatchSnapshot();
  });

  it('pages without counting when the total is not asked: a Top-k after the keyset, no collect of every match', () => {
    const query = claimsPageQuery(
      { about: { value: 'Russia', key: 'russia' }, claimedFrom: '2024-01-01', claimedTo: '2024-06-30' },
      { field: 'CLAIMED_ON', direction: 'DESC' },
      { limit: 20, withTotal: false, after: { key: '2024-05-01', id: 'claim:9' } },
    );
    expect(query.cypher).not.toContain('collect(c) AS matched');
    expect(query.cypher).toContain('ORDER BY c.claimedOnStart DESC, c.id ASC\nLIMIT toInteger($fetch)');
    expect(query.params).toMatchObject({ fetch: 21, afterKey: '2024-05-01', afterId: 'claim:9' });
    expect(query.cypher).toMatchSnapshot();
  });

  it('can start from the claim-date index, closed on both ends', () => {
    const query = claimsPageQuery(
      { claimant: { value: 'Zelensky', key: 'zelensky' }, claimedFrom: '2024-01-01', claimedTo: '2024-06-30' },
      { field: 'CLAIMED_ON', direction: 'DESC' },
      { limit: 20, withTotal: false, start: 'claimed-on', after: { key: '2024-05-01', id: 'claim:9' } },
    );
    expect(query.cypher).toContain('USING INDEX c:Claim(claimedOnStart)');
    expect(query.params).toMatchObject({ claimedScanFrom: '2022-12-31', claimedScanTo: '2024-06-30' });
    expect(query.cypher).toMatchSnapshot();
    // Without a claim-date bound (undated claims sort last) the index cannot order the page: the hint is ignored.
    const undated = claimsPageQuery({ claimant: { value: 'Zelensky', key: 'zelensky' } }, { field: 'CLAIMED_ON', direction: 'DESC' }, { limit: 20, withTotal: false, start: 'claimed-on' });
    expect(undated.cypher).not.toContain('USING INDEX');
  });

  it('starts from the date index only for targets with a large share of all claims', () => {
    expect(chooseClaimsStart({ claims: 500_000, aboutDegree: 70_000, claimantDegree: null }, 21)).toBe('claimed-on');
    expect(chooseClaimsStart({ claims: 500_000, aboutDegree: 300, claimantDegree: null }, 21)).toBe('targets');
    expect(chooseClaimsStart({ claims: 500_000, aboutDegree: 70_000, claimantDegree: 0 }, 21)).toBe('targets');
    expect(chooseClaimsStart({ claims: 0, aboutDegree: null, claimantDegree: null }, 21)).toBe('targets');
  });

  it('takes sort keys from a whitelist only', () => {
    const byConfidence = claimsPageQuery({}, { field: 'CONFIDENCE', direction: 'ASC' }, { limit: 1, withTotal: false });
    expect(byConfidence.cypher).toContain('ORDER BY c.confidence ASC, c.id ASC');
    const counted = claimsPageQuery({}, { field: 'CONFIDENCE', direction: 'ASC' }, { limit: 1, withTotal: true });
    expect(counted.cypher).toContain('collect({c: c, k: c.confidence, id: c.id})');
    expect(counted.cypher).toContain('ORDER BY m.k ASC, m.id ASC');
    const forged = claimsPageQuery({}, { field: 'CLAIMED_ON', direction: 'DESC; MATCH (n) DETACH DELETE n' as never }, { limit: 1, withTotal: true });
    expect(forged.cypher).not.toContain('DETACH');
    expect(() => claimsPageQuery({}, { field: 'name} RETURN 1 //' as never, direction: 'ASC' }, { limit: 1, withTotal: true })).toThrow();
  });
});

describe('other builders', () => {
  it.each([
    ['events', eventsPageQuery({ kinds: ['deployment'], participant: { value: 'KP', key: 'kp' }, from: '2024-10-01', to: '2024-10-31' }, 'ASC', 0, 20)],
    ['timeline', timelineQuery({ value: 'North Korea', key: 'north korea' }, '2024-10-31', 50)],
    ['contradictions', contradictionsQuery({ value: 'North Korea', key: 'north korea' }, null, 0, 20)],
    ['corroborations', corroborationsQuery({ value: 'North Korea', key: 'north korea' }, null, 5)],
    ['neighbourhood', neighbourhoodQuery(['country:KP'], 2, ['Entity', 'Event'], 100)],
    ['delete', deleteArticlesQuery(['article:1'])],
    ['merge', mergeEntitiesQuery({ keepId: 'a', mergeId: 'b', auditId: 'merge:1', actor: 'token:1', at: '2026-01-01T00:00:00Z', reason: null })],
  ])('%s', (_name, query) => {
    expect(query.cypher).toMatchSnapshot();
  });

  it('writes an ingestion batch in eight statements, whatever its size', () => {
    const statements = writeArticlesStatements({ articles: [], sources: [], entities: [], events: [], claims: [] });
    expect(statements.map((s) => s.name)).toEqual([
      'ingest.write.sources', 'ingest.write.articles', 'ingest.write.reported-by', 'ingest.write.relays',
      'ingest.write.entities', 'ingest.write.events', 'ingest.write.claims', 'ingest.write.links',
    ]);
    expect(statements.map((s) => s.cypher).join('\n---\n')).toMatchSnapshot();
  });

  it('refuses a neighbourhood depth outside 1..3 (it is written into the Cypher)', () => {
    expect(() => neighbourhoodQuery(['x'], 4, [], 10)).toThrow(RangeError);
    expect(() => neighbourhoodQuery(['x'], 1.5, [], 10)).toThrow(RangeError);
  });

  it('escapes Lucene syntax in search terms', () => {
    expect(entitySearchLucene(['coree du nord'])).toBe('(coree OR coree*) AND (du OR du*) AND (nord OR nord*)');
    expect(entitySearchLucene(['a:b OR (c)'])).toBe('(a OR a*) AND (b OR b*) AND (or OR or*) AND (c OR c*)');
    expect(entitySearchLucene(['*'])).toBe('');
  });

  it('makes every migration idempotent', () => {
    for (const migration of migrations) expect(migration.cypher).toMatch(/IF NOT EXISTS/);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });
});
