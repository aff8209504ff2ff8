import { extractArticle } from '../../../src/extraction';

const claims = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).claims.map((c) => `${c.claimant ?? c.claimantText} ${c.stance}`);

describe('claims: a spokesperson named by a possessive after what was said', () => {
  it('speaks for the actor the sentence opens on, not the one the sentence before opens on', () => {
    expect(claims("Le Hamas a revendiqué l'attaque. L'armée israélienne va envoyer deux bataillons à Gaza, a indiqué son porte-parole.", 'fr'))
      .toEqual(['org:hamas asserts', 'org:il-idf asserts']);
    expect(claims('Governor Ahmed Aliyu visited the camp on Monday. Meanwhile, the Nigeria Police Force will deploy 500 officers to Sokoto next week, its spokesperson said in a statement.', 'en'))
      .toContain('org:ng-police asserts');
  });
  it('still speaks for the actor of the sentence before when it opens the sentence', () => {
    expect(claims('Hamas fired rockets. Its spokesman accused Israel of lying.', 'en')).toEqual(['org:hamas accuses']);
  });
});

describe('claims: "the officer" for the last person named with a military rank', () => {
  it('gives "L\'officier accuse", "the officer accused" and the pronoun after them to the officer', () => {
    expect(claims("Le Burundi a massé des soldats à la frontière, a affirmé le porte-parole de l'armée burundaise, le colonel Marcel Ntare. L'officier accuse Kigali d'avoir armé les rebelles. « Ces troupes resteront », a-t-il ajouté.", 'fr'))
      .toEqual(['person:marcel-ntare asserts', 'person:marcel-ntare accuses', 'person:marcel-ntare asserts']);
    expect(claims('Troops were sent to the border, said Brig. Gen. John Mwangi, the army spokesman. The officer accused Uganda of arming the rebels.', 'en'))
      .toContain('person:john-mwangi accuses');
  });
  it('also after the cue', () => {
    expect(claims('Le général Paul Kamanzi a visité le camp lundi. « La menace persiste », a précisé l\'officier.', 'fr')).toEqual(['person:paul-kamanzi asserts']);
  });
  it('leaves an officer unnamed when no one with a rank was named', () => {
    expect(claims('Minister Jane Otieno visited the camp. The officer said the camp was safe.', 'en')).not.toContain('person:jane-otieno asserts');
  });
});
