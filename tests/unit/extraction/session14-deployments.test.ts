import { extractArticle } from '../../../src/extraction';

const deployments = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).deployments.map((d) => `${d.from} -> ${d.to} ${d.size}`);

describe('deployments: a presence told with "are at" / "sont à" a named place', () => {
  it('reads counted troops that "are at", "were at", "sont à" a place as deployed there', () => {
    expect(deployments('About 40 French army trainers are at Camp Kayes teaching urban combat to Malian units.', 'en')).toEqual(['country:FR -> location:camp-kayes 40']);
    expect(deployments("Une quarantaine d'instructeurs français sont à Kayes depuis mars.", 'fr')).toEqual(['country:FR -> location:kayes 40']);
    expect(deployments("Environ 200 soldats maliens étaient à l'aéroport de Kayes.", 'fr')).toEqual(['country:ML -> location:kayes-airport 200']);
  });
  it('does not read "at risk" or an event that is no place as a presence', () => {
    expect(deployments('About 50 US troops are at risk, officials said.', 'en')).toEqual([]);
    expect(deployments('Two hundred troops were at the ceremony in Kayes.', 'en')).toEqual([]);
  });
});

describe('deployments: a verb after an apposition and its auxiliaries', () => {
  it('finds the verb past "ont par ailleurs été", "have since been" after an apposition', () => {
    expect(deployments("Une cinquantaine d'hommes de la Légion, la structure paramilitaire malienne, ont par ailleurs été dépêchés à Kayes.", 'fr')).toEqual(['country:ML -> location:kayes 50']);
    expect(deployments('About 300 Senegalese soldiers, most of them paratroopers, have also been flown to Kayes.', 'en')).toEqual(['country:SN -> location:kayes 300']);
  });
});

describe('deployments: counted members of a force', () => {
  it('counts "members of" a force named or described', () => {
    expect(deployments('About 1,200 members of the Malian national guard had also arrived in Kayes over the weekend.', 'en')).toEqual(['country:ML -> location:kayes 1200']);
    expect(deployments('Mali said about 1,500 members of its general security forces had been dispatched to Kayes.', 'en')).toEqual(['country:ML -> location:kayes 1500']);
    expect(deployments('Environ 300 membres de la garde nationale malienne ont été envoyés à Kayes.', 'fr')).toEqual(['country:ML -> location:kayes 300']);
    expect(deployments('Le Mali a dépêché quelque 500 membres de ses forces de sécurité à Kayes.', 'fr')).toEqual(['country:ML -> location:kayes 500']);
  });
  it('does not count members of a party or a parliament', () => {
    expect(deployments('About 300 members of the opposition party travelled to Kayes.', 'en')).toEqual([]);
    expect(deployments('Some 40 members of parliament were sent to Kayes.', 'en')).toEqual([]);
    expect(deployments('Une vingtaine de membres du parti ont été envoyés à Kayes.', 'fr')).toEqual([]);
  });
});

describe('deployments: a withdrawal is told at the place it leaves', () => {
  it('keeps the place left over an onward destination after "to" / "vers"', () => {
    expect(deployments('The Pentagon is weighing the withdrawal of about 2,000 soldiers from Germany, possibly to Poland.', 'en')).toEqual(['country:US -> country:DE 2000']);
    expect(deployments('Mali will withdraw its 300 soldiers from Kayes to the capital Bamako.', 'en')).toEqual(['country:ML -> location:kayes 300']);
    expect(deployments('Le Mali a retiré 300 soldats de Kayes vers Bamako.', 'fr')).toEqual(['country:ML -> location:kayes 300']);
  });
  it('leaves a move that is no withdrawal to its destination', () => {
    expect(deployments('Mali moved 300 troops from Kayes to Sikasso.', 'en')).toEqual(['country:ML -> location:sikasso 300']);
  });
});
