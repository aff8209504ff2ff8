import { extractArticle } from '../../../src/extraction';

const deployments = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).deployments.map((d) => `${d.from} -> ${d.to} ${d.size}`);

describe('deployments: a place noun standing for the place of that kind named before', () => {
  it('reads "in the peninsula", "dans la péninsule" as the peninsula named last, not a place of a later clause', () => {
    expect(deployments('Egypt sent armour into the Sinai Peninsula in May. Egypt now keeps about 30,000 troops in the peninsula, twice the agreed number, and has stationed radars near El Arish.', 'en'))
      .toContain('country:EG -> location:sinai-peninsula 30000');
    expect(deployments("L'Égypte a déployé des blindés dans la péninsule du Sinaï en mai. L'Égypte maintient désormais quelque 30 000 soldats dans la péninsule, et a installé des radars près d'El-Arich.", 'fr'))
      .toContain('country:EG -> location:sinai-peninsula 30000');
  });
  it('takes no place past the start of another clause', () => {
    expect(deployments('Kenya has deployed 400 more soldiers, and a new base near Kismayo will open in June.', 'en')).toEqual([]);
  });
});

describe('deployments: the phrasings of a destination', () => {
  it('reads a division after its noun ("le județ de X", "the province of X") as the division, not its town', () => {
    expect(deployments("La Roumanie a envoyé 200 militaires dans le județ de Constanța.", 'fr')).toEqual(['country:RO -> location:constanta-ro 200']);
    expect(deployments('Pakistan sent 300 troops to the province of Balochistan.', 'en')).toEqual(['country:PK -> location:balochistan-pk 300']);
  });
  it('reads "the border province of X", "the border town of X" as X', () => {
    expect(deployments('Syria sent 800 troops to the border province of Idlib.', 'en')).toEqual(['country:SY -> location:idlib-sy 800']);
    expect(deployments('Brazil rushed 600 soldiers to the border town of Pacaraima.', 'en')).toEqual(['country:BR -> location:pacaraima 600']);
  });
  it('reads a place after "along", "le long de" as the destination', () => {
    expect(deployments('Chile has deployed 300 soldiers along the Lauca River.', 'en')).toEqual(['country:CL -> location:lauca-river 300']);
    expect(deployments('Le Tchad a déployé 500 soldats le long du fleuve Chari.', 'fr')).toEqual(['country:TD -> location:chari-river 500']);
  });
  it('takes the verb of the noun\'s own clause over one before it', () => {
    expect(deployments('Some 570 Japanese soldiers have been stationed on Yonaguni since 2023, and two batteries of missiles were moved to Camp Kengun.', 'en'))
      .toContain('country:JP -> location:camp-kengun 2');
  });
});

describe('deployments: a border between two countries', () => {
  const borderEntities = (body: string, language: 'fr' | 'en') =>
    extractArticle({ body, published: '2025-03-14', language }).entities.filter((e) => /border/.test(e.name)).map((e) => `${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);
  it('sends troops to the border of the sender\'s country and the other one named ("its border with X", "la frontière turque", "the Somali border")', () => {
    const jordan = 'Jordan has deployed two brigades along its northern border with Syria after clashes near Ruwayshid.';
    expect(deployments(jordan, 'en')).toEqual(['country:JO -> location:jordan-syria-border 2']);
    expect(borderEntities(jordan, 'en')).toEqual(['Jordan–Syria border [northern border with Syria]']);
    expect(deployments("L'Irak a envoyé deux brigades vers la frontière turque après des frappes près de Zakho.", 'fr')).toEqual(['country:IQ -> location:iraq-turkey-border 2']);
    expect(deployments('Kenya sent 300 troops to the Somali border.', 'en')).toEqual(['country:KE -> location:kenya-somalia-border 300']);
  });
  it('reads "la frontière entre A et B" as the border of A and B', () => {
    expect(deployments("L'ASEAN enverra vingt observateurs à la frontière entre la Thaïlande et le Cambodge.", 'fr')).toEqual(['org:asean -> location:thailand-cambodia-border 20']);
  });
  it('keeps a bare border as the sender\'s own country, and a place named right after the border', () => {
    expect(deployments('Le Tchad a envoyé 2 000 soldats à la frontière.', 'fr')).toEqual(['country:TD -> country:TD 2000']);
    expect(deployments('La Mauritanie a déployé des unités le long de sa frontière nord avec le Mali, près de Zouérate.', 'fr')).toEqual(['country:MR -> location:zouerate null']);
    expect(borderEntities('Le Tchad a envoyé 2 000 soldats à la frontière.', 'fr')).toEqual([]);
  });
});

describe('deployments: a unit of no known country sent at home', () => {
  it('gives the unit\'s moves to the country of the place it goes to', () => {
    expect(deployments("Un convoi du Bataillon d'intervention rapide (BIR), l'unité d'élite de l'armée camerounaise, a été filmé. Deux compagnies du BIR ont été envoyées à Kumba, dans le Sud-Ouest.", 'fr'))
      .toEqual(['country:CM -> location:kumba 2']);
  });
});
