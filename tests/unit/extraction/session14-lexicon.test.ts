import { extractArticle } from '../../../src/extraction';

const entities = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language }).entities.map((e) => e.id);

describe('lexicon: country names in the spellings the press uses', () => {
  it('reads "Kirghizstan" as well as "Kirghizistan" for Kyrgyzstan', () => {
    expect(entities('Le Kirghizstan a fermé sa frontière.', 'fr')).toEqual(['country:KG']);
    expect(entities('Le Kirghizistan a fermé sa frontière.', 'fr')).toEqual(['country:KG']);
  });
});
