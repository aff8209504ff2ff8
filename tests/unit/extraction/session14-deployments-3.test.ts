import { extractArticle } from '../../../src/extraction';

const extract = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const deployments = (body: string, language: 'fr' | 'en') => extract(body, language).deployments.map((d) => `${d.from} -> ${d.to} ${d.size}`);

describe('deployments: verbs of arrival and presence', () => {
  it('reads troops that take up positions or are present as deployed there', () => {
    expect(deployments('About 300 Kenyan soldiers took up positions near Garissa.', 'en')).toEqual(['country:KE -> location:garissa 300']);
    expect(deployments('Some 500 French troops are present in Chad.', 'en')).toEqual(['country:FR -> country:TD 500']);
    expect(deployments('Deux bataillons sénégalais prendront position à Ziguinchor.', 'fr')).toEqual(['country:SN -> location:ziguinchor 2']);
  });
  it('reads the place right after "rejoindre" as the destination', () => {
    expect(deployments('Environ 400 gendarmes béninois rejoindront Malanville.', 'fr')).toEqual(['country:BJ -> location:malanville 400']);
  });
  it('reads "abriter" as hosting: the host is the destination', () => {
    expect(deployments('Le Mali abrite désormais environ 1 000 militaires russes.', 'fr')).toEqual(['country:RU -> country:ML 1000']);
  });
});

describe('deployments: a force named with its state sends for that state', () => {
  it('takes the state in the name of a force found by its name only', () => {
    expect(deployments('The Australian Defence Force has sent 30 engineers to Fiji.', 'en')).toEqual(['country:AU -> country:FJ 30']);
    expect(deployments('La Force de défense nationale du Botswana a déployé 200 soldats au Mozambique.', 'fr')).toEqual(['country:BW -> country:MZ 200']);
  });
  it('keeps a group whose name only ends on a country as itself', () => {
    expect(deployments('Les Forces patriotiques de libération du Congo (FPLC) ont envoyé 300 combattants à Goma.', 'fr')).toEqual(['org:fplc -> location:goma 300']);
  });
});

describe('deployments: a place of unknown country', () => {
  it('takes the country of the military unit the sentence names for troops of no named owner', () => {
    expect(deployments('Around 400 Levies personnel had been withdrawn from Kharbaz and replaced by Frontier Corps troops.', 'en')).toEqual(['country:PK -> location:kharbaz 400']);
    expect(deployments("Quelque 300 policiers ont été déployés à Kharbaz, aux côtés d'éléments du Frontier Corps.", 'fr')).toEqual(['country:PK -> location:kharbaz 300']);
  });
  it('takes none when the units named are of different countries', () => {
    expect(deployments("Quelque 300 policiers ont été déployés à Kharbaz, aux côtés d'éléments du Frontier Corps et de la 82nd Airborne Division.", 'fr').filter((d) => d.endsWith(' 300'))).toEqual([]);
  });
});
