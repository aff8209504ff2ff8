import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2026-03-10') => extractArticle({ body, published, language });
const typed = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type} ${e.name}`);
const persons = (body: string, language: 'fr' | 'en') => typed(body, language).filter((n) => n.startsWith('Person'));

const LEAD_EN = 'The army said on Monday that it had moved two brigades to the northern border after a week of shelling, officials said.';
const LEAD_FR = "L'armée a annoncé lundi l'envoi de deux brigades vers la frontière nord après une semaine de bombardements, selon des responsables.";

describe('bylines after a standfirst, with a place, a date or a post', () => {
  it('reads a name over its place line and a name with its place after a comma', () => {
    expect(persons(`World\n\nHeadline about the border\n\n${LEAD_EN}\n\nOmar Haddad\nAmman\n\n${LEAD_EN}`, 'en')).toContain('Person Omar Haddad');
    expect(persons(`Monde\n\nUn titre sur la frontière\n\n${LEAD_FR}\n\nClaire Vautrin, Beyrouth\nPublié le 3 mars 2026\n\n${LEAD_FR}`, 'fr')).toContain('Person Claire Vautrin');
  });
  it('reads a name with its date after a comma, and a name with its post', () => {
    expect(persons(`Monde\n\nUn titre sur la frontière\n\nLucie Ferrand, le 03/03/2026 à 10:12\n\n${LEAD_FR}`, 'fr')).toContain('Person Lucie Ferrand');
    expect(persons(`World\n\nHeadline about the border\n\nTom Brennan Europe and security editor\nTue 3 Mar 2026\n\n${LEAD_EN}`, 'en')).toEqual(['Person Tom Brennan']);
  });
  it('takes no post for a name', () => {
    expect(persons(`World\n\nHeadline about the border\n\nBY AKIRA SATO\nSTAFF WRITER\nMar 3, 2026\n\n${LEAD_EN}`, 'en')).toEqual(['Person AKIRA SATO']);
  });
  it('reads the name after the post in a "By" line, and the post names no place', () => {
    const names = typed(`Headline about the border\n\nBy Pacific affairs reporter Jack Morrow\n\n${LEAD_EN}`, 'en');
    expect(names).toContain('Person Jack Morrow');
    expect(names.some((n) => n.includes('Pacific'))).toBe(false);
  });
  it('reads a photographer after a caption word', () => {
    expect(persons(`Des soldats près de la frontière. Photo d'archives Kemal Aydin/AFP\n\n${LEAD_FR}`, 'fr')).toContain('Person Kemal Aydin');
  });
});

describe('bodies named with places inside, and their acronyms', () => {
  it('reads a French institute named after regions, with its acronym, and names no region', () => {
    const names = typed("« La situation se dégrade », estime Marc Dubois, chercheur à l'Institut européen d'études sur l'Asie centrale et le Caucase (IEEAC).", 'fr');
    expect(names).toContain("Organization Institut européen d'études sur l'Asie centrale et le Caucase");
    expect(names.some((n) => n.startsWith('Location'))).toBe(false);
    const ieeac = run("Selon l'Institut européen d'études sur l'Asie centrale et le Caucase (IEEAC), la trêve tient.", 'fr').entities.find((e) => e.name.startsWith('Institut'));
    expect(ieeac?.aliases).toContain('IEEAC');
  });
  it('names no state for a demonym inside a think tank or an outlet', () => {
    expect(typed("Thierry Vircoulon, chercheur à l'Institut français des relations internationales (Ifri), en doute.", 'fr')).not.toContain('Country France');
  });
  it("keeps a possessive inside a name before its acronym ('People's ... (KPDF)')", () => {
    expect(typed('Rwanda sent rifles to the Kivu People’s Defence Forces (KPDF) in May.', 'en')).toContain('Organization Kivu People’s Defence Forces');
  });
  it('reads no outlet in a common word inside a longer name', () => {
    const names = typed('The Bantu National Liberation Army (BNLA) claimed the attack on Sunday.', 'en');
    expect(names).toContain('Organization Bantu National Liberation Army');
    expect(names.some((n) => /Libération/.test(n))).toBe(false);
  });
});

describe('things and bodies that are not people', () => {
  it('takes no weapon, model code or ship for a person', () => {
    expect(persons('The army received new Barak MX batteries, the ministry said.', 'en')).toEqual([]);
    expect(persons('Kenya will contribute the patrol ship TCG Ayvalik, officials said on Monday.', 'en')).toEqual([]);
    expect(persons('Washington approved FIM-92 Stinger missiles, the State Department said.', 'en')).toEqual([]);
  });
  it('reads a staff or a mission that speaks as a body', () => {
    expect(typed('Two destroyers sailed through the strait on Sunday, the Joint Staff said.', 'en')).toContain('Organization Joint Staff');
    expect(typed('The EU Monitoring Mission said it had seen no troops near the line.', 'en')).toContain('Organization EU Monitoring Mission');
  });
  it('gives a ministry after a possessive to the state of the sentence', () => {
    expect(typed('India will withdraw one of its two battalions by December, its Ministry of External Affairs said.', 'en')).toContain('Organization Ministry of External Affairs (India)');
  });
});

describe('places named after their feature', () => {
  it('reads French mountains, airfields and mines', () => {
    const names = typed("Les renforts ont pris position autour du mont Kandil. Six drones sont stationnés sur l’aérodrome de Lefkoniko. L'armée garde le site aurifère de Kouki.", 'fr');
    expect(names).toEqual(expect.arrayContaining(['Location Mount Kandil', 'Location Lefkoniko airfield', 'Location Kouki gold mine']));
  });
  it('reads English rivers, blocks and areas in lowercase', () => {
    const names = typed('Troops moved to the Mazaruni river. Drilling continues in the Orinduik block. Fighters gathered in the Baqim area.', 'en');
    expect(names).toEqual(expect.arrayContaining(['Location Mazaruni river', 'Location Orinduik block', 'Location Baqim area']));
  });
  it('takes no capitalised Area for a place', () => {
    expect(typed('Inflation in the Euro Area slowed, the bank said.', 'en').some((n) => n.startsWith('Location'))).toBe(false);
  });
});

describe('people after a business title, and names with a foreign month word', () => {
  it('reads the holder of a chief executive title in apposition', () => {
    expect(persons('Les drones seront livrés en mai, a promis le PDG du groupe, Avner Golan, jeudi.', 'fr')).toContain('Person Avner Golan');
    expect(persons('The drones will arrive in May, the company’s chief executive, Dana Whitlock, said.', 'en')).toContain('Person Dana Whitlock');
  });
  it('does not cut an English name at a French month word', () => {
    expect(persons('Its spokesperson, Gatluak Mai Chol, said 40 civilians had been killed.', 'en')).toContain('Person Gatluak Mai Chol');
  });
});

describe('colleges, institutes after a lowercase head, governments named after their leader', () => {
  it('reads a French institute or university written head first in lowercase', () => {
    const names = typed("« C'est peu », estime un chercheur de l'institut Egmont. Selon un professeur de l'université Mahidol, la trêve tient.", 'fr');
    expect(names).toEqual(expect.arrayContaining(['Organization Egmont Institute', 'Organization Mahidol University']));
  });
  it('reads a college as a body, not a place', () => {
    expect(typed('"Both sides are preparing," said Jane Porter, a specialist at Wolfson College, Oxford.', 'en')).toContain('Organization Wolfson College');
  });
  it("reads '<leader> government' as the leader's state's government", () => {
    const names = typed('The Albanese government is facing pressure from its own backbench over the deal.', 'en');
    expect(names).toContain('Organization Government of Australia');
    expect(names.some((n) => n.startsWith('Person'))).toBe(false);
  });
});

describe('provinces named with and without their head', () => {
  it('gives a new province its bare name as well', () => {
    const e = run('The army has deployed 900 more soldiers to the restive Highland Papua province this week.', 'en').entities.find((x) => x.name.startsWith('Highland Papua'));
    expect(e?.aliases).toEqual(expect.arrayContaining(['Highland Papua province', 'Highland Papua']));
  });
});
