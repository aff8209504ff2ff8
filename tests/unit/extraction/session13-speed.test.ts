import { extractArticle } from '../../../src/extraction';

const entities = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).entities.map((e) => `${e.id} ${e.name}`);

describe('word tables looked up with body tokens are Maps (speed pass, session 13)', () => {
  it('reads a word that names a property of every object ("constructor") as a plain word', () => {
    // A plain-object table returned Object's constructor for "Constructor" before "Black Sea".
    const en = entities('A tanker was seen by the vessel Constructor Black Sea on Monday, the navy said.', 'en');
    expect(en.some((e) => e.includes('function'))).toBe(false);
    expect(en).toContain('location:black-sea Black Sea');
  });
  it('still reads the lowercase French heads of bodies and the kinds of bases', () => {
    expect(entities("Selon l'institut Clingendael, la menace grandit.", 'fr').some((e) => e.endsWith('Clingendael Institute'))).toBe(true);
    expect(entities('Les avions ont décollé de la base aérienne de Kandi.', 'fr').some((e) => /kandi/i.test(e))).toBe(true);
  });
});
