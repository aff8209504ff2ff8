import { extractArticle } from '../../../src/extraction';

const extract = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const transfers = (body: string, language: 'fr' | 'en') =>
  extract(body, language).armsTransfers.map((t) => `${t.supplier} -> ${t.recipient} ${t.quantity}`);

describe('transfers: seized shipments bound for a group', () => {
  it('skips common words between "bound for" / "destinés à" and the group named', () => {
    expect(transfers('Customs officers seized 60 assault rifles hidden in a lorry, reportedly destined for the outlawed Islamic State.', 'en'))
      .toEqual(['null -> org:isis 60']);
    expect(transfers("Les douaniers ont saisi 60 fusils d'assaut destinés, selon eux, à une cellule du groupe État islamique.", 'fr'))
      .toEqual(['null -> org:isis 60']);
  });
  it('takes a name the lexicon does not know for an armed group of its own, and lists it', () => {
    const en = extract('The coast guard intercepted a dhow carrying 40 rifles bound for the Zamtuka group off the coast.', 'en');
    expect(en.armsTransfers.map((t) => `${t.supplier} -> ${t.recipient} ${t.quantity}`)).toEqual(['null -> org:zamtuka 40']);
    expect(en.entities.find((e) => e.id === 'org:zamtuka')).toMatchObject({ name: 'Zamtuka', type: 'Organization' });
    expect(transfers("La police a saisi un camion transportant 30 fusils d'assaut destinés aux Brigades Kordani, a indiqué le parquet.", 'fr'))
      .toEqual(['null -> org:brigades-kordani 30']);
  });
  it('splits the counts of an enumeration, and reads no transfer to the seizer', () => {
    expect(transfers('Police intercepted a pickup carrying 15 machine guns and 3,000 cartridges bound for Nabru fighters.', 'en'))
      .toEqual(['null -> org:nabru 15', 'null -> org:nabru 3000']);
  });
  it('does not take a place after common words for the recipient', () => {
    expect(transfers('The navy seized 200 rifles on a freighter bound for the port of Aden.', 'en')).toEqual([]);
  });
});

describe('transfers: the first part of a whole on order', () => {
  it('keeps the order of the whole (planned) apart from the part delivered', () => {
    expect(transfers('Embraer has delivered the first four of 15 Super Tucano trainer aircraft bought by Ghana.', 'en'))
      .toEqual(['org:embraer -> country:GH 4', 'org:embraer -> country:GH 15']);
    expect(transfers('Naval Group a livré les deux premières des six frégates commandées par la Grèce.', 'fr'))
      .toEqual(['org:naval-group -> country:GR 2', 'org:naval-group -> country:GR 6']);
    const statuses = extract('Le Sénégal a réceptionné les deux premiers des cinq patrouilleurs commandés à la France.', 'fr').armsTransfers.map((t) => `${t.quantity} ${t.status}`);
    expect(statuses).toEqual(['2 delivered', '5 planned']);
  });
  it('reads the last part of a whole as the part alone: nothing is outstanding', () => {
    expect(transfers('Airbus delivered the last three of 12 A400M transport aircraft ordered by Indonesia.', 'en')).toEqual(['org:airbus -> country:ID 3']);
    expect(transfers('Le Brésil a reçu les deux derniers des huit hélicoptères commandés à la France.', 'fr')).toEqual(['country:FR -> country:BR 2']);
  });
});

describe('transfers: counter-drone systems as items', () => {
  it('reads "counter-drone systems", "systèmes anti-drones" as weapons', () => {
    expect(transfers('Minsk pledged three counter-drone systems to Armenia.', 'en')).toEqual(['country:BY -> country:AM 3']);
    expect(transfers("L'Ouzbékistan a acheté quatre systèmes antidrones à Israël.", 'fr')).toEqual(['country:IL -> country:UZ 4']);
  });
});
