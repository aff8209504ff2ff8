import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const typed = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type} ${e.name}`);
const persons = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Person').map((e) => e.name);

describe('named military sites and airports', () => {
  it('reads a name before a facility head as a place, not an organisation', () => {
    const en = typed('One squadron was redeployed to Adampur Air Force Station in Punjab, and troops left Ain al-Asad Air Base on Monday, officials said.', 'en');
    expect(en).toEqual(expect.arrayContaining(['Location Adampur Air Force Station', 'Location Ain al-Asad Air Base']));
    expect(en.some((e) => e.startsWith('Organization Adampur'))).toBe(false);
  });
  it('reads a town before "airport" as the airport', () => {
    const en = typed('The Netherlands will deploy a Patriot battery to Poland\'s Rzeszów airport, officials said on Monday.', 'en');
    expect(en).toContain('Location Rzeszów airport');
    expect(en).not.toContain('Location Rzeszów');
  });
  it('reads a name after a facility head ("Camp X", "Mission Support Site X") as a place, not a person', () => {
    const en = typed('Three bases, including Mission Support Site Euphrates, will be handed over by the summer, a US defense official said.', 'en');
    expect(en).toContain('Location Mission Support Site Euphrates');
    const fr = typed('Les premiers éléments sont arrivés mercredi à Camp Film City, le quartier général de la force à Pristina, selon la Kfor.', 'fr');
    expect(fr).toContain('Location Camp Film City');
    expect(fr.some((e) => e.startsWith('Person'))).toBe(false);
  });
  it('reads French depots and ranges named after their place', () => {
    const fr = typed("Le groupe est chargé de garder l'immense dépôt de munitions de Cobasna. Les soldats s'entraînent sur le polygone de Bulboaca, au sud-est de Chisinau.", 'fr');
    expect(fr).toEqual(expect.arrayContaining(['Location Cobasna ammunition depot', 'Location Bulboaca training ground']));
  });
  it('reads islands named before their head', () => {
    expect(typed('The US deployed NMESIS launchers to the Batanes islands, near Taiwan, during exercises this year, officials said.', 'en')).toContain('Location Batanes islands');
  });
});

describe('bylines, contributors and the outlet itself', () => {
  it('reads a contributor named after the outlet', () => {
    expect(persons("The troops left on Monday, officials said.\n\nCNN's Sam Whitfield contributed to this report.", 'en')).toEqual(['Sam Whitfield']);
  });
  it('reads a correspondent line, and a lowercase byline with its post', () => {
    expect(persons("Titre ici\n\nAvec notre correspondante à Chisinau, Irina Ciobanu\n\nÉcouter - 03:41\n\nLe texte commence ici avec une phrase assez longue pour un paragraphe.", 'fr')).toEqual(['Irina Ciobanu']);
    expect(persons("Titre ici\n\npar Luka Marković, correspondant à Belgrade\n\nLe texte commence ici avec une phrase assez longue pour un paragraphe.", 'fr')).toEqual(['Luka Marković']);
  });
  it('reads a photographer after "File:" in a caption', () => {
    expect(persons('A ship sails near the shoal in June [File: Ezra Acayan/Reuters]\n\nThe text starts here.', 'en')).toEqual(['Ezra Acayan']);
  });
  it('reads the article\'s own outlet when the body names it', () => {
    const e = extractArticle({ body: 'Two officials told Breaking Defense on condition of anonymity that the squadron had moved.', language: 'en', outlet: 'Breaking Defense (constructed for tests)' }).entities;
    expect(e.map((x) => `${x.type} ${x.name}`)).toContain('Organization Breaking Defense');
    const fr = extractArticle({ body: 'Selon des informations obtenues par La Gazette du Nord, les soldats sont partis.', language: 'fr', outlet: 'La Gazette du Nord avec AFP' }).entities;
    expect(fr.map((x) => `${x.type} ${x.name}`)).toContain('Organization Gazette du Nord');
  });
  it('does not read a masthead (the outlet alone on its line) as the outlet named in the story', () => {
    const e = extractArticle({ body: 'News Day FR\n\nLes soldats sont partis lundi, a annoncé le ministère.', language: 'fr', outlet: 'News Day FR (relays Reuters)' }).entities;
    expect(e.map((x) => x.name)).not.toContain('News Day FR');
  });
  it('ends a place name with its line', () => {
    expect(typed('Par Marc Dessalines - envoyé spécial à Semera\nPublié le 3 mars 2025\n\nLe texte commence ici avec une phrase.', 'fr')).not.toContain('Location Semera Publié');
  });
});

describe('capitals as cities', () => {
  it('reads a capital that names a deal or a meeting as the city', () => {
    expect(typed("L'armée n'a jamais quitté le Tigré, malgré le fragile accord de Pretoria et l'accord de paix signé à Pretoria en 2022.", 'fr')).toContain('Location Pretoria');
    expect(typed('Both sides said the Minsk agreements were dead, officials said on Monday.', 'en')).toContain('Location Minsk');
  });
  it('keeps "avec l\'accord de Moscou" (its consent) as the state', () => {
    expect(typed("Les troupes sont entrées avec l'accord de Moscou, selon le ministère.", 'fr')).not.toContain('Location Moscou');
  });
  it('reads both cities of a two-city dateline', () => {
    const e = typed("NEW DELHI and ISLAMABAD — India's Ministry of Defence said Tuesday that Russia will deliver the last S-400 units.", 'en');
    expect(e).toEqual(expect.arrayContaining(['Location New Delhi', 'Location Islamabad']));
  });
});

describe('lexicon: places, bodies and forces any conflict report may name', () => {
  it('knows the French names of regions and rivers', () => {
    expect(typed("L'armée érythréenne n'a jamais quitté le Tigré. Dans la région de Gagaouzie, la tentation russe grandit.", 'fr')).toEqual(expect.arrayContaining(['Location Tigray', 'Location Gagauzia']));
    expect(typed('Cette bande de territoire coincée entre le Dniestr et la frontière ukrainienne, loin de l’Euphrate.', 'fr')).toEqual(expect.arrayContaining(['Location Dniester', 'Location Euphrates']));
    expect(typed('Ukrainian troops crossed the Dnieper while Kurdish fighters held the Euphrates, officials said.', 'en')).toEqual(expect.arrayContaining(['Location Dnieper', 'Location Euphrates']));
  });
  it('knows the other names of disputed reefs and islands, so none is read as a person', () => {
    const e = typed('China calls the shoal Huangyan Dao, a spokesperson said, while Manila speaks of Ayungin Shoal near the Senkaku Islands.', 'en');
    expect(e).toEqual(expect.arrayContaining(['Location Scarborough Shoal', 'Location Second Thomas Shoal', 'Location Senkaku Islands']));
    expect(e.some((x) => x.startsWith('Person'))).toBe(false);
    expect(typed('Pékin appelle le récif Huangyan Dao, selon le ministère.', 'fr')).toContain('Location Scarborough Shoal');
  });
  it('knows the bodies that coordinate aid to Ukraine and the coalition against ISIS', () => {
    expect(typed('The Security Assistance Group-Ukraine in Wiesbaden coordinates deliveries, the Pentagon said.', 'en')).toContain('Organization Security Assistance Group-Ukraine');
    expect(typed('The US-led coalition against ISIS will leave federal Iraq by September, officials said.', 'en')).toContain('Organization Global Coalition against ISIS');
    expect(typed("La coalition internationale contre l'EI quittera l'Irak fédéral en septembre, selon Washington.", 'fr')).toContain('Organization Global Coalition against ISIS');
  });
  it('knows the Japanese services beside the JSDF, and the Peshmerga', () => {
    expect(typed("Members of Japan's Ground Self-Defense Force will take part in the exercise, officials said.", 'en')).toContain('Organization Japan Ground Self-Defense Force');
    expect(typed("La Force maritime d'autodéfense japonaise a envoyé deux destroyers, selon Tokyo.", 'fr')).toContain('Organization Japan Maritime Self-Defense Force');
    expect(typed("The US handed over 24 Humvees to the Kurdistan Region's Peshmerga forces last month.", 'en')).toEqual(expect.arrayContaining(['Organization Peshmerga', 'Location Iraqi Kurdistan']));
  });
  it('reads the Russian force in Transnistria as a unit in both languages', () => {
    expect(typed('Le Groupe opérationnel des forces russes (GOFR) garde le dépôt, selon Chisinau.', 'fr')).toContain('MilitaryUnit Operational Group of Russian Forces');
    expect(typed('The Operational Group of Russian Forces guards the depot, Chisinau said.', 'en')).toContain('MilitaryUnit Operational Group of Russian Forces');
  });
});

describe('generic institutions', () => {
  it('names an embassy or a consulate with the country or the city it sits in', () => {
    const fr = run("L'ambassade de Russie au Tchad a démenti, dans un message publié mardi.", 'fr').entities.find((e) => e.type === 'Organization');
    expect(fr?.mentions.map((m) => m.text)).toEqual(["ambassade de Russie au Tchad"]);
    const en = run('The US handed over 24 Humvees last month, the US Consulate in Erbil said.', 'en').entities.find((e) => e.name === 'Consulate (United States)');
    expect(en?.mentions.map((m) => m.text)).toEqual(['US Consulate in Erbil']);
    expect(typed('Le consulat de France à Erbil a confirmé le départ.', 'fr')).toContain('Organization Consulate (France)');
  });
  it("reads a state's coastguard written in one word", () => {
    expect(typed("At least 10 ships of China's coastguard were seen near the shoal.", 'en')).toContain('Organization China Coast Guard');
  });
});

describe('names that are not organisations of their own', () => {
  it('reads a name spelling out an acronym the lexicon knows as that body', () => {
    const fr = run('Un accord a été signé entre le gouvernement fédéral et le Front populaire de libération du Tigré (TPLF).', 'fr').entities.filter((e) => e.type === 'Organization' && /Tigr/.test(e.name + e.mentions.map((m) => m.text).join()));
    expect(fr.map((e) => e.name)).toEqual(['TPLF']);
    expect(fr[0].mentions.map((m) => m.text)).toContain('Front populaire de libération du Tigré');
  });
  it('takes no deal for an organisation', () => {
    expect(typed('The Reciprocal Access Agreement (RAA), signed in Manila in July 2024, took effect this year.', 'en').some((e) => /Agreement/.test(e))).toBe(false);
    expect(typed("Le Traité sur la non-prolifération (TNP) reste en vigueur, selon Paris.", 'fr').some((e) => /Traité/.test(e))).toBe(false);
  });
  it('reads the leader inside "the Trump administration" as no person of his own', () => {
    expect(typed('The move comes as the Trump administration also reshapes the US presence in Iraq.', 'en')).toEqual(expect.arrayContaining(['Organization Trump administration']));
    expect(persons('The move comes as the Trump administration also reshapes the US presence in Iraq.', 'en')).toEqual([]);
    expect(persons("Donald Trump a parlé lundi. L'administration Trump a confirmé le retrait.", 'fr')).toEqual(['Donald Trump']);
  });
});

describe('numbered units and their state', () => {
  const units = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'MilitaryUnit').map((e) => [e.name, e.country ?? null]);
  it('gives a numbered unit the state or demonym next to it', () => {
    expect(units("Russia's 64th Motor Rifle Brigade moved north, and the Polish 12th Mechanised Division followed.", 'en')).toEqual([['64th Motor Rifle Brigade', 'country:RU'], ['12th Mechanised Division', 'country:PL']]);
    expect(units('La 155e brigade ukrainienne et la 19e brigade blindée polonaise sont arrivées.', 'fr')).toEqual([['155e brigade', 'country:UA'], ['19e brigade blindée', 'country:PL']]);
  });
  it('does not give a unit the state where it stands', () => {
    expect(units('In Poland, the 4th Infantry Brigade Combat Team took over on Monday.', 'en')).toEqual([['4th Infantry Brigade', null]]);
  });
  it('knows the best-known formations and their state', () => {
    expect(units('The 82nd Airborne Division deployed to Poland, officials said.', 'en')).toEqual([['82nd Airborne Division', 'country:US']]);
    expect(units('Quelque 1 800 soldats sont stationnés en Lituanie au sein de la Panzerbrigade 45.', 'fr')).toEqual([['Panzerbrigade 45', 'country:DE']]);
  });
});

describe('places by their kind', () => {
  it('reads a port by name, with a demonym between', () => {
    expect(typed("Addis-Abeba prépare une offensive sur le port érythréen d'Assab, et des cargos ont accosté au port de Massawa.", 'fr')).toEqual(expect.arrayContaining(['Location Assab', 'Location Massawa']));
    expect(typed('Cargo ships docked at the port of Massawa last week, officials said.', 'en')).toContain('Location Massawa');
  });
  it('reads places listed after a plural kind', () => {
    expect(typed('Des soldats occupent toujours des localités frontalières comme Zalambessa, selon l’administration.', 'fr')).toContain('Location Zalambessa');
    expect(typed('Troops still hold border towns such as Zalambessa, the administration said.', 'en')).toContain('Location Zalambessa');
  });
  it('reads a bare name met as a base\'s as that base', () => {
    const e = typed('La Russie réduit sa présence à Hmeimim\n\nLa Russie aurait retiré ses avions de la base aérienne de Hmeimim, selon TASS.', 'fr');
    expect(e).toContain('Location Hmeimim air base');
    expect(e).not.toContain('Location Hmeimim');
  });
  it('takes a capital after "à" inside a sentence as no state of the sentence', () => {
    expect(typed("Malgré l'accord de paix signé à Pretoria en 2022 entre le gouvernement fédéral et le TPLF, l'Éthiopie s'arme.", 'fr')).not.toContain('Organization Government of South Africa');
    expect(typed("A New Delhi, le ministère des Affaires étrangères accuse la Chine.", 'fr')).toContain('Organization Ministry of External Affairs (India)');
  });
});

describe('bodies named after a kind or a town', () => {
  it('reads a bare institution as the one of its kind met before', () => {
    const e = run("Pistorius visited the Ukrainian Air Force's training center. Air Force spokesperson Yurii Ihnat dismissed the report.", 'en').entities;
    expect(e.filter((x) => /Air Force/.test(x.name)).map((x) => x.name)).toEqual(['Ukrainian Air Force']);
    expect(e.find((x) => x.name === 'Ukrainian Air Force')?.mentions.map((m) => m.text)).toEqual(['Ukrainian Air Force', 'Air Force']);
  });
  it('reads a university named after its town as a body, not the town\'s state', () => {
    const fr = typed("« Asmara ne reculera pas », estime Kjetil Tronvoll, de l'université d'Oslo.", 'fr');
    expect(fr).toContain('Organization University of Oslo');
    expect(fr).not.toContain('Country Norway');
    expect(typed('"Asmara will not back down," said Kjetil Tronvoll of the University of Oslo.', 'en')).toContain('Organization University of Oslo');
  });
});

describe('person names', () => {
  it('keeps a family name opened by a joined Arabic article', () => {
    expect(persons('Iraqi government spokesman Basim al-Awadi said Wednesday that the timetable was on track.', 'en')).toEqual(['Basim al-Awadi']);
    expect(persons("Le porte-parole du gouvernement irakien, Basim al-Awadi, a déclaré mercredi que le calendrier était respecté.", 'fr')).toEqual(['Basim al-Awadi']);
  });
});

describe('research bodies after their noun', () => {
  it('reads an unknown name after "think tank" or "centre de réflexion"', () => {
    expect(typed("Pour l'analyste Andrei Curăraru, du centre de réflexion WatchDog.md, le scénario est plausible.", 'fr')).toContain('Organization WatchDog.md');
    expect(typed('According to the think tank Carnegie Politika, the plan is unlikely to work.', 'en')).toContain('Organization Carnegie Politika');
  });
  it('reads a facility in a Title Case caption when its head has several words', () => {
    expect(typed('An Indian Air Force Rafale Takes Off From Ambala Air Force Station. (Indian Air Force Photo)\n\nThe text starts here with a long sentence.', 'en')).toContain('Location Ambala Air Force Station');
  });
});

describe('regions inside titles', () => {
  it('takes no region out of an English job title', () => {
    expect(typed('"It creates headaches," said Ashley Menon, a South Asia fellow at the Carnegie Endowment for International Peace.', 'en')).not.toContain('Location South Asia');
    expect(typed('Fighting spread across South Asia last week, officials said.', 'en')).toContain('Location South Asia');
  });
});

describe('places joined after a locative', () => {
  it('reads the second of two places joined after "autour de" or "in"', () => {
    expect(typed('Des troupes ont été massées notamment autour de Raška et de Kuršumlija, selon Pristina.', 'fr')).toEqual(expect.arrayContaining(['Location Raška', 'Location Kuršumlija']));
    expect(typed('Troops were massed in Raska and Kursumlija, Pristina said on Monday.', 'en')).toEqual(expect.arrayContaining(['Location Raska', 'Location Kursumlija']));
  });
});

describe('the article\'s outlet is no antecedent of "the agency"', () => {
  it('keeps "the agency" for the intelligence service named before', () => {
    const body = "South Korea's National Intelligence Service said on Monday that 3,000 troops had left, Example Daily Live has learned. The agency also believes that 100 missiles were sent.";
    const e = extractArticle({ body, language: 'en', published: '2024-11-20', outlet: 'Example Daily Live (constructed for tests)' }).entities;
    expect(e.find((x) => x.name === 'Example Daily Live')?.mentions.map((m) => m.text)).toEqual(['Example Daily Live']);
  });
});
