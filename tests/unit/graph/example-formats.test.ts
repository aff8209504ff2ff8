import { replaceReadmeBlock } from '../../../examples/generate-query-docs';
import { csvField, csvLine } from '../../../examples/lib/csv';
import { toGraphML, xmlEscape } from '../../../examples/lib/graphml';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks, and joins lists', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('« il a dit "non" »')).toBe('"« il a dit ""non"" »"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(['country:KP', 'country:RU'])).toBe('country:KP; country:RU');
    expect(csvLine(['a', 1, true])).toBe('a,1,true\r\n');
  });
});

describe('GraphML export', () => {
  it('escapes XML and writes keys, nodes and edges', () => {
    expect(xmlEscape(`<a & "b">`)).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    const xml = toGraphML({
      nodes: [
        { data: { id: 'country:KP', label: 'Corée du Nord & co', group: 'Entity', type: 'Country', date: null, stance: null } },
        { data: { id: 'claim:1', label: 'x', group: 'Claim', type: 'doubts', date: '2024-10', stance: 'doubts' } },
      ],
      edges: [{ data: { id: 'e1', source: 'claim:1', target: 'country:KP', type: 'ABOUT', label: 'about' } }],
    });
    expect(xml).toContain('<node id="country:KP">');
    expect(xml).toContain('<data key="n_label">Corée du Nord &amp; co</data>');
    expect(xml).not.toContain('<data key="n_date"></data>');
    expect(xml).toContain('<edge id="e1" source="claim:1" target="country:KP">');
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });
});

describe('replaceReadmeBlock', () => {
  it('replaces only what stands between the markers', () => {
    const readme = 'intro\n<!-- queries:start -->\nold\n<!-- queries:end -->\nafter\n';
    expect(replaceReadmeBlock(readme, 'new')).toBe('intro\n<!-- queries:start -->\nnew\n<!-- queries:end -->\nafter\n');
  });

  it('refuses a README without the block', () => {
    expect(() => replaceReadmeBlock('no markers', 'x')).toThrow(/no <!-- queries:start -->/);
  });
});
