import { extractArticle } from '../../../src/extraction';

const entities = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).entities.map((e) => `${e.type} ${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);

describe('entities: territorial commands and numbered formations', () => {
  it('reads a military region, zone or district as a unit, named in English', () => {
    expect(entities('Des renforts de la 4e région militaire, basée à Ouargla, ont été envoyés vers la frontière mardi.', 'fr'))
      .toContain('MilitaryUnit 4th Military Region [4e région militaire]');
    expect(entities('Les soldats de la zone militaire n°3 sont arrivés à Kolda dans la nuit de lundi.', 'fr'))
      .toContain('MilitaryUnit Military Zone No. 3 [zone militaire n°3]');
    expect(entities('La brigade a reçu des renforts venus du district militaire sud, selon le ministère.', 'fr'))
      .toContain('MilitaryUnit Southern Military District [district militaire sud]');
    expect(entities('Troops from the Eastern Military District were sent to the border on Monday, officials said.', 'en'))
      .toContain('MilitaryUnit Eastern Military District [Eastern Military District]');
    expect(entities('The troops were moved to the Leningrad Military District last week, the ministry said.', 'en'))
      .toContain('MilitaryUnit Leningrad Military District [Leningrad Military District]');
    expect(entities('Units of the 2nd Military Region were placed on alert, the army said on Sunday.', 'en'))
      .toContain('MilitaryUnit 2nd Military Region [2nd Military Region]');
  });
  it('leaves an unnumbered, unnamed "région militaire" alone', () => {
    expect(entities('La région militaire est calme depuis des mois, selon un officier.', 'fr').filter((e) => e.startsWith('MilitaryUnit'))).toEqual([]);
  });
  it('names a French numbered base in English', () => {
    expect(entities('La 205e base militaire russe a reçu des renforts la semaine dernière.', 'fr'))
      .toContain('MilitaryUnit 205th Military Base [205e base militaire]');
  });
  it('keeps a nickname in quotes and the regiment after a battalion inside the name', () => {
    expect(entities('The army said its 36th “Gaash” Division had been sent to the border on Monday.', 'en'))
      .toContain('MilitaryUnit 36th “Gaash” Division [36th “Gaash” Division]');
    expect(entities('A company from the 2nd Battalion Royal Anglian Regiment arrived in Estonia last week.', 'en'))
      .toContain('MilitaryUnit 2nd Battalion Royal Anglian Regiment [2nd Battalion Royal Anglian Regiment]');
  });
  it('reads an air unit numbered without an ordinal ("617 Squadron", "No. 6 Squadron")', () => {
    expect(entities('The jets will be flown by pilots of 617 Squadron from next month, the ministry said.', 'en'))
      .toContain('MilitaryUnit 617 Squadron [617 Squadron]');
    expect(entities('Pilots of No. 6 Squadron flew their jets south last week, the ministry said.', 'en'))
      .toContain('MilitaryUnit No. 6 Squadron [No. 6 Squadron]');
  });
});

describe('entities: ship names', () => {
  it('reads a warship named after a demonym and its kind', () => {
    expect(entities('The Russian frigate Admiral Kasatonov docked in Durban on Monday, officials said.', 'en'))
      .toContain('MilitaryUnit Admiral Kasatonov [Admiral Kasatonov]');
    expect(entities('La frégate italienne Carlo Bergamini a quitté Djibouti mardi.', 'fr'))
      .toContain('MilitaryUnit Carlo Bergamini [Carlo Bergamini]');
  });
  it("keeps a hull number, an elided article and a quoted nickname inside the name", () => {
    expect(entities('The Chinese patrol ship Haixun 06 docked in Colombo last month, officials said.', 'en'))
      .toContain('MilitaryUnit Haixun 06 [Haixun 06]');
    expect(entities("Le patrouilleur français Enseigne de Vaisseau L'Hermite a quitté Dakar lundi.", 'fr').some((e) => e.includes("[Enseigne de Vaisseau L'Hermite]"))).toBe(true);
    expect(entities('The expeditionary sea base USNS Lewis "Chesty" Puller arrived in Bahrain on Friday.', 'en'))
      .toContain('MilitaryUnit USNS Lewis "Chesty" Puller [USNS Lewis "Chesty" Puller]');
  });
  it('leaves merchant and survey ships alone (the gold lists civilian ships only when the story is about them)', () => {
    expect(entities('Pirates boarded the oil tanker Nordic Star off Bioko on Sunday, its owner said.', 'en').some((e) => e.includes('Nordic Star'))).toBe(false);
    expect(entities('Le navire de recherche turc Barbaros a repris ses prospections.', 'fr').some((e) => e.includes('Barbaros'))).toBe(false);
  });
});

describe("entities: bodies of a state's forces", () => {
  it('names "X of the <demonym> Armed Forces" in full, of that state', () => {
    const found = extractArticle({ body: 'The Supreme Command of the Iraqi Armed Forces said on Monday that two brigades had been moved north.', published: '2025-03-14', language: 'en' }).entities;
    const body = found.find((e) => e.name === 'Supreme Command of the Iraqi Armed Forces');
    expect(body?.country).toBe('country:IQ');
    expect(body?.mentions.map((m) => m.text)).toEqual(['Supreme Command of the Iraqi Armed Forces']);
    expect(entities('The General Command of the Egyptian Armed Forces announced on Tuesday that troops had been sent.', 'en').some((e) => e.startsWith('Organization General Command [')))
      .toBe(false);
  });
});

describe('French demonyms listed in their masculine form', () => {
  it('reads "kirghiz" (masculine) as well as "kirghize" as Kyrgyzstan', () => {
    expect(entities('Le ministère kirghiz de la Défense a annoncé avoir reçu deux drones.', 'fr')).toContain('Organization Ministry of Defence (Kyrgyzstan) [ministère kirghiz de la Défense]');
    expect(entities('Les gardes-frontières kirghizes sont en alerte à Batken.', 'fr').join()).toMatch(/Kyrgyz/);
  });
});
