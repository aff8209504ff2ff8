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

describe('warships named after their kind', () => {
  it('reads the name after a kind of warship as a ship, in both languages', () => {
    expect(typed("Les Pays-Bas ont envoyé le chasseur de mines Vlaardingen et la frégate néerlandaise Tromp.", 'fr')).toEqual(expect.arrayContaining(['MilitaryUnit Vlaardingen', 'MilitaryUnit Tromp']));
    expect(typed('Italy dispatched the frigate Virginio Fasan to the region on Friday.', 'en')).toContain('MilitaryUnit Virginio Fasan');
    expect(typed('Le porte-avions Charles de Gaulle a quitté Toulon.', 'fr')).toContain('MilitaryUnit Charles de Gaulle');
  });
  it('takes no class of ships for a ship or a town', () => {
    const names = typed("La marine a commandé quatre corvettes de classe Braunschweig, selon le ministère.", 'fr');
    expect(names.some((n) => /Braunschweig/.test(n))).toBe(false);
  });
});

describe('numbered units: adjectives, units of units, numbered bases', () => {
  it('keeps a French unit adjective and a parent unit in the name', () => {
    expect(typed("Des éléments de la 44e Brigade aéroportée sont arrivés en Pologne.", 'fr')).toContain("MilitaryUnit 44e Brigade aéroportée");
    expect(typed("Les soldats du 2e Bataillon du Royal 41e Régiment partiront en mai.", 'fr')).toContain('MilitaryUnit 2e Bataillon du Royal 41e Régiment');
    expect(typed('Troops of the 2nd Battalion, Royal 41st Regiment will leave in May.', 'en')).toContain('MilitaryUnit 2nd Battalion, Royal 41st Regiment');
  });
  it('reads a numbered base as a unit, and keeps its town', () => {
    const fr = typed("La 201e base militaire de Douchanbé abrite des milliers de soldats russes.", 'fr');
    expect(fr).toContain('MilitaryUnit 201e base militaire de Douchanbé');
    const en = typed('Moscow keeps some 7,000 troops at its 201st Military Base in Tajikistan.', 'en');
    expect(en).toContain('MilitaryUnit 201st Military Base');
    expect(en.some((n) => n.startsWith('Location') && /Military Base/.test(n))).toBe(false);
  });
});

describe('lexicon: agencies, outlets, platforms, navies and commands conflict news names', () => {
  it('knows wire agencies in credits and after "selon l\'agence"', () => {
    expect(typed("L'équipage a été interrogé, selon l'agence suédoise TT.", 'fr')).toContain('Organization TT News Agency');
    expect(typed('Photo: Jean Tremblay La Presse canadienne', 'fr')).toContain('Organization The Canadian Press');
  });
  it('names a navy by its own name when the text describes it by its country', () => {
    expect(typed("La marine allemande enverra deux corvettes en Baltique.", 'fr')).toContain('Organization German Navy');
    expect(typed('The Swedish navy said it was tracking the vessel.', 'en')).toContain('Organization Swedish Navy');
  });
  it('knows social networks, combatant commands and theatre commands', () => {
    expect(typed('The prime minister wrote on Facebook that the border would stay closed.', 'en')).toContain('Organization Facebook');
    expect(typed('U.S. Southern Command said two ships had arrived.', 'en')).toContain('Organization United States Southern Command');
    expect(typed("China's Eastern Theater Command announced drills around the island.", 'en')).toContain("MilitaryUnit People's Liberation Army Eastern Theater Command");
  });
});

describe('a body named after a broad region', () => {
  it('keeps the region inside the name of an initiative, and a state-named programme out', () => {
    const en = typed('The Europe Energy Security Initiative warned of new attacks on cables.', 'en');
    expect(en).toContain('Organization Europe Energy Security Initiative');
    expect(en).not.toContain('Location Europe');
    expect(typed('The Ukraine Security Assistance Initiative will pay for the radars.', 'en').some((n) => n.startsWith('Organization'))).toBe(false);
  });
});

describe('sources that are adjectives', () => {
  it('reads no outlet in "according to Western estimates", but keeps a one-word outlet', () => {
    expect(typed('About 3,000 troops are based there, according to Western estimates.', 'en').some((n) => n.startsWith('Organization'))).toBe(false);
    expect(typed('The convoy left on Sunday, according to Zerkalo.', 'en')).toContain('Organization Zerkalo');
  });
});
