import { extractArticle } from '../../../src/extraction';

const claims = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).claims.map((c) => `${c.claimant} ${c.stance}`);

describe('claims: a statement reported in the same sentence by the speaker of its subject, or a promise reported by anyone', () => {
  it('gives a promise told by a speaker after it to that speaker only', () => {
    expect(claims("L'Allemagne a promis trois hélicoptères au Niger, a déclaré lundi le ministre nigérien de la Défense, Salifou Mody.", 'fr')).toEqual(['person:salifou-mody asserts']);
  });
  it('keeps a promise nobody reports as the state\'s own statement', () => {
    expect(claims("L'Égypte a promis 200 blindés à la Somalie.", 'fr')).toEqual(['country:EG asserts']);
  });
  it('gives a body\'s statement to its own speaker named after it by a possessive and a role', () => {
    expect(claims("Le Kenya a annoncé l'envoi de 400 policiers en Haïti, selon son ministre de l'Intérieur, Kithure Kindiki.", 'fr')).toEqual(['person:kithure-kindiki asserts']);
    expect(claims('The Kenyan government announced it would send 400 more police officers to Haiti, according to its interior minister, Kithure Kindiki.', 'en')).toEqual(['person:kithure-kindiki asserts']);
  });
  it('still treats another relay (a lawmaker briefed by the service) as the channel', () => {
    expect(claims('The National Intelligence Service told lawmakers that the drones had been delivered, according to lawmaker Kim Min-seok.', 'en')).toEqual(['org:kr-nis asserts']);
  });
});

describe('claims: promises that stay the state\'s own', () => {
  it('keeps a promise in a relative clause, and one an unnamed source tells', () => {
    expect(claims("Le Japon, qui avait promis deux patrouilleurs au Bénin, n'a toujours rien livré, a regretté Olushegun Adjadi Bakari.", 'fr')).toContain('country:JP asserts');
    expect(claims("La Turquie a promis six drones au Mali, a affirmé un responsable malien sous couvert d'anonymat.", 'fr')).toContain('country:TR asserts');
  });
});
