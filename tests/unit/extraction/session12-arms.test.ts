import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const transfers = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => `${t.supplier} -> ${t.recipient} ${t.quantity}`);

describe('arms transfers: counts read as clock times', () => {
  it('keeps "de huit hélicoptères" a count, not the hour "huit h"', () => {
    expect(transfers('Madrid a annoncé la livraison de huit hélicoptères au Maroc.', 'fr')).toEqual(['country:ES -> country:MA 8']);
    expect(transfers('Ottawa a confirmé la vente de 12 hélicoptères au Chili.', 'fr')).toEqual(['country:CA -> country:CL 12']);
    expect(run('La réunion a commencé à huit h et demie.', 'fr').armsTransfers).toEqual([]);
  });
});
