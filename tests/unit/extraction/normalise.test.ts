import { blankHtml } from '../../../src/extraction/stages/normalise';
import { runUntil } from './helpers';

describe('normalise stage', () => {
  it('blanks HTML without moving offsets', () => {
    const html = '<p>Iran&#39;s <b>foreign ministry</b> denied it.</p><script>var x = "<p>NATO</p>";</script>';
    const out = blankHtml(html);
    expect(out).toHaveLength(html.length);
    expect(out).not.toContain('<');
    expect(out).not.toContain('NATO');
    expect(out.slice(html.indexOf('foreign'), html.indexOf('foreign') + 7)).toBe('foreign');
    expect(out).toContain("    's");
  });
  it('reports empty and binary input as errors, without throwing', () => {
    expect(runUntil('normalise', { body: '' }).diagnostics[0]).toMatchObject({ stage: 'normalise', severity: 'error' });
    const junk = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7) % 32));
    const doc = runUntil('normalise', { body: junk });
    expect(doc.diagnostics.some((d) => d.severity === 'error' && /binary/.test(d.message))).toBe(true);
    expect(doc.text.trim()).toBe('');
  });
  it('analyses a very long body only up to a limit, as a prefix', () => {
    const body = 'Ukraine said troops arrived.\n'.repeat(20_000);
    const doc = runUntil('normalise', { body });
    expect(doc.text.length).toBeLessThan(body.length);
    expect(body.startsWith(doc.text)).toBe(true);
    expect(doc.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
  });
});
