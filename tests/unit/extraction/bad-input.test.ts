import { extractArticle } from '../../../src/extraction';
import { MAX_ANALYSED_CHARS } from '../../../src/extraction/stages/normalise';

describe('bad input never crashes nor hangs', () => {
  it('empty text gives an empty result with an error diagnostic', () => {
    const r = extractArticle({ body: '' });
    expect(r.entities).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ stage: 'normalise', severity: 'error', message: 'empty article body' })]);
  });
  it('binary junk is refused with a diagnostic', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 37) % 256)).join('');
    const r = extractArticle({ body: junk });
    expect(r.claims).toEqual([]);
    expect(r.diagnostics.some((d) => /binary/.test(d.message))).toBe(true);
  });
  it('HTML is read with offsets into the HTML string', () => {
    const body = '<div><p>Iran&#39;s foreign ministry <b>denied</b> the report on Friday.</p></div>';
    const r = extractArticle({ body, published: '2025-03-14', language: 'en' });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ claimant: 'org:ir-foreign-ministry', stance: 'denies', claimedOn: '2025-03-14' });
    expect(body.slice(r.claims[0].evidence.start, r.claims[0].evidence.end)).toBe(r.claims[0].evidence.text);
  });
  // Speed is measured by `npm run bench:extract`, not here: these tests check that the work is bounded
  // (only a prefix is analysed), and jest's generous timeout only guards against a hang.
  it('a 10 MB text is cut to the analysed prefix and says so', () => {
    const unit = 'La Corée du Nord a envoyé 1.500 soldats en Russie, a annoncé le NIS vendredi. ';
    const body = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const r = extractArticle({ body, published: '2024-10-19', language: 'fr' });
    expect(r.diagnostics.some((d) => d.severity === 'warning' && /analysed/.test(d.message))).toBe(true);
    expect(r.claims.length).toBeGreaterThan(0);
    const ends = [...r.claims, ...r.deployments].map((f) => f.evidence.end);
    expect(Math.max(...ends)).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  }, 120_000);
  it('a single 10 MB token and a pathological punctuation run give a result, not a hang or a throw', () => {
    expect(extractArticle({ body: 'x'.repeat(10_000_000), language: 'en' }).claims).toEqual([]);
    expect(extractArticle({ body: '('.repeat(200_000) + '« »'.repeat(100_000), language: 'fr' }).deployments).toEqual([]);
  }, 120_000);
  it('an unhandled language is reported, not thrown', () => {
    const r = extractArticle({ body: 'Der Bundeskanzler hat am Dienstag in Berlin gesagt, dass die Regierung die Ukraine weiterhin mit Waffen unterstützen werde.' });
    expect(r.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ stage: 'language', severity: 'error' })]));
    expect(r.entities.map((e) => e.id)).toContain('country:UA');
  });
  it('an unparseable publication date is reported and relative dates stay unresolved', () => {
    const r = extractArticle({ body: 'Ukraine said on Thursday that Russia attacked.', published: 'last Tuesday', language: 'en' });
    expect(r.published).toBeNull();
    expect(r.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ stage: 'language', severity: 'warning' })]));
    expect(r.claims[0].claimedOn).toBeNull();
  });
});
