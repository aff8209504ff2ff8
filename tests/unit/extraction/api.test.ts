import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle, createRuleBasedExtractor } from '../../../src/extraction';
import { parseArticleFile } from '../../../src/article-file';
import type { ExtractionResult } from '../../../src/extraction/types';

const ROOT = resolve(__dirname, '..', '..', '..');
const dirs = [resolve(ROOT, '..', 'shared', 'corpus'), join(ROOT, 'tests', 'gold')].filter(existsSync);
const articles = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, ...parseArticleFile(readFileSync(join(d, f), 'utf8')) })));

function evidences(r: ExtractionResult) {
  return [
    ...r.claims.flatMap((c) => [c.evidence, c.content]),
    ...r.deployments.map((d) => d.evidence), ...r.armsTransfers.map((t) => t.evidence),
    ...r.agreements.map((a) => a.evidence), ...r.meetings.map((m) => m.evidence),
  ];
}

describe('extractArticle on the development articles', () => {
  it('has articles to run on', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
  });
  it.each(articles.map((a) => [a.name, a] as const))('%s: every fact carries exact evidence and every reference resolves', (_name, a) => {
    const r = extractArticle({ body: a.body, published: a.published, language: a.language, outlet: a.outlet, title: a.title });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const e of evidences(r)) {
      expect(a.body.slice(e.start, e.end)).toBe(e.text);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    const ids = new Set(r.entities.map((e) => e.id));
    for (const e of r.entities) for (const m of e.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
    for (const c of r.claims) if (c.claimant) expect(ids.has(c.claimant)).toBe(true);
    for (const d of r.deployments) expect([d.from, d.to].every((x) => x === null || ids.has(x))).toBe(true);
    for (const t of r.armsTransfers) expect([t.supplier, t.recipient].every((x) => x === null || ids.has(x))).toBe(true);
  });
  it('is deterministic', () => {
    const a = articles[0];
    const input = { body: a.body, published: a.published, language: a.language };
    expect(JSON.stringify(extractArticle(input))).toBe(JSON.stringify(extractArticle(input)));
  });
});

describe('the seed article', () => {
  // The seed ships in the repository (seeds/), so this test never depends on ../shared.
  const seed = parseArticleFile(readFileSync(join(ROOT, 'seeds', '00-seed.txt'), 'utf8'));
  const run = () => extractArticle({ body: seed.body, published: '2024-10-19', language: 'fr', outlet: 'News Day FR (relays Reuters)' });
  it('finds the NIS claims dated by the announcement, Zelensky’s accusation and Rutte’s doubt', () => {
    const r = run();
    const nis = r.claims.filter((c) => c.claimant === 'org:kr-nis');
    expect(nis.length).toBeGreaterThanOrEqual(6);
    expect(nis.every((c) => c.claimedOn === '2024-10-18')).toBe(true);
    expect(r.claims.find((c) => c.claimant === 'person:volodymyr-zelensky')).toMatchObject({ stance: 'accuses', claimedOn: '2024-10-17' });
    expect(r.claims.find((c) => c.claimant === 'person:mark-rutte')).toMatchObject({ stance: 'doubts', claimedOn: null });
    expect(r.reporting.agencies).toContain('Reuters');
    expect(r.deployments).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'country:KP', to: 'country:RU', size: 1500, sizeQualifier: 'at_least' })]));
    expect(r.armsTransfers).toEqual(expect.arrayContaining([expect.objectContaining({ quantity: 8_000_000, quantityQualifier: 'more_than' })]));
  });
});

describe('createRuleBasedExtractor', () => {
  it('wraps extractArticle behind the Extractor interface', async () => {
    const extractor = createRuleBasedExtractor();
    expect(extractor.name).toBe('rule-based');
    const input = { body: 'Iran denied the report on Friday.', published: '2025-03-14', language: 'en' as const };
    expect(await extractor.extract(input)).toEqual(extractArticle(input));
  });
});

describe('user-extended lexicons', () => {
  it('reads another lexicon folder without code changes', async () => {
    const { mkdtempSync, cpSync, readFileSync: read, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lexicons-'));
    cpSync(join(ROOT, 'lexicons'), dir, { recursive: true });
    const persons = JSON.parse(read(join(dir, 'persons.json'), 'utf8'));
    persons.entries.push({ id: 'person:ada-quill', name: 'Ada Quill', aliases: ['Ada Quill'], country: 'FR' });
    writeFileSync(join(dir, 'persons.json'), JSON.stringify(persons));
    const r = await createRuleBasedExtractor({ lexiconDir: dir }).extract({ body: 'Ada Quill denied the report.', published: '2025-01-01', language: 'en' });
    expect(r.claims[0]).toMatchObject({ claimant: 'person:ada-quill', stance: 'denies' });
  });
  it('does without the optional files (towns, regions, country anaphors)', async () => {
    const { mkdtempSync, cpSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lexicons-'));
    cpSync(join(ROOT, 'lexicons'), dir, { recursive: true });
    for (const file of ['cities.json', 'regions.json', 'anaphors.json']) rmSync(join(dir, file));
    const body = 'Jordan fears an attack. Egypt will send 800 troops to the kingdom, officials said.';
    const r = await createRuleBasedExtractor({ lexiconDir: dir }).extract({ body, published: '2025-01-01', language: 'en' });
    expect(r.entities.find((e) => e.id === 'country:JO')?.mentions.map((m) => m.text)).toEqual(['Jordan']);
  });
});
