import { extractArticle } from '../../../src/extraction';

const deployments = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).deployments.map((d) => `${d.from} -> ${d.to} ${d.size}`);

describe('deployments: "the city", "the town", "la ville" for the town named last', () => {
  it('reads the town named in the sentences before as the destination', () => {
    expect(deployments('Rebels shelled Goma on Monday. Rwanda sent 400 troops to the town.', 'en')).toEqual(['country:RW -> location:goma 400']);
    expect(deployments('Fighting erupted near Kidal last week. The Malian army said 300 soldiers had been airlifted to the city as reinforcements.', 'en')).toEqual(['country:ML -> location:kidal 300']);
    expect(deployments('Les rebelles encerclent Bunia. Kinshasa a envoyé 500 soldats dans la ville.', 'fr')).toEqual(['country:CD -> location:bunia 500']);
  });
  it('does not take a province or region for a town', () => {
    expect(deployments('Rebels advanced across Ituri province. Uganda sent 200 troops to the city.', 'en')).toEqual([]);
  });
  it('keeps "la ville de X" naming its own town', () => {
    expect(deployments('Les rebelles ont pris Bunia. Le Tchad a envoyé 300 soldats dans la ville de Goma.', 'fr')).toEqual(['country:TD -> location:goma 300']);
  });
});

describe('deployments: "the state capital X", "la capitale X"', () => {
  it('reads a place named after "capital" as the destination', () => {
    expect(deployments('Uganda sent 200 troops to the provincial capital Bunia.', 'en')).toEqual(['country:UG -> location:bunia 200']);
    expect(deployments('The Arakan Army has moved thousands of fighters towards the state capital Sittwe.', 'en')).toEqual(['org:arakan-army -> location:sittwe null']);
    expect(deployments('Le Tchad a envoyé 300 soldats vers la capitale Abéché.', 'fr')).toEqual(['country:TD -> location:abeche 300']);
  });
});

describe('deployments: "y"/"there" for the place of the deployment told just before', () => {
  it('reads "y" after a subject set off by an apposition ("Le Danemark, pays allié, y compte")', () => {
    const body = 'Environ 300 soldats tchèques sont stationnés à Tapa. Leur bataillon a été salué lundi par le ministre. « Nous restons », a-t-il dit.\n\nLe Danemark, pays allié, y compte quelque 200 soldats.';
    expect(deployments(body, 'fr')).toEqual(['country:CZ -> location:tapa 300', 'country:DK -> location:tapa 200']);
  });
  it('goes back three sentences for the deployment told before', () => {
    const body = 'About 300 Czech soldiers are stationed in Tapa. Their battalion was praised on Monday by the minister. "We are staying," he said.\n\nDenmark, another ally, has some 200 troops there.';
    expect(deployments(body, 'en')).toEqual(['country:CZ -> location:tapa 300', 'country:DK -> location:tapa 200']);
  });
});

describe('deployments: troops in a mission serve in its theatre', () => {
  it('reads the Multinational Force and Observers as serving in the Sinai, UNISFA in Abyei', () => {
    expect(deployments('The Multinational Force and Observers has monitored the treaty since 1982. Uruguay has about 60 soldiers in the force.', 'en')).toEqual(['country:UY -> location:sinai-peninsula 60']);
    expect(deployments('Les Fidji comptent quelque 170 soldats au sein de la Force multinationale et observateurs.', 'fr')).toEqual(['country:FJ -> location:sinai-peninsula 170']);
    expect(deployments('Pakistan has 200 peacekeepers in UNISFA.', 'en')).toEqual(['country:PK -> location:abyei 200']);
  });
});
