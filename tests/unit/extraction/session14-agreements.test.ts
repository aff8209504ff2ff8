import { extractArticle } from '../../../src/extraction';

const agreements = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).agreements.map((a) => [...a.parties].sort().join(' + '));

describe('agreements: the parties come from the phrase around the noun, not from every name in the sentence', () => {
  it('reads "entre A et B" / "between A and B", and leaves brokers out', () => {
    expect(agreements("Le cessez-le-feu négocié par le Qatar entre l'Éthiopie et l'Érythrée est entré en vigueur lundi.", 'fr')).toEqual(['country:ER + country:ET']);
    expect(agreements('The truce brokered by Norway between Colombia and Venezuela took effect on Monday.', 'en')).toEqual(['country:CO + country:VE']);
  });
  it('reads the subject pair of the signing verb', () => {
    expect(agreements('Le Sénégal et la Gambie ont signé mardi un accord de défense mutuelle.', 'fr')).toEqual(['country:GM + country:SN']);
    expect(agreements('Chile and Peru signed a maritime security pact in Lima on Tuesday.', 'en')).toEqual(['country:CL + country:PE']);
  });
  it('reads "avec X" with the actor of the clause, and a capital read as a city after "à"', () => {
    expect(agreements("La Hongrie, qui forme des soldats serbes en vertu de l'accord signé avec Belgrade en 2021, a démenti.", 'fr')).toEqual(['country:HU + country:RS']);
    expect(agreements('Le Gabon a dénoncé le traité de coopération qui le liait à Paris depuis 1960.', 'fr')).toEqual(['country:FR + country:GA']);
  });
  it('takes the article\'s state as the other side when the clause names only one', () => {
    const body = 'Ghana has sent 300 soldiers to its northern border. Ghana says the threat is growing. Officials in Ghana cited the defence pact signed with Togo in 2023.';
    expect(agreements(body, 'en')).toEqual(['country:GH + country:TG']);
  });
  it('reads an agreement told by its verb alone ("A and B agreed to ...")', () => {
    expect(agreements('Tokyo and Canberra agreed last week to expand their joint patrols.', 'en')).toEqual(['country:AU + country:JP']);
  });
  it('reads "the two countries" as the last two states named', () => {
    expect(agreements("L'Ouganda a envoyé des troupes au Soudan du Sud. Les deux pays ont signé en 2020 un accord de sécurité.", 'fr')).toEqual(['country:SS + country:UG']);
  });
});

describe('agreements: only agreements told as made', () => {
  it('needs a signing verb, a date, a name or "under" / "en vertu de"', () => {
    expect(agreements('Cuba and Mexico discussed a possible ceasefire mechanism.', 'en')).toEqual([]);
    expect(agreements("Le Maroc et l'Espagne n'ont signé aucun accord de défense.", 'fr')).toEqual([]);
    expect(agreements('Norway and Sweden are in talks on a new defence agreement.', 'en')).toEqual([]);
  });
  it('keeps one agreement per set of parties in an article', () => {
    const body = 'Kenya and Uganda signed a border agreement on Monday. The agreement signed by Kenya and Uganda takes effect in May.';
    expect(agreements(body, 'en')).toEqual(['country:KE + country:UG']);
  });
});
