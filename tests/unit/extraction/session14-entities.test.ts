import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2026-03-14') => extractArticle({ body, published, language });
/** "type name" of every entity, e.g. "Organization Al-Wasat". */
const entities = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type} ${e.name}`);
/** Texts of every mention of the entities of that type. */
const mentionTexts = (body: string, language: 'fr' | 'en', type: string) =>
  run(body, language).entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));

describe('bodies introduced by their kind', () => {
  it('reads a name after an outlet noun, past a demonym and modifiers, as an outlet ("le média malien X")', () => {
    expect(entities('Selon le média malien Kibaru, deux convois ont quitté Gao mardi.', 'fr')).toContain('Organization Kibaru');
    expect(entities("D'après le site d'information ouzbek Kun.uz, la frontière restera fermée.", 'fr')).toContain('Organization Kun.uz');
    expect(entities('The opposition weekly Zamaneh reported that two convoys had left the capital.', 'en')).toContain('Organization Zamaneh');
  });
  it('reads a name in apposition after the noun ("the state broadcaster, ORTB,")', () => {
    expect(entities('According to the Beninese state broadcaster, ORTB, the army sent reinforcements north.', 'en')).toContain('Organization ORTB');
    // The comma must close the name: a clause after the comma is no name.
    expect(entities('The attack was claimed by the armed group, Western officials said on Monday.', 'en').filter((e) => e.startsWith('Organization'))).toEqual([]);
  });
  it('reads a name after an armed group or rights group noun', () => {
    expect(entities('The attack was claimed by the militant group Ansar al-Furqan on Sunday.', 'en')).toContain('Organization Ansar al-Furqan');
    expect(entities('The human rights group Tanggol Bayan accused soldiers of beating villagers.', 'en')).toContain('Organization Tanggol Bayan');
    expect(entities("Le groupe armé Katiba Macina a revendiqué l'embuscade, selon une source sécuritaire.", 'fr')).toContain('Organization Katiba Macina');
    expect(entities("L'ONG Kalangu dénonce des arrestations arbitraires.", 'fr')).toContain('Organization Kalangu');
    // A name read only in part is left alone.
    expect(entities("L'ONG Avocats Sans Frontières dénonce des arrestations.", 'fr')).not.toContain('Organization Avocats');
  });
  it('reads a name before "group" / "armed group" as that group, with the noun in its mention, not as a person', () => {
    const body = 'Attacks by the Bakura armed group have spread to three districts. The Sali Dunbar group denied any role.';
    expect(entities(body, 'en')).toEqual(expect.arrayContaining(['Organization Bakura', 'Organization Sali Dunbar']));
    expect(entities(body, 'en')).not.toContain('Person Sali Dunbar');
    expect(mentionTexts(body, 'en', 'Organization')).toContain('Bakura armed group');
  });
  it('needs a determiner and leaves peoples and known names alone', () => {
    expect(entities('The Shia militia fired rockets at the base, officials said.', 'en').filter((e) => e.startsWith('Organization'))).toEqual([]);
    expect(entities('The Islamic State group claimed the attack.', 'en')).toContain('Organization Islamic State');
  });
});

describe('capitalised runs that are no one', () => {
  it('reads "Lake X" / "Mount X" / "le lac X" as a place, not a person', () => {
    const found = entities('Fishermen said boats capsized on Lake Tumba, the governor said on Monday.', 'en');
    expect(found).toContain('Location Lake Tumba');
    expect(found).not.toContain('Person Lake Tumba');
    expect(entities('Le berger a été vu près du lac Mweru, a indiqué le maire.', 'fr')).toContain('Location Lake Mweru');
  });
  it('reads a run after "autour de" / "around" as no person', () => {
    expect(entities('Les blindés ont pris position autour de Sidi Makhlouf, a précisé le porte-parole.', 'fr')).not.toContain('Person Sidi Makhlouf');
    expect(entities('Troops dug in around Kota Baru, the spokesman said.', 'en')).not.toContain('Person Kota Baru');
  });
  it('reads the tail of a body\'s name after "of" as no person', () => {
    expect(entities('The Ministry of Coastal Affairs said two boats had been seized.', 'en').filter((e) => e.startsWith('Person'))).toEqual([]);
  });
  it('reads a run before "program" / "treaty" as no person', () => {
    expect(entities('Funds came under its Maritime Security Assistance program, the embassy said.', 'en').filter((e) => e.startsWith('Person'))).toEqual([]);
  });
});

describe('a body named before a date', () => {
  it('stops a body\'s name before "on Monday"', () => {
    expect(entities('The Coastal Procurement Agency on Tuesday approved the purchase of six patrol boats.', 'en')).toContain('Organization Coastal Procurement Agency');
  });
});
