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
