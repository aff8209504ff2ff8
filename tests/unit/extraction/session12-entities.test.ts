import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
/** "type name" of every entity, e.g. "Organization El Heraldo". */
const entities = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.type} ${e.name}`);

describe('outlets and companies named after their kind are never people', () => {
  it('reads a name after a press noun as the outlet even beside a cue ("selon le quotidien X")', () => {
    expect(entities("Selon le quotidien El Heraldo, l'armée a reçu dix blindés.", 'fr')).toContain('Organization El Heraldo');
    expect(entities('The drones were sold, according to the daily La Razón.', 'en')).toContain('Organization La Razón');
    expect(entities("Selon le quotidien El Heraldo, l'armée a reçu dix blindés.", 'fr').some((e) => e.startsWith('Person'))).toBe(false);
  });
  it("keeps a known surname inside an outlet's name as a word of it", () => {
    // "Turk" is the surname of the UN rights chief in persons.json.
    expect(entities('Le site spécialisé Defence Turk a révélé la vente de six drones.', 'fr')).toEqual(['Organization Defence Turk']);
  });
});

describe('outlet names that are common words match only in their own capitals', () => {
  it('takes "La Presse" but not "la presse nigériane" at the head of a sentence', () => {
    expect(entities('La presse locale s’inquiète du départ des troupes.', 'fr')).not.toContain('Organization La Presse');
    expect(entities('Le ministre a confié à La Presse que la base tenait.', 'fr')).toContain('Organization La Presse');
  });
  it("finds no outlet inside another body's name (\"Liberation\" in the People's Liberation Army)", () => {
    expect(entities('About 2,000 People’s Liberation Army troops moved closer, officials said.', 'en')).toEqual(["Organization People's Liberation Army"]);
  });
});

describe('photo credits', () => {
  it('reads "Photo NAME/AGENCY" with a capital Photo', () => {
    expect(entities('Des soldats à un poste de contrôle, le 3 mars. Photo Kofi Mensah/AFP\n\nLe calme est revenu.', 'fr')).toContain('Person Kofi Mensah');
  });
  it('reads a picture agency credited before the photographer as an organisation', () => {
    const found = entities('A patrol boat leaves the harbour. (Photo: Lumen Images / Ana Ribeiro)\n\nThe navy said it was routine.', 'en');
    expect(found).toContain('Organization Lumen Images');
    expect(found).toContain('Person Ana Ribeiro');
  });
  it('reads an upper-case caption line "PHOTO NAME, AGENCY"', () => {
    expect(entities('Des soldats patrouillent.\n\nPHOTO JUAN PÉREZ, AGENCE FRANCE-PRESSE\n\nLe calme est revenu.', 'fr')).toContain('Person JUAN PÉREZ');
    // Not a caption line: a name and an agency in running text stay as they were.
    expect(entities('Il a parlé à Juan Pérez, Reuters a appris.', 'fr')).not.toContain('Person Juan Pérez');
  });
});

describe('navy prefixes of Argentina, South Africa, Iran, Bangladesh and Tunisia', () => {
  it('reads ARA, SAS, IRIS as ships of their navies', () => {
    const r = run('The corvette IRIS Sabalan, the frigate SAS Mendi and ARA Espora sailed together.', 'en');
    expect(r.entities.filter((e) => e.type === 'MilitaryUnit').map((e) => e.name)).toEqual(['IRIS Sabalan', 'SAS Mendi', 'ARA Espora']);
  });
});
describe('common conflict-reporting names (lexicons)', () => {
  it('knows the Line of Actual Control as a place, the Green Berets as a unit, Amaq as an outlet', () => {
    expect(entities('Troops dug in along the Line of Actual Control.', 'en')).toContain('Location Line of Actual Control');
    expect(entities('Des Bérets verts américains forment les soldats.', 'fr')).toContain('MilitaryUnit United States Army Special Forces');
    expect(entities("Une vidéo diffusée par Amaq montre l'attaque.", 'fr')).toContain('Organization Amaq');
    expect(entities('The ships crossed the Panama Canal.', 'en')).toContain('Location Panama Canal');
  });
});

describe('land and water features named by their kind', () => {
  const mentions = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Location').map((e) => e.mentions.map((m) => m.text).join('|'));
  it('reads "le fleuve X", "le delta du X", "la vallée de la X" as one place, the whole phrase its mention', () => {
    expect(mentions('Des pêcheurs ont été enlevés sur le fleuve Oubangui et dans le delta du Sénégal.', 'fr')).toEqual(['fleuve Oubangui', 'delta du Sénégal']);
    expect(mentions("L'armée a pris position dans la vallée de la Kabylie.", 'fr')).toEqual(['vallée de la Kabylie']);
  });
  it('reads "the X river", "the X plateau", "the X delta" in English', () => {
    expect(mentions('Patrols crossed the Drina river and camped on the Deosai plateau.', 'en')).toEqual(['Drina river', 'Deosai plateau']);
  });
  it('keeps a state named in the phrase out of it, and leaves demonyms and lowercase words alone', () => {
    const r = run('Pirates attack ships in the Niger delta. Chinese troops crossed the river.', 'en');
    expect(r.entities.map((e) => `${e.type} ${e.name}`)).toEqual(['Location Niger Delta', "Country People's Republic of China"]);
  });
  it('reads "le département du X" as a place, not "le département d\'État"', () => {
    const r = run("Selon le département d'État, des soldats ont été déployés dans le département du Mayo-Kani.", 'fr');
    expect(r.entities.map((e) => `${e.type} ${e.name}`)).toEqual(['Organization U.S. Department of State', 'Location Mayo-Kani']);
  });
});

describe('an embassy owned through a possessive ("its embassy in X")', () => {
  const embassies = (body: string, language: 'fr' | 'en') =>
    run(body, language).entities.filter((e) => e.id.endsWith('-embassy')).map((e) => `${e.id} ${e.mentions.map((m) => m.text).join('|')}`);
  it('reads the state named last in the sentence, its institutions included, as the owner', () => {
    expect(embassies('Turkey’s navy will send a frigate, its embassy in Nairobi said.', 'en')).toEqual(['org:tr-embassy its embassy in Nairobi']);
  });
  it("reads a sentence-opening possessive as the subject of the sentence before", () => {
    expect(embassies('Japan has been courting Vietnam’s neighbours. Its embassy in Vientiane said the talks went well.', 'en')).toEqual(['org:jp-embassy Its embassy in Vientiane']);
    expect(embassies('La Russie dément. Son ambassade à Rabat a publié un communiqué.', 'fr')).toEqual(['org:ru-embassy Son ambassade à Rabat']);
  });
  it('keeps an embassy with no owner word where it was', () => {
    expect(embassies('The embassy in Nairobi was closed on Monday.', 'en')).toEqual(['org:ke-embassy embassy in Nairobi']);
  });
});

describe('a feature met with its kind is the same place named alone later', () => {
  it('links "near Depsang" to "the Depsang plains"', () => {
    const r = run('Troops moved to the Karakul plains. Patrols near Karakul were stopped.', 'en');
    expect(r.entities.map((e) => `${e.name} ${e.mentions.map((m) => m.text).join('|')}`)).toEqual(['Karakul Plains Karakul plains|Karakul']);
  });
});

describe('air force and navy ranks introduce people (lexicons/roles.json)', () => {
  const people = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Person').map((e) => e.name);
  it('reads French air and naval ranks with their complements', () => {
    expect(people('Les avions sont arrivés, a indiqué son porte-parole, le commodore de l’air Kwame Boateng.', 'fr')).toEqual(['Kwame Boateng']);
    expect(people('Le général de brigade aérienne Ibrahim Sow a démenti toute perte.', 'fr')).toEqual(['Ibrahim Sow']);
  });
  it('reads RAF-style ranks in English', () => {
    expect(people('The jets arrived on Monday, said Wing Commander Asha Patel.', 'en')).toEqual(['Asha Patel']);
  });
});

describe("a country's national guard is one of its institutions (lexicons/institutions.json)", () => {
  it('reads "Venezuela\'s National Guard" and "la Garde nationale tunisienne"', () => {
    expect(entities("Venezuela's National Guard said on Monday it had closed the crossing.", 'en')).toContain('Organization National Guard (Venezuela)');
    expect(entities('La Garde nationale tunisienne a arrêté six passeurs.', 'fr')).toContain('Organization National Guard (Tunisia)');
  });
});

describe('"la chancellerie" with its demonym is the foreign ministry', () => {
  it('reads "la chancellerie russe" as Russia\'s foreign ministry, not the plural "les chancelleries"', () => {
    expect(entities("La chancellerie russe a convoqué l'ambassadeur lundi.", 'fr')).toContain('Organization Ministry of Foreign Affairs (Russia)');
    expect(entities('Les chancelleries européennes s’inquiètent de la situation.', 'fr').some((e) => e.includes('Foreign Affairs'))).toBe(false);
  });
});
