import { extractArticle } from '../../../src/extraction';

// Published on Thursday 2025-03-13.
const dates = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-13', language }).claims.map((c) => `${c.claimant} ${c.claimedOn}`);

describe('claim dates: a cue word inside a name', () => {
  it('dates "accused the United States on Monday of ..." by its Monday ("States" is no cue)', () => {
    expect(dates('The rebel leader accused the United States on Monday of arming the militias.', 'en')).toEqual(['null 2025-03-10']);
  });
});

describe('claim dates: a spokesperson or minister going on with the body\'s statement', () => {
  it('gives the body\'s date to its spokesperson quoted in the next sentence, in a later paragraph too', () => {
    const fr = "Le ministère algérien de la Défense a annoncé mardi avoir repoussé une incursion près de la frontière.\n\n« Nos unités ont fait face à une attaque organisée », a déclaré son porte-parole, le colonel Karim Belkacem.";
    expect(dates(fr, 'fr')).toEqual(['org:dz-defence-ministry 2025-03-11', 'person:karim-belkacem 2025-03-11']);
    const en = "Chile's navy said on Tuesday it had intercepted two fishing boats near the border.\n\n\"We will not tolerate any incursion,\" its spokesman, Captain Rodrigo Fuentes, said.";
    expect(dates(en, 'en').slice(-1)).toEqual(['person:rodrigo-fuentes 2025-03-11']);
  });
  it('gives it to "le ministre, X" right after the ministry, and to a spokesperson of the same state', () => {
    const fr = "Le ministère serbe de la Défense a annoncé mercredi la livraison de six drones.\n\n« Ces drones renforcent notre défense », a déclaré le ministre, Dragan Petrovic, lors d'une cérémonie.";
    expect(dates(fr, 'fr').slice(-1)).toEqual(['person:dragan-petrovic 2025-03-12']);
  });
  it('does not give it to another side\'s spokesperson, nor to a minister speaking in their own name', () => {
    // (Past the lead paragraph: in a wire story's lead, an official quoted next speaks on the day of the news already.)
    const other = "Le Niger a démenti toute implication.\n\nLe ministère algérien de la Défense a annoncé mardi avoir repoussé une incursion près de la frontière.\n\n« C'est une provocation », a déclaré le porte-parole du gouvernement malien, Issa Traoré.";
    expect(dates(other, 'fr').slice(-1)).toEqual(['person:issa-traore null']);
    const own = "Peru denied any role.\n\nChile's Defence Ministry said on Tuesday it would send two frigates to the south.\n\nDefence Minister Carla Rojas said the move sent \"a clear message\".";
    expect(dates(own, 'en').slice(-1)).toEqual(['person:carla-rojas null']);
  });
});

describe('claim dates: "the official" after an unnamed official kept under a country', () => {
  it('gives "the official said" the day of "a Chilean military official told reporters on Tuesday"', () => {
    const en = 'Chile has moved two brigades to the north, a Chilean military official told reporters on Tuesday.\n\nThe official said the troops would stay until the spring.';
    expect(dates(en, 'en')).toEqual(['org:cl-armed-forces 2025-03-11', 'null 2025-03-11']);
    const fr = "Le Chili a déployé deux brigades dans le nord, a affirmé mardi un diplomate chilien.\n\nSelon le diplomate, les troupes resteront jusqu'au printemps.";
    expect(dates(fr, 'fr')).toEqual(['country:CL 2025-03-11', 'null 2025-03-11']);
  });
  it('leaves "the official" undated when the official introduced last spoke on no day', () => {
    const en = 'A Chilean official said on Monday that the border was calm.\n\nChile has 4,000 troops in the north, a Chilean defence official said.\n\nThe official said more would follow.';
    expect(dates(en, 'en').slice(-1)).toEqual(['null null']);
  });
});
