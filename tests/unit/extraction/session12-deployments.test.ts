import { extractArticle } from '../../../src/extraction';

const deployments = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-14', language }).deployments.map((d) => `${d.from} -> ${d.to} ${d.size}`);

describe('deployments: "on"/"sur" before a named place', () => {
  it('reads a place right after "stationed on", "stationnés sur" as the destination', () => {
    expect(deployments('About 1,500 British military personnel are stationed on the Falkland Islands.', 'en')).toEqual(['country:GB -> location:falkland-islands 1500']);
    expect(deployments('Some 900 Danish soldiers are deployed on the island of Bornholm.', 'en')).toEqual(['country:DK -> location:bornholm 900']);
    expect(deployments("Quelque 700 soldats français sont stationnés sur l'île de Mayotte.", 'fr')).toEqual(['country:FR -> country:YT 700']);
  });
  it('does not take "sur" after another noun for a destination ("l\'offensive sur Goma")', () => {
    expect(deployments("Le Rwanda a envoyé 2 000 soldats en RDC pour appuyer l'offensive sur Goma.", 'fr')).toEqual(['country:RW -> country:CD 2000']);
  });
});

describe('deployments: withdrawals at home', () => {
  it('reads a region of the sender\'s own country after "withdrew ... from" as the place left', () => {
    expect(deployments("Mexico's army withdrew about 800 soldiers from Durango.", 'en')).toEqual(['country:MX -> location:durango-mx 800']);
    expect(deployments("L'armée mexicaine a retiré environ 800 soldats de l'État de Durango.", 'fr')).toEqual(['country:MX -> location:durango-mx 800']);
  });
  it('does not read a home port a ship left as a deployment there', () => {
    expect(deployments('The US destroyer USS Mason left Norfolk on Monday.', 'en')).toEqual([]);
  });
});

describe('deployments: ships, aircraft and armour that fly, sail or are brought on their own mission', () => {
  it('counts platforms that fly, sail or are based somewhere with their owner named', () => {
    expect(deployments('Two more RAF Typhoon fighter jets will fly to the Falkland Islands next month.', 'en')).toEqual(['country:GB -> location:falkland-islands 2']);
    expect(deployments('Turkey has based a dozen F-16 jets in Azerbaijan since June.', 'en')).toEqual(['country:TR -> country:AZ 12']);
    expect(deployments('Une vingtaine de chars russes ont été acheminés par voie ferrée jusqu\'au Tadjikistan.', 'fr')).toEqual(['country:RU -> country:TJ 20']);
  });
  it('leaves platforms with no owner in sight, and weapons carried in a sentence of supply, to the transfers', () => {
    expect(deployments('Les drones seraient basés à Abéché, selon un diplomate.', 'fr')).toEqual([]);
    expect(deployments("Le Soudan accuse Abou Dhabi d'avoir fourni des drones, acheminés par l'aéroport d'Amdjarass, au Tchad.", 'fr')).toEqual([]);
  });
});

describe('deployments: islands, anchors and marines', () => {
  it('reads "the islands" as the islands named last, and nothing when none were', () => {
    expect(deployments('Two RAF Typhoon jets will fly to the Falkland Islands. About 1,500 British military personnel are stationed on the islands.', 'en'))
      .toEqual(['country:GB -> location:falkland-islands 2', 'country:GB -> location:falkland-islands 1500']);
    expect(deployments("Taiwan's defence ministry said it had tracked nine Chinese navy ships around the island on Monday.", 'en')).toEqual([]);
  });
  it('moves a ship that dropped anchor somewhere, not one that made a port call', () => {
    expect(deployments('The Russian frigate Admiral Golovko dropped anchor off Durban on Sunday.', 'en')).toEqual(['country:RU -> location:durban null']);
    expect(deployments('Two Egyptian navy ships docked in Mogadishu on Monday.', 'en')).toEqual([]);
  });
  it('counts marines a country installs somewhere ("fusiliers marins")', () => {
    expect(deployments('Le Ghana a installé 250 fusiliers marins dans le port de Takoradi.', 'fr')).toEqual(['country:GH -> location:takoradi 250']);
  });
});

describe('weapons: model names in the English plural', () => {
  it('reads "Typhoons", "F-35s" as the model', () => {
    const transfers = extractArticle({ body: 'Britain will send four Eurofighter Typhoons and two F-35s to Estonia.', published: '2025-03-14', language: 'en' }).armsTransfers;
    expect(transfers.map((t) => `${t.items.join()} ${t.quantity}`)).toEqual(['Eurofighter fighter jets 4', 'F-35 fighter jets 2']);
  });
});

describe('a navy sending its own ships', () => {
  it('deploys them and sells nothing', () => {
    const r = extractArticle({ body: 'The Chinese navy will send the frigate Huainan to Durban next week.', published: '2025-03-14', language: 'en' });
    expect(r.deployments.map((d) => `${d.from} -> ${d.to}`)).toEqual(['country:CN -> location:durban']);
    expect(r.armsTransfers).toEqual([]);
  });
  it('still reads a country sending ships to another country\'s navy as a transfer', () => {
    const r = extractArticle({ body: 'Japan will hand over two patrol vessels to the Philippine Navy next year.', published: '2025-03-14', language: 'en' });
    expect(r.armsTransfers.map((t) => `${t.supplier} -> ${t.recipient} ${t.quantity}`)).toHaveLength(1);
  });
});

describe('troops of no named owner moved at home', () => {
  it('belong to the country whose official or army the sentence before names, in the same paragraph', () => {
    expect(deployments("Le ministre colombien de la Défense a annoncé des renforts. Quelque 5 000 militaires seront déployés dans la province de Nariño.", 'fr'))
      .toEqual(['country:CO -> location:narino-co 5000']);
  });
  it('do not take an owner from another paragraph', () => {
    expect(deployments("Le ministre colombien de la Défense a annoncé des renforts.\n\nQuelque 5 000 militaires seront déployés dans la province de Nariño.", 'fr')).toEqual([]);
  });
});

describe('"in the country" after a town, and special forces by their names', () => {
  it('reads "dans le pays" as the country of the town told before', () => {
    expect(deployments("Quelque 300 instructeurs russes sont arrivés à Bamako en mars. Au total, quelque 1 000 soldats russes sont désormais présents dans le pays.", 'fr'))
      .toContain('country:RU -> country:ML 1000');
  });
  it('counts Green Berets, Navy SEALs and Gurkhas as troops', () => {
    expect(deployments('Around 45 US Army Green Berets are in Himachal Pradesh for an exercise.', 'en')).toEqual(['country:US -> location:himachal-pradesh-in 45']);
  });
});

describe('a distance from a place', () => {
  it('reads "within 50 kilometres of X", "à moins de 50 km de X" as a place near X', () => {
    expect(deployments('Russia has massed 10,000 troops within 50 kilometres of Kharkiv.', 'en')).toEqual(['country:RU -> location:kharkiv 10000']);
    expect(deployments("L'armée russe a massé 10 000 soldats à moins de 50 km de Kharkiv.", 'fr')).toEqual(['country:RU -> location:kharkiv 10000']);
  });
  it('does not read a border named by its adjective as the other country', () => {
    expect(deployments('Russia has massed 10,000 troops within 50 kilometres of the Ukrainian border.', 'en')).not.toContain('country:RU -> country:UA 10000');
  });
});

describe('ships under way', () => {
  it('moves a ship on its way somewhere, cruising somewhere ("croise"), or heading for a place', () => {
    expect(deployments('The destroyer USS Sampson transited the Panama Canal on Monday on its way to the Caribbean.', 'en')).toEqual(['country:US -> location:caribbean null']);
    expect(deployments('Le destroyer américain USS Gravely croise depuis mars dans le golfe du Mexique.', 'fr')).toEqual(['country:US -> location:gulf-of-mexico null']);
    expect(deployments('La frégate belge Louise-Marie a appareillé jeudi en direction du golfe de Guinée.', 'fr')).toEqual(['country:BE -> location:gulf-of-guinea null']);
  });
});

describe('forces backed by armour', () => {
  it('counts armour backing troops inside their own clause, and after "sont appuyés par"', () => {
    expect(deployments("Près de 3 000 soldats de la 2e région militaire, appuyés par une quarantaine de chars, ont été déployés dans la province de Surin, selon un officier thaïlandais.", 'fr'))
      .toEqual(['country:TH -> location:surin-th 3000', 'country:TH -> location:surin-th 40']);
    expect(deployments('Le Nigeria a envoyé 2 500 soldats vers Monguno. Ces renforts sont appuyés par une trentaine de blindés.', 'fr'))
      .toEqual(['country:NG -> location:monguno 2500', 'country:NG -> location:monguno 30']);
  });
});

describe('recalled troops', () => {
  it('reads "a rappelé les soldats" as a withdrawal from where they served, not "a rappelé que"', () => {
    expect(deployments("Le Niger a rappelé les 1 000 soldats qu'il avait engagés au Mali.", 'fr')).toEqual(['country:NE -> country:ML 1000']);
    expect(deployments('Le ministre a rappelé que 1 000 soldats français sont au Mali.', 'fr')).toEqual(['country:FR -> country:ML 1000']);
  });
});

describe('a place left after a compass adjective', () => {
  it('reads "from eastern Ladakh" as the place left', () => {
    expect(deployments('India will withdraw 2,000 troops from eastern Ladakh in August.', 'en')).toEqual(['country:IN -> location:ladakh 2000']);
  });
});

describe('a movement in power (lexicon "governs")', () => {
  it('moves the state\'s forces: Taliban fighters are Afghanistan\'s', () => {
    expect(deployments('Les talibans ont dépêché plusieurs centaines de combattants dans la province du Badakhchan.', 'fr')).toEqual(['country:AF -> location:badakhshan-af null']);
  });
});

describe('"its" force after a verb', () => {
  it('belongs to the subject right before the verb', () => {
    expect(deployments("Abuja a dépêché des renforts vers Monguno et Yaoundé muscle son dispositif dans l’Extrême-Nord.", 'fr')).toContain('country:CM -> location:far-north-region-cm null');
  });
});

describe('an unknown name off which ships sail', () => {
  it('is a place ("au large de Bonny", "off the coast of Kribi")', () => {
    expect(deployments('La marine nigériane a déployé six patrouilleurs supplémentaires au large de Bonny, dans le delta.', 'fr')).toEqual(['country:NG -> location:bonny 6']);
    expect(deployments('Two Cameroonian patrol boats were deployed off the coast of Kribi on Monday.', 'en')).toEqual(['country:CM -> location:kribi 2']);
  });
  it('does not run the name into the next line', () => {
    const r = extractArticle({ body: 'Three minehunters are operating off Zarnesti\nImage: AFP', published: '2025-03-14', language: 'en' });
    expect(r.entities.map((e) => e.name)).not.toContain('Zarnesti Image');
  });
});
