import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
/** "type name" of every entity, e.g. "Location Kyauktaw Township". */
const entities = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type} ${e.name}`);
/** Texts of every mention of the entities of that type. */
const mentionTexts = (body: string, language: 'fr' | 'en', type: string) =>
  run(body, language).entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));

describe('place names with a joined Arabic article', () => {
  it('keeps "el-"/"al-" on a place found after a preposition', () => {
    expect(entities('The delegation flew to Sharm el-Sheikh on Monday for the talks.', 'en')).toContain('Location Sharm el-Sheikh');
    expect(entities('Le sommet se tiendra à Charm el-Cheikh lundi, selon la présidence.', 'fr')).toContain('Location Charm el-Cheikh');
  });
});

describe('places named with their kind', () => {
  it('names an unknown place with the kind that follows it ("X township", "X County")', () => {
    expect(entities('Rebels overran the last army post in Bogadaw township on Friday, residents said.', 'en')).toContain('Location Bogadaw Township');
    expect(entities('Police officers in Marasi County said the attackers had fled into the forest overnight.', 'en')).toContain('Location Marasi County');
  });
  it('keeps a known town and adds the phrase with its kind as a mention of it ("Ashdod port")', () => {
    const texts = mentionTexts('Two cargo ships unloaded crates at Ashdod port last week, officials said.', 'en', 'Location');
    expect(texts).toContain('Ashdod port');
    expect(entities('Two cargo ships unloaded crates at Ashdod port last week, officials said.', 'en')).toContain('Location Ashdod');
  });
  it('reads a bare name after the division named with its kind as that division', () => {
    const found = entities('Troops reached Bogadaw township on Monday and then pushed deeper into Bogadaw on Tuesday.', 'en');
    expect(found.filter((e) => e.includes('Bogadaw'))).toEqual(['Location Bogadaw Township']);
  });
  it('reads "le gouvernorat de X" and "la wilaya de X" as the division', () => {
    expect(mentionTexts('Les combats ont gagné le gouvernorat de Soueïda, selon des habitants.', 'fr', 'Location')).toContain('gouvernorat de Soueïda');
    expect(mentionTexts("L'armée a renforcé ses positions dans la wilaya de Tamanrasset, près de la frontière.", 'fr', 'Location')).toContain('wilaya de Tamanrasset');
  });
});

describe('compound and possessive place names', () => {
  it('reads a name joined by a French particle as one place, not the town or region it starts with', () => {
    expect(entities('Les soldats du bataillon de Vaux-en-Ardenne partiront en septembre pour la Roumanie.', 'fr')).toContain('Location Vaux-en-Ardenne');
    expect(entities('Le ferry est arrivé à Boulogne-sur-Mer hier soir avec les blindés.', 'fr')).toContain('Location Boulogne-sur-Mer');
    expect(entities('La Trinité-et-Tobago a voté la résolution.', 'fr')).toContain('Country Trinidad and Tobago');
  });
  it('keeps a possessive inside a place name ("X\'s Town", "X\'s Island")', () => {
    expect(entities('Three patrol boats were sent to waters off St Kevin’s Island, officials said on Monday.', 'en')).toContain('Location St Kevin’s Island');
    expect(entities("The frigate left Amos's Town naval base on Monday, the navy said.", 'en').filter((e) => e.startsWith('Location'))).toEqual(["Location Amos's Town"]);
    expect(entities("Donald Trump's Island visit was cancelled, aides said on Friday.", 'en')).toEqual(['Person Donald Trump']);
  });
});

describe('US unified combatant commands', () => {
  it('are organisations, in both languages', () => {
    expect(entities('US Africa Command declined to comment on the strike, a spokesman said.', 'en')).toContain('Organization United States Africa Command');
    expect(entities("Le commandement central américain a refusé de commenter la frappe.", 'fr')).toContain('Organization United States Central Command');
  });
});

describe("a monarchy's services", () => {
  it('keep "Royal" in the mention of the service', () => {
    expect(mentionTexts('The Royal Omani Air Force received four transport aircraft in May, officials said.', 'en', 'Organization')).toContain('Royal Omani Air Force');
    expect(mentionTexts('Omani Air Force jets escorted the convoy, officials said.', 'en', 'Organization')).toContain('Omani Air Force');
  });
});
