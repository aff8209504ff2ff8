import { extractArticle } from '../../../src/extraction';

const entities = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).entities.map((e) => `${e.id}:${e.mentions.map((m) => m.text).join('|')}`);

describe('entities: codes of territories without a usable name', () => {
  it('reads no territory in a Roman numeral or a bare code ("Mark VI" is no US Virgin Islands)', () => {
    expect(entities('Two Mark VI patrol boats reached the port of Subic on Monday.', 'en').filter((e) => e.startsWith('country:'))).toEqual([]);
    expect(entities('Les deux patrouilleurs Mark VI et le FK sont arrivés lundi.', 'fr').filter((e) => e.startsWith('country:'))).toEqual([]);
  });
});

describe('entities: a border crossing named after a place the article names', () => {
  it('reads the crossing as the place when the place is named on its own too', () => {
    const fr = entities("Des renforts sont arrivés à Kelbira mardi. Le poste-frontière de Kelbira reste fermé aux camions.", 'fr');
    expect(fr.filter((e) => e.includes('kelbira'))).toEqual(['location:kelbira:Kelbira|Kelbira']);
    const en = entities('Police reinforcements reached Dostan on Tuesday. The Dostan border crossing stays closed to trucks.', 'en');
    expect(en.filter((e) => e.includes('dostan'))).toHaveLength(1);
  });
  it('keeps the crossing apart when the place is named only by it', () => {
    const en = entities('Trucks queued at the Dostan border crossing on Tuesday, officials said.', 'en');
    expect(en.filter((e) => e.includes('dostan'))).toEqual(['location:dostan-border-crossing:Dostan border crossing|Dostan']);
  });
});

describe('entities: "le poste frontalier de X"', () => {
  it('reads the place after "poste frontalier de" as a crossing, and as the town when the town is named too', () => {
    expect(entities('Le poste frontalier de Bir Kallat a été fermé lundi.', 'fr').filter((e) => e.includes('kallat'))).toEqual(['location:bir-kallat-border-crossing:Bir Kallat']);
    expect(entities('Des soldats ont été envoyés à Bir Kallat. Le poste frontalier de Bir Kallat a été fermé.', 'fr').filter((e) => e.includes('kallat'))).toEqual(['location:bir-kallat:Bir Kallat|Bir Kallat']);
  });
});
