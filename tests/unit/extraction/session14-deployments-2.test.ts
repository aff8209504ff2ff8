import { extractArticle } from '../../../src/extraction';

const deployments = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).deployments.map((d) => `${d.from} -> ${d.to} ${d.size}`);

describe('deployments: a place named on the border', () => {
  it('takes the province named after the border for the destination', () => {
    expect(deployments('Le Tchad a massé 2 000 soldats le long de sa frontière avec le Soudan, dans la province du Ouaddaï.', 'fr')).toEqual(['country:TD -> location:ouaddai-td 2000']);
  });
  it('keeps the border when no place follows it', () => {
    expect(deployments('India has moved 3,000 troops to its border with Pakistan, where clashes erupted in Kupwara.', 'en')).toEqual(['country:IN -> location:india-pakistan-border 3000']);
  });
});

describe('deployments: places listed under a plural noun of their kind', () => {
  it('gives each place of "the counties of A and B", "les régions de A et de B" its own deployment', () => {
    expect(deployments('Kenya has deployed troops along its border with Somalia, in the counties of Mandera and Wajir.', 'en')).toEqual(['country:KE -> location:mandera null', 'country:KE -> location:wajir null']);
    expect(deployments('Le Niger a déployé 400 soldats dans les régions de Tillabéri et de Dosso.', 'fr')).toEqual(['country:NE -> location:tillaberi 400', 'country:NE -> location:dosso 400']);
  });
  it('still reads towns of one country listed without such a noun as the country', () => {
    expect(deployments('Pakistan moved 500 troops to Quetta and Gwadar.', 'en')).toEqual(['country:PK -> country:PK 500']);
  });
});

describe('deployments: a strength given by a counting verb', () => {
  it('reads "qui comptent N militaires", "numbering about N" after the force or its place as its size', () => {
    expect(deployments('Les forces françaises stationnées à Djibouti, qui comptent environ 1 500 militaires, seront renforcées.', 'fr')).toEqual(['country:FR -> country:DJ 1500']);
    expect(deployments('Britain deployed a battlegroup, numbering about 900, to Estonia.', 'en')).toEqual(['country:GB -> country:EE 900']);
    expect(deployments('US forces stationed in Japan, which number about 54,000, are the largest overseas.', 'en')).toEqual(['country:US -> country:JP 54000']);
  });
  it('does not take a count of other things for the strength', () => {
    expect(deployments('Britain deployed a battlegroup to Estonia, which numbers 1.3 million people.', 'en')).toEqual(['country:GB -> country:EE null']);
  });
});

describe('deployments: "additional" inside the figure', () => {
  it('counts "three additional wings of" a named unit', () => {
    expect(deployments('Three additional wings of the Frontier Corps have been moved to Gwadar.', 'en')).toEqual(['country:PK -> location:gwadar 3']);
  });
});
