import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const entities = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type}:${e.name}`);

describe('a compass point with a sea names a region of its own', () => {
  it('reads "the South Atlantic" and "l\'Atlantique Nord" as regions, not a person beside the ocean', () => {
    expect(entities('Two frigates were sent to the South Atlantic last week, the navy said.', 'en')).toEqual(['Location:South Atlantic']);
    expect(entities("Un sous-marin a été repéré dans l'Atlantique Nord, selon la marine.", 'fr')).toEqual(['Location:North Atlantic']);
    expect(entities('North Pacific patrols resumed on Monday.', 'en')).toEqual(['Location:North Pacific']);
  });
  it('keeps a lowercase adjective with the sea, and longer names whole', () => {
    expect(entities('A tanker was hit in the western Black Sea.', 'en')).toEqual(['Location:Black Sea']);
    expect(entities("Le traité de l'Atlantique Nord a été signé en 1949.", 'fr')).not.toContain('Location:North Atlantic');
    expect(entities('The North Atlantic Treaty Organization met.', 'en')).not.toContain('Location:North Atlantic');
  });
});
