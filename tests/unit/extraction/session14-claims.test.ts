import { extractArticle } from '../../../src/extraction';

const claims = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).claims.map((c) => `${c.claimant ?? c.claimantText} ${c.stance}`);

describe('claims: a body introduced by its kind speaks under its name, not its demonym', () => {
  it('takes the name after an outlet or a group and its demonym ("le média libyen X", "the Nigerien state broadcaster, X,"), an entity of its own (kindNamePass)', () => {
    expect(claims("Selon le site d'information tchadien Alwihda, l'armée a déployé 200 soldats à Abéché.", 'fr')).toEqual(['org:alwihda asserts']);
    expect(claims("L'ONG soudanaise Hadreen a accusé l'armée de bombarder des civils.", 'fr')).toEqual(['org:hadreen accuses']);
    expect(claims('According to the Ghanaian state broadcaster, GBC, Accra has sent 300 troops to the border.', 'en')).toEqual(['org:gbc asserts']);
    expect(claims('The human rights group Bantay, however, accused troops of shelling villages.', 'en')).toEqual(['org:bantay accuses']);
  });
  it('keeps the body an entity names, and the state when no name follows', () => {
    expect(claims("D'après la radio tchadienne Dja FM, l'armée a déployé 200 soldats.", 'fr')).toEqual(['org:dja-fm asserts']);
    expect(claims("Selon le quotidien algérien, l'armée a déployé 200 soldats.", 'fr')).toEqual(['country:DZ asserts']);
    expect(claims('According to the Nigerien broadcaster, Niamey has sent 300 troops.', 'en')).toEqual(['country:NE asserts']);
  });
});

describe('claims: a denial coordinated after an assertion is a claim of its own', () => {
  it('splits ", and that ... no intention" into an assertion and a denial by the same speaker', () => {
    expect(claims('Defense Minister Lee Sun told lawmakers that the deployment was temporary, and that the army had no intention of crossing the border.', 'en'))
      .toEqual(['person:lee-sun asserts', 'person:lee-sun denies']);
    expect(claims("Le ministre Paul Mbarga a déclaré que le déploiement était temporaire, et que l'armée n'avait aucune intention de franchir la frontière.", 'fr'))
      .toEqual(['person:paul-mbarga asserts', 'person:paul-mbarga denies']);
  });
  it('leaves one claim when both parts assert', () => {
    expect(claims('Defense Minister Lee Sun said the deployment was temporary, and that the troops would return in May.', 'en')).toEqual(['person:lee-sun asserts']);
  });
});

describe('claims: the employer in an apposition is no speaker', () => {
  it('does not take the institute after "a researcher at", "chercheur chez" for the claimant', () => {
    expect(claims('Amina Yusuf, a researcher at the Abuja Policy Institute, said both sides wanted calm.', 'en')).toEqual(['person:amina-yusuf asserts']);
    expect(claims('Sana Jamal, a researcher at the Islamabad Policy Research Institute, said both sides wanted calm.', 'en')).not.toContain('org:islamabad-policy-research-institute asserts');
  });
});
