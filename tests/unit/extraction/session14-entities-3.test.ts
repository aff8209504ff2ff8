import { extractArticle } from '../../../src/extraction';

const entities = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).entities.map((e) => `${e.id}:${e.mentions.map((m) => m.text).join('|')}`);

describe('entities: codes of territories without a usable name', () => {
  it('reads no territory in a Roman numeral or a bare code ("Mark VI" is no US Virgin Islands)', () => {
    expect(entities('Two Mark VI patrol boats reached the port of Subic on Monday.', 'en').filter((e) => e.startsWith('country:'))).toEqual([]);
    expect(entities('Les deux patrouilleurs Mark VI et le FK sont arrivés lundi.', 'fr').filter((e) => e.startsWith('country:'))).toEqual([]);
  });
});
