import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const entities = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type}:${e.name}`);

describe('first-level divisions known by their French name (lexicons/build/regions.ts)', () => {
  it('names a division by its translated French name, headed or distinctive ("l\'Extrême-Nord", "la région de l\'Adamaoua")', () => {
    expect(entities("Des combattants ont attaqué un poste dans l’Extrême-Nord, selon l'armée.", 'fr')).toContain('Location:Far North Region');
    expect(entities("Des renforts sont arrivés dans la Région de l'Adamaoua.", 'fr')).toContain('Location:Adamawa');
  });
  it('leaves a bare compass point to the article\'s own country ("la région du Nord")', () => {
    expect(entities('Des renforts sont arrivés dans la Région du Nord.', 'fr').filter((e) => e.startsWith('Location'))).not.toContain('Location:North Region');
  });
});
