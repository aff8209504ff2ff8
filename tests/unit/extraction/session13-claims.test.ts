import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const claimantOf = (body: string, language: 'fr' | 'en', words: string) => run(body, language).claims.find((c) => c.evidence.text.includes(words))?.claimant ?? null;

describe('a spokesperson named by a possessive alone ("son porte-parole", "its spokesman")', () => {
  it('speaks for the actor the sentence before opens on', () => {
    expect(claimantOf("Les combattants de l'ADF contrôlent la route. Leur porte-parole accuse l'armée d'avoir « brûlé des villages ».", 'fr', 'brûlé')).toBe('org:adf');
    expect(claimantOf('Hamas claimed the attack on Sunday. Its spokesman accused Israel of breaking the truce.', 'en', 'truce')).toBe('org:hamas');
  });
  it('also past an apposition between the spokesperson and the verb', () => {
    expect(claimantOf("Les combattants de l'ADF contrôlent la route. Leur porte-parole, joint par téléphone, accuse l'armée d'avoir « brûlé des villages ».", 'fr', 'brûlé')).toBe('org:adf');
    expect(claimantOf('Hamas claimed the attack on Sunday. Its spokesman, reached by phone, accused Israel of breaking the truce.', 'en', 'truce')).toBe('org:hamas');
  });
  it("speaks for a person's office when the sentence before opens on a person", () => {
    expect(claimantOf('Le président Félix Tshisekedi est arrivé à Paris. Son porte-parole a démenti tout accord.', 'fr', 'démenti')).toBe('person:felix-tshisekedi');
  });
  it('stays unnamed when the sentence before names no actor', () => {
    expect(claimantOf("La route est coupée depuis lundi. Leur porte-parole accuse l'armée d'avoir « brûlé des villages ».", 'fr', 'brûlé')).toBeNull();
  });
});

describe('an inverted speaker with a title before the name ("said Col. X", "said President X")', () => {
  it('reads the person the title belongs to as the claimant', () => {
    expect(claimantOf('"We will not give up an inch," said President Amadou Keita.', 'en', 'inch')).toBe('person:amadou-keita');
    expect(claimantOf('Five militants were killed in the raid, said Colonel Amadou Keita.', 'en', 'raid')).toBe('person:amadou-keita');
    expect(claimantOf('"The convoy was ambushed," said Maj. Gen. Amadou Keita, the army spokesman.', 'en', 'ambushed')).toBe('person:amadou-keita');
  });
  it('keeps the French inverted subject as before', () => {
    expect(claimantOf("« Le convoi a été attaqué », a déclaré le colonel Amadou Keita.", 'fr', 'convoi')).toBe('person:amadou-keita');
  });
});

describe('reporting verbs and frames new to the lexicon', () => {
  it('reads French frames that introduce what a speaker says ("a tenu à préciser", "a laissé entendre", "a fait remarquer")', () => {
    expect(claimantOf("Le ministère burundais de la Défense a tenu à préciser que les troupes resteraient à Cibitoke.", 'fr', 'Cibitoke')).toBe('org:bi-defence-ministry');
    expect(claimantOf("Le ministère burundais de la Défense a laissé entendre que les troupes resteraient à Cibitoke.", 'fr', 'Cibitoke')).toBe('org:bi-defence-ministry');
    expect(claimantOf("Le ministère burundais de la Défense a fait remarquer que les troupes resteraient à Cibitoke.", 'fr', 'Cibitoke')).toBe('org:bi-defence-ministry');
  });
  it('reads English ones ("made clear", "contended", "clarified")', () => {
    expect(claimantOf("Nigeria's Defence Headquarters made clear that the troops would stay in Borno.", 'en', 'Borno')).toBe('org:defence-headquarters');
    expect(claimantOf("Nigeria's Defence Headquarters contended that the troops had stayed in Borno.", 'en', 'Borno')).toBe('org:defence-headquarters');
    expect(claimantOf("Nigeria's Defence Headquarters clarified that the troops had stayed in Borno.", 'en', 'Borno')).toBe('org:defence-headquarters');
  });
  it('does not read troops kept somewhere, or progress made, as a statement', () => {
    expect(run("La France a maintenu mille soldats au Tchad jusqu'en 2024.", 'fr').claims).toEqual([]);
    expect(run('The army made clear progress in the north last month.', 'en').claims).toEqual([]);
  });
});

describe('a phrase opening on a preposition before the subject ("Dans un communiqué publié sur X, ...")', () => {
  it('does not give the claim to the platform or place named in it', () => {
    expect(claimantOf("Dans un communiqué publié sur X, l'armée a affirmé avoir abattu deux drones.", 'fr', 'drones')).not.toBe('org:x-twitter');
    expect(claimantOf('The minister, in a post on X, said two drones were shot down.', 'en', 'drones')).not.toBe('org:x-twitter');
  });
  it('still reads the speaker named before or after it', () => {
    expect(claimantOf("Dans un communiqué publié sur X, l'armée burundaise a affirmé avoir abattu deux drones.", 'fr', 'drones')).toBe('org:bi-fdn');
    expect(claimantOf('Defence Minister Gilberto Teodoro, in a post on X, said two drones were shot down.', 'en', 'drones')).toBe('person:gilberto-teodoro');
  });
});

describe('unnamed sources: investigators, survivors, villagers, an assessment', () => {
  const unnamed = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => `${c.claimant} ${c.claimantText}`);
  it('reads them as unnamed claimants after "selon", "according to" and before a verb', () => {
    expect(unnamed('Deux cents soldats ont été déployés dans la région, selon les enquêteurs.', 'fr')).toEqual(['null les enquêteurs']);
    expect(unnamed('The shipment reached the port last week, according to a confidential intelligence assessment.', 'en')).toEqual(['null a confidential intelligence assessment']);
    expect(unnamed('Survivors said the gunmen arrived on motorcycles.', 'en')).toEqual(['null Survivors']);
  });
  it('does not read what they do as a statement', () => {
    expect(unnamed('Les enquêteurs ont saisi dix fusils.', 'fr')).toEqual([]);
    expect(unnamed('The investigators arrived in the town on Monday.', 'en')).toEqual([]);
  });
});

describe('the French press as an unnamed source ("selon la presse locale")', () => {
  const texts = (body: string) => run(body, 'fr').claims.map((c) => c.claimantText);
  it('reads "la presse" and "des informations de presse" as the source', () => {
    expect(texts('Selon la presse locale, dix soldats ont été tués à Cibitoke.')).toEqual(['la presse locale']);
    expect(texts('Selon des informations de presse, Moscou aurait livré dix chars à Bamako.')).toEqual(['des informations de presse']);
  });
  it('not a press conference or a press release', () => {
    expect(texts('« Notre armée ne reculera pas », a insisté le ministre en point de presse à Bujumbura.')).not.toContain('en point de presse à');
    expect(texts('Le ministre a déclaré en conférence de presse que dix soldats avaient été tués.')).toEqual(['Le ministre']);
  });
});

describe('"the army said" with no army named before', () => {
  const fr = "Le Nigeria fait face à une menace. Des hommes armés ont attaqué un poste près de Sokoto, au Nigeria, selon des habitants du Nigeria. L'armée a affirmé avoir tué dix assaillants.";
  const en = 'Nigeria faces a new threat. Gunmen attacked a post near Sokoto in Nigeria on Monday, residents in Nigeria said. The army said it had killed ten attackers.';
  it('is the army of the state the article is about', () => {
    expect(claimantOf(fr, 'fr', 'dix assaillants')).toBe('org:ng-armed-forces');
    expect(claimantOf(en, 'en', 'ten attackers')).toBe('org:ng-armed-forces');
  });
  it('not when the army only qualifies another noun', () => {
    const modifier = "Le Nigeria fait face à une menace au Nigeria. Des responsables de l'armée, du renseignement et de la police se sont réunis au Nigeria.";
    expect(run(modifier, 'fr').entities.map((e) => e.id)).not.toContain('org:ng-armed-forces');
  });
});
