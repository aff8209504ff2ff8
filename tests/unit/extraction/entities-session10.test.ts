import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-06-10') => extractArticle({ body, published, language });
const typed = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type} ${e.name}`);

describe('people named in apposition after a title and its complement', () => {
  it('finds the holder after "title + de/chargé de ..., Name" in French', () => {
    expect(typed("Le bilan a été confirmé jeudi par la porte-parole de la police, Ingrid Halvorsen.", 'fr')).toContain('Person Ingrid Halvorsen');
    expect(typed("Le juge chargé du dossier, Marc Delvaux, a refusé la libération.", 'fr')).toContain('Person Marc Delvaux');
  });
  it('finds the holder after "title + for/of ..., Name" in English', () => {
    expect(typed('The move was welcomed by the prosecutor in charge of the case, Anna Lindqvist.', 'en')).toContain('Person Anna Lindqvist');
  });
  it('does not take a place after a complement for a person', () => {
    expect(typed("Le porte-parole de l'armée, à Kinshasa, a démenti.", 'fr').some((n) => n.startsWith('Person'))).toBe(false);
  });
});
