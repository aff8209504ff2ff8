import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const claims = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant, c.stance]);

describe('uses of cue words that report nothing', () => {
  it('does not take "par ailleurs" for the agent of a passive', () => {
    expect(claims("Le Kremlin affirme par ailleurs que le Pakistan a tiré des missiles.", 'fr')).toEqual([['org:kremlin', 'asserts']]);
    expect(claims("Le HUR accuse par ailleurs l'Iran d'avoir livré des missiles à la Russie.", 'fr')).toEqual([['org:ua-hur', 'accuses']]);
  });
  it('reads "a lancé" as a cue only before quoted words', () => {
    expect(claims('La Russie a lancé 126 drones contre Kiev.', 'fr')).toEqual([]);
    expect(claims('« Nous ne reculerons pas », a lancé Volodymyr Zelensky.', 'fr')).toEqual([['person:volodymyr-zelensky', 'asserts']]);
  });
  it('does not read "s\'annonce" or a participle qualifying a noun as a statement', () => {
    expect(claims("Pour la Russie, la bascule s'annonce plus délicate.", 'fr')).toEqual([]);
    expect(claims('Le nouveau commandement, confié au général Pascal Ianni, sera basé à Paris.', 'fr')).toEqual([]);
  });
});
