import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2026-03-10') => extractArticle({ body, published, language });
const typed = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type} ${e.name}`);

describe('bodies conflict reporting names often (lexicon)', () => {
  it('reads parliaments and EU bodies', () => {
    expect(typed('Le Bundestag et la Knesset ont voté lundi, à une semaine du Conseil européen.', 'fr')).toEqual(
      expect.arrayContaining(['Organization Bundestag', 'Organization Knesset', 'Organization European Council']));
  });
  it('reads the Revolutionary Guards in lowercase French', () => {
    expect(typed("Les pasdaran ont massé des unités, et les gardiens de la révolution ont démenti toute incursion.", 'fr')).toContain('Organization Islamic Revolutionary Guard Corps');
  });
  it('reads movements, coalitions and forces by their usual names', () => {
    const names = typed('Clashes spread near Nasir, the opposition SPLM-IO said, and the Saudi-led coalition said it had struck a depot.', 'en');
    expect(names).toEqual(expect.arrayContaining(["Organization Sudan People's Liberation Movement-in-Opposition", 'Organization Saudi-led coalition']));
    expect(typed('Patrols of the PNG Defence Force stayed at the border, officials said.', 'en')).toContain('Organization Papua New Guinea Defence Force');
  });
  it("reads a state's security service by its possessive", () => {
    expect(typed("Georgia's security service said on Friday it had arrested two men near the boundary line.", 'en')).toContain('Organization State Security Service of Georgia');
  });
});

describe('described institutions', () => {
  it("gives 'the country's armed forces' to the state the sentence is about", () => {
    const e = run("Indonesia has sent 600 more troops to Papua after an attack on workers, the country's armed forces said on Monday.", 'en').entities;
    expect(e.find((x) => x.mentions.some((m) => m.text === "the country's armed forces"))?.country).toBe('country:ID');
  });
  it("names no army before a title ('the country's military spokesman')", () => {
    expect(typed("Pakistan will send 900 troops to the kingdom, the country's military spokesman, Lt Gen Omar Rafiq, said on Monday.", 'en').some((n) => n.includes('Army'))).toBe(false);
  });
  it("reads an embassy after 'des' with the city it sits in", () => {
    const e = run("L'ambassade des États-Unis à Lima a publié lundi un communiqué sur les violences.", 'fr').entities.find((x) => x.name.startsWith('Embassy'));
    expect(e?.mentions.map((m) => m.text)).toContain('ambassade des États-Unis à Lima');
  });
});

describe('agencies credited in a sign-off', () => {
  it('reads every listed agency in brackets, whatever its case', () => {
    const names = typed('The ministry said talks would resume next week, officials said.\n\nab/cd (AFP, Reuters, dpa)', 'en');
    expect(names).toEqual(expect.arrayContaining(['Organization Agence France-Presse', 'Organization Reuters', 'Organization Deutsche Presse-Agentur']));
  });
});

describe('named operations and exercises', () => {
  it('reads an unlisted operation as a body, and a titled exercise', () => {
    expect(typed("Les renforts de l'opération Tamaris sont arrivés lundi, selon l'armée.", 'fr')).toContain('Organization Operation Tamaris');
    expect(typed('About 300 soldiers will arrive next month for Exercise Southern Lance, officials said.', 'en')).toContain('Organization Exercise Southern Lance');
  });
});

describe('ships named after a counted kind, and a kind with its complement', () => {
  it('reads each ship of a list after the kind, even one named like a region', () => {
    const names = typed('Italy has sent two frigates, the Liguria and the Spartaco, to escort the convoy.', 'en');
    expect(names).toEqual(expect.arrayContaining(['MilitaryUnit Liguria', 'MilitaryUnit Spartaco']));
    expect(names.some((n) => n.startsWith('Location'))).toBe(false);
    expect(typed("Athènes a envoyé trois frégates au large de l'île, dont la Psara, selon le ministère.", 'fr')).toContain('MilitaryUnit Psara');
  });
  it("reads a warship named after 'la frégate de surveillance'", () => {
    expect(typed('La frégate de surveillance Prairial patrouille depuis mars au large de Tahiti.', 'fr')).toContain('MilitaryUnit Prairial');
  });
});

describe('places that are model names, and islands', () => {
  it('takes no region for a weapon named after it', () => {
    expect(typed('Cairo ordered 24 Falcon fighters last year, officials said.', 'en').some((n) => n.startsWith('Location'))).toBe(false);
  });
  it('reads Greek islands and Goa', () => {
    expect(typed("Le navire a repris ses prospections au sud de Rhodes, puis au large de Goa.", 'fr')).toEqual(expect.arrayContaining(['Location Rhodes', 'Location Goa']));
  });
});

describe('names with particles, and bylines that place the story', () => {
  const persons = (body: string, language: 'fr' | 'en') => typed(body, language).filter((n) => n.startsWith('Person'));
  it('reads a name with particles, even when its first word is a town', () => {
    expect(persons("« C'est fragile », estime Kars de Vries, chercheur à l'institut Egmont.", 'fr')).toContain('Person Kars de Vries');
    expect(persons('"It will not hold," said Pieter van der Linden, an analyst in The Hague.', 'en')).toContain('Person Pieter van der Linden');
  });
  it('keeps a town before a particle that opens no name', () => {
    expect(typed("Les combats ont repris près de Kars de manière sporadique, selon l'armée.", 'fr')).toContain('Location Kars');
  });
  it('reads a capital on a byline line above the date, and a dateline of two capitals alone on its line', () => {
    const lead = '\n\nThe ministry said on Monday that it had moved troops to the border, officials said.';
    expect(typed(`Omar Haddad\nAmman\nSep 24, 2026${lead}`, 'en')).toContain('Location Amman');
    expect(typed(`Rahul Mehta\nISLAMABAD/KABUL\n${lead}`, 'en')).toEqual(expect.arrayContaining(['Location Islamabad', 'Location Kabul']));
  });
});

describe('places and forces of frozen conflicts (lexicon)', () => {
  it('reads Northern Cyprus and the Greek force on the island', () => {
    const names = typed("Ankara a renforcé ses troupes dans la « République turque de Chypre du Nord », et Athènes la Force hellénique à Chypre.", 'fr');
    expect(names).toEqual(expect.arrayContaining(['Location Northern Cyprus', 'MilitaryUnit Hellenic Force in Cyprus']));
  });
  it('reads South Sudanese states as places, not the river', () => {
    const names = typed('Fighting spread to Upper Nile state on Sunday, the army said.', 'en');
    expect(names).toContain('Location Upper Nile');
    expect(names).not.toContain('Location Nile');
  });
});

describe('a force, its title and its commander', () => {
  it('ends an unlisted force at the title after its head, and reads the holder', () => {
    const names = typed('Troops were sent to the border, Zambia Defence Force Commander Lieutenant General Dennis Mwale told reporters on Monday.', 'en');
    expect(names).toEqual(expect.arrayContaining(['Organization Zambia Defence Force', 'Person Dennis Mwale']));
  });
  it("reads '<demonym> army' before a verb in the past", () => {
    expect(typed('Brazil reinforced the north. The Brazilian army sent 28 armoured vehicles to the border city.', 'en')).toContain('Organization Armed Forces (Brazil)');
  });
});

describe('ships with "of" in their name, and photo furniture', () => {
  it('reads a prefixed ship named "X of Y"', () => {
    expect(typed('The carrier HMS Duke of Kent sailed from Portsmouth on Monday, the navy said.', 'en')).toContain('MilitaryUnit HMS Duke of Kent');
  });
  it('takes no person in a licensing line after a credit', () => {
    expect(typed('Soldiers patrol the border. REUTERS/File Photo Purchase Licensing Rights\n\nThe ministry said on Monday that troops had moved north.', 'en').some((n) => n.startsWith('Person'))).toBe(false);
  });
});

describe("an NGO's national section", () => {
  it('reads the section named with its state as a body of its own', () => {
    const names = typed("Amnesty International Kenya's director Irungu Houghton said the arrests were unlawful.", 'en');
    expect(names).toContain('Organization Amnesty International Kenya');
    expect(names).not.toContain('Organization Amnesty International');
  });
});
