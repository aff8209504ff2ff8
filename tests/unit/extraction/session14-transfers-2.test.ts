import { extractArticle } from '../../../src/extraction';

const extract = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const transfers = (body: string, language: 'fr' | 'en') =>
  extract(body, language).armsTransfers.map((t) => `${t.supplier} -> ${t.recipient} ${t.quantity}`);

describe('transfers: a unit of no known country as the other party', () => {
  it('takes a unit after "à" / "to" for the recipient of a passive with a company agent', () => {
    expect(transfers("Le Bataillon d'intervention rapide (BIR) est en première ligne. Trente véhicules blindés ont été livrés par Arquus au BIR en 2024.", 'fr'))
      .toEqual(['org:arquus -> unit:bir 30']);
  });
  it('takes a unit that receives for the recipient, and the maker of the items for the supplier', () => {
    expect(transfers("Le Bataillon d'intervention rapide (BIR) est en première ligne. Le BIR a reçu en 2025 un lot de 2 000 fusils d'assaut fabriqués par Israel Weapon Industries.", 'fr'))
      .toEqual(['org:iwi -> unit:bir 2000']);
  });
});

describe('transfers: a seized load and the supplier of the sentence before', () => {
  it('does not give a load seized on its way to a group to the supplier of the transfer told before', () => {
    expect(transfers('Washington delivered 12 attack helicopters to Nigeria in May. Customs officers intercepted a lorry carrying 90 rifles bound for the Zamtuka group.', 'en'))
      .toEqual(['country:US -> country:NG 12', 'null -> org:zamtuka 90']);
  });
});
