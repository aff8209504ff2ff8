import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2026-03-14') => extractArticle({ body, published, language });
const who = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant ?? c.claimantText, c.stance]);

describe('cue verbs of commentary', () => {
  it('reads "tempère", "résume" and "renchérit" as cues, English "resume" not', () => {
    expect(who('« La crise peut encore être contenue », tempère Marc Dufresne.', 'fr')).toEqual([['person:marc-dufresne', 'asserts']]);
    expect(who('« Le pays sert de terrain d’essai aux grandes puissances », résume Claire Morand.', 'fr')).toEqual([['person:claire-morand', 'asserts']]);
    expect(who('Negotiations between the two governments would resume in Geneva next month.', 'en')).toEqual([]);
  });
  it('reads "s\'ajoutent" as "are added", not as a speaker adding', () => {
    expect(run('Le Burkina Faso a reçu deux drones, qui s’ajoutent aux six appareils déjà livrés.', 'fr').claims).toEqual([]);
  });
});

describe('pledges', () => {
  it('takes a person\'s pledge as a claim, not a state\'s pledge of troops', () => {
    expect(who('Defence Minister Anna Kowalczyk also pledged to send four more minehunters to the Baltic.', 'en')).toEqual([['person:anna-kowalczyk', 'asserts']]);
    expect(who('Egypt has pledged up to 900 troops to the new mission.', 'en')).toEqual([]);
  });
});

describe('news agencies reporting on their own', () => {
  it('makes the agency the claimant after "selon l\'agence" and "rapporte l\'agence"', () => {
    expect(who('Des renforts sont arrivés à la frontière depuis lundi, selon l’agence Reuters.', 'fr')).toEqual([['org:reuters', 'asserts']]);
    expect(who('Des renforts ont franchi le détroit, selon des images satellites analysées par l’AFP.', 'fr')).toEqual([['org:afp', 'asserts']]);
  });
  it('keeps an agency that relays an unnamed source out', () => {
    expect(who('Des renforts sont arrivés à la frontière, selon une source sécuritaire citée par Reuters.', 'fr').map((c) => c[0])).not.toContain('org:reuters');
  });
  it('reports the clause joined by ", et" to another speaker\'s statement', () => {
    const c = run('Deux hélicoptères ont été livrés à l’armée la semaine dernière, a fait savoir le ministère de la Défense, et une trentaine de conseillers américains sont présents à Cúcuta, selon l’agence Reuters.', 'fr').claims;
    expect(c.find((x) => x.claimant === 'org:reuters')?.evidence.text).toBe('une trentaine de conseillers américains sont présents à Cúcuta, selon l’agence Reuters.');
  });
});

describe('who speaks', () => {
  it('takes the person named in apposition after a long title, not the body in the title', () => {
    expect(who('Le Rwanda a déployé un bataillon, a confirmé lundi le porte-parole des Forces rwandaises de défense (RDF), le général de brigade Ronald Rwivanga.', 'fr'))
      .toEqual([['person:ronald-rwivanga', 'asserts']]);
  });
  it('steps over a "whose" clause between the subject and its verb', () => {
    expect(who('The rebel movement, whose leader Riek Machar has been under house arrest since last year, accused Kampala of waging war.', 'en').map((c) => c[0]))
      .not.toContain('person:riek-machar');
  });
  it('gives "selon le communiqué" and "the report estimated" to whose statement was just reported', () => {
    expect(who('Le ministère irakien des Affaires étrangères a dénoncé jeudi une violation de sa souveraineté. Selon le communiqué, ces renforts ont pris position.', 'fr'))
      .toEqual([['org:iq-foreign-ministry', 'accuses'], ['org:iq-foreign-ministry', 'asserts']]);
    expect(who('The Royal United Services Institute said on Monday that Russia had sent 800 men. Their number has risen to 1,500, the report estimated.', 'en'))
      .toEqual([['org:rusi', 'asserts'], ['org:rusi', 'asserts']]);
  });
});

describe('inverted speakers', () => {
  it('reads a pronoun joined to a present-tense cue ("ajoute-t-elle")', () => {
    expect(who('Claire Morand, chercheuse à Bruxelles, a estimé que la menace était réelle. « Ce que Moscou teste, c’est notre cohésion », ajoute-t-elle.', 'fr'))
      .toEqual([['person:claire-morand', 'asserts'], ['person:claire-morand', 'asserts']]);
  });
  it('finds an unnamed source after the agency it spoke to, with a word before its demonym', () => {
    expect(run('Deux bataillons seront redéployés vers la frontière, a précisé à l’AFP une source militaire colombienne.', 'fr').claims).toHaveLength(1);
  });
  // (Session 14: the gold gives such a promise to the speaker who reports it only: tests/gold 47, h55–h58.)
  it('gives a promise to the speaker who reports it', () => {
    expect(who('Paris a promis de céder deux patrouilleurs à Manille, a indiqué l’Élysée.', 'fr').map((c) => c[0])).toEqual(['org:elysee']);
  });
});
