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

describe('transfers: a recipient known from the sentence around', () => {
  it('gives to the side a sentence opens on ("Côté X,", "On the X side,"), not to the supplier\'s own side', () => {
    expect(transfers("Le Tadjikistan renforce sa frontière. Côté tadjik, Pékin a fourni huit blindés de transport de troupes en mars.", 'fr'))
      .toEqual(['country:CN -> country:TJ 8']);
    expect(transfers('Tajikistan is reinforcing its border. On the Tajik side, Beijing has supplied eight armoured personnel carriers.', 'en'))
      .toEqual(['country:CN -> country:TJ 8']);
    expect(transfers('Côté russe, Moscou a livré dix chars à la Syrie.', 'fr')).toEqual(['country:RU -> country:SY 10']);
  });
  it('reads a dative pronoun past adverbs ("leur a par ailleurs livré") as the body named before', () => {
    expect(transfers("Les Forces armées djiboutiennes (FAD) ont reçu en octobre dix blindés cédés par la France. La Chine leur a par ailleurs livré deux patrouilleurs en septembre.", 'fr'))
      .toEqual(['country:FR -> org:dj-armed-forces 10', 'country:CN -> org:dj-armed-forces 2']);
    expect(transfers("L'armée malienne a reçu six hélicoptères russes. La Turquie lui a également fourni douze drones en mai.", 'fr'))
      .toEqual(['country:RU -> org:ml-fama 6', 'country:TR -> org:ml-fama 12']);
  });
});

describe('transfers: a company named with its nationality is the supplier, also without a maker noun', () => {
  const supplier = (body: string, language: 'fr' | 'en') =>
    extractArticle({ body, published: '2025-03-14', language }).armsTransfers.map((t) => `${t.supplier} -> ${t.recipient}`);
  it('gives way to the company after the demonym or the possessive', () => {
    expect(supplier("Le Sénégal a commandé auprès du brésilien Embraer quatre avions Super Tucano.", 'fr')).toEqual(['org:embraer -> country:SN']);
    expect(supplier("Kenya has received six armoured vehicles from Turkey's Otokar.", 'en')).toEqual(['org:otokar -> country:KE']);
  });
  it('keeps the country when no company follows it', () => {
    expect(supplier('La Turquie a livré deux drones Bayraktar au Niger.', 'fr')).toEqual(['country:TR -> country:NE']);
  });
});
