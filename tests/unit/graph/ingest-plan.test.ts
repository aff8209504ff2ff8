import { applyRedirects, articleKey, eventKey, parseOutlet, planArticle, referencedEntityIds } from '../../../src/graph/ingest-plan';
import { articleInput, goldExtraction } from './support/gold-extraction';

const seed = articleInput('00-seed');
const plan = planArticle({ input: seed, extraction: goldExtraction('00-seed', seed), ingestedAt: '2026-01-01T00:00:00.000Z' });

describe('reporting chain', () => {
  it('reads a relayed agency from the outlet header', () => {
    expect(parseOutlet('News Day FR (relays Reuters)')).toEqual({ outlet: 'News Day FR', relays: ['Reuters'] });
    expect(parseOutlet('Example Wire (constructed for tests)')).toEqual({ outlet: 'Example Wire', relays: [] });
    expect(parseOutlet('Le Monde (avec AFP et Reuters)')).toEqual({ outlet: 'Le Monde', relays: ['AFP', 'Reuters'] });
    expect(parseOutlet(null)).toEqual({ outlet: null, relays: [] });
  });

  it('makes the agency the origin of a relayed article', () => {
    expect(plan.article).toMatchObject({ outletId: 'source:news-day-fr', agencyIds: ['source:reuters'], originId: 'source:reuters' });
    expect(plan.sources).toEqual([
      { id: 'source:news-day-fr', name: 'News Day FR', kind: 'outlet' },
      { id: 'source:reuters', name: 'Reuters', kind: 'agency' },
    ]);
    expect(plan.claims.every((claim) => claim.originId === 'source:reuters')).toBe(true);
  });
});

describe('article plan', () => {
  it('keys an article by url, else by the hash of its text', () => {
    expect(articleKey({ url: 'https://x.example/a', body: 'b' })).toBe('url:https://x.example/a');
    expect(articleKey({ url: null, body: 'b' })).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(plan.article.key).toBe(articleKey(seed));
  });

  it('is deterministic: the same article gives the same rows', () => {
    const again = planArticle({ input: seed, extraction: goldExtraction('00-seed', seed), ingestedAt: '2026-01-01T00:00:00.000Z' });
    expect(again).toEqual(plan);
  });

  it('keeps the three dates apart: publication, claim, event', () => {
    expect(plan.article).toMatchObject({ publishedOn: '2024-10-19', publishedPrecision: 'day', reportedOn: '2024-10-19' });
    const zelensky = plan.claims.find((claim) => claim.claimantIds.includes('person:volodymyr-zelensky'))!;
    expect(zelensky).toMatchObject({ claimedOn: '2024-10-17', claimedOnPrecision: 'day', claimedOnStart: '2024-10-17', stance: 'accuses', polarity: 'positive' });
    const rutte = plan.claims.find((claim) => claim.claimantIds.includes('person:mark-rutte'))!;
    expect(rutte).toMatchObject({ claimedOn: null, stance: 'doubts', polarity: 'negative' });
  });

  it('gives mentions offsets that index into the body', () => {
    for (const entity of plan.entities) {
      entity.starts.forEach((start, i) => expect(seed.body.slice(start, entity.ends[i])).toBe(entity.texts[i]));
    }
    expect(plan.entities.find((e) => e.id === 'country:north-korea')!.nameKeys).toEqual(expect.arrayContaining(['north korea', 'coree du nord', 'pyongyang']));
  });
});

describe('event keys', () => {
  it('are one event for the same kind, participants and month', () => {
    const p = [
      { role: 'from', entityId: 'country:KP' },
      { role: 'to', entityId: 'country:RU' },
    ];
    expect(eventKey('deployment', p, { value: '2024-10-08', precision: 'day' }, null)).toBe('deployment:country:KP>country:RU:2024-10');
    expect(eventKey('deployment', p, null, { value: '2024-10-19', precision: 'day' })).toBe('deployment:country:KP>country:RU:2024-10');
    expect(eventKey('deployment', [...p].reverse(), null, null)).toBe('deployment:country:RU>country:KP:undated');
    const parties = [
      { role: 'party', entityId: 'country:RU' },
      { role: 'party', entityId: 'country:KP' },
    ];
    expect(eventKey('agreement', parties, { value: '2024-06', precision: 'month' }, null)).toBe(eventKey('agreement', [...parties].reverse(), { value: '2024-06', precision: 'month' }, null));
  });

  it('merge the seed deployments of October 2024 into one event', () => {
    const deployments = plan.events.filter((e) => e.kind === 'deployment').map((e) => e.id);
    expect(deployments).toContain('deployment:country:north-korea>country:russia:2024-10');
    expect(new Set(deployments).size).toBe(deployments.length);
  });
});

describe('redirects', () => {
  it('rewrite merged entity ids everywhere and combine rows that become one', () => {
    const redirected = applyRedirects(plan, new Map([['country:south-korea', 'country:north-korea']]));
    expect(referencedEntityIds(redirected)).not.toContain('country:south-korea');
    const north = redirected.entities.filter((e) => e.id === 'country:north-korea');
    expect(north).toHaveLength(1);
    expect(north[0].aliases).toEqual(expect.arrayContaining(['Corée du Sud', 'Corée du Nord']));
    expect(applyRedirects(plan, new Map())).toBe(plan);
  });
});
