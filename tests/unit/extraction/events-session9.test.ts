import { extractArticle } from '../../../src/extraction';
import { wordNumber } from '../../../src/extraction/stages/quantities';

/**
 * Event phrasings added in session 9, one sentence each, written for this test (not copied from any
 * gold article). Each row: language, sentence, the (from, to, size) of its deployments or the
 * (supplier, recipient, quantity) of its transfers.
 */
type Row = [lang: 'fr' | 'en', sentence: string, expected: Array<[string, string, number | null]>];

const run = (lang: 'fr' | 'en', body: string) => extractArticle({ body, published: '2025-03-14', language: lang });
const deployments = (lang: 'fr' | 'en', body: string) => run(lang, body).deployments.map((d) => [d.from, d.to, d.size]);
const transfers = (lang: 'fr' | 'en', body: string) => run(lang, body).armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity]);

const DEPLOYMENTS: Row[] = [
  // Troops counted after "with" close the clause of a far verb.
  ['fr', "Le Portugal contribue depuis 2019 à la mission de l'ONU en Centrafrique (Minusca) avec 180 militaires.", [['country:PT', 'country:CF', 180]]],
  ['en', 'Ireland takes part in the UN peacekeeping force in southern Lebanon with about 340 soldiers.', [['country:IE', 'location:southern-lebanon', 340]]],
  // Trainers serve where their trainees are.
  ['fr', 'Une cinquantaine de formateurs britanniques entraînent depuis l’été des soldats ukrainiens.', [['country:GB', 'country:UA', 50]]],
  ['en', 'Some 60 Canadian instructors are training Latvian recruits.', [['country:CA', 'country:LV', 60]]],
  // A possessive opening the sentence stands for the actor before; a deploying subject owns the weapon, not its maker.
  ['en', 'Italy keeps a small force abroad. Its main overseas base is in Djibouti, where about 90 personnel are stationed.', [['country:IT', 'country:DJ', 90]]],
  ['fr', 'La Grèce va déployer une batterie Patriot et environ 120 soldats en Bulgarie.', [['country:GR', 'country:BG', 120]]],
  ['en', 'The first Iskander missiles will be deployed in Belarus before the end of the year.', [['country:RU', 'country:BY', null]]],
  // A subject pronoun stands for the country before; an apposition between subject and verb is skipped.
  ['fr', "L'Irlande reste neutre. Elle contribue pourtant à la mission de l'ONU au Liban avec 340 soldats.", [['country:IE', 'country:LB', 340]]],
  ['fr', 'Ankara, en froid avec Athènes depuis des mois, a dépêché 200 soldats à Chypre.', [['country:TR', 'country:CY', 200]]],
  ['en', 'Egypt, at odds with Ethiopia over the dam, has sent about 100 military advisers to Eritrea.', [['country:EG', 'country:ER', 100]]],
  // The part a withdrawal takes from a whole; "y" before the verb is the place, a later one belongs to another member.
  ['en', 'Britain will withdraw about 300 of its 900 troops stationed in Estonia next year.', [['country:GB', 'country:EE', 900], ['country:GB', 'country:EE', 300]]],
  ['fr', "Le Kosovo accueille la Kfor. L'Allemagne y maintient quelque 250 militaires, et la Pologne environ 300, basés pour la plupart à Camp Bondsteel.", [['country:DE', 'country:XK', 250]]],
  // A place right after the troops beats the region named before them.
  ['fr', "L'armée britannique ne conserve plus en Asie qu'environ 800 soldats au Népal.", [['country:GB', 'country:NP', 800]]],
  // A town's own facility stands for the town; a country's place is the place.
  ['en', "About 200 Turkish troops landed at Tripoli's Mitiga airport on Sunday.", [['country:TR', 'location:tripoli', 200]]],
  // Troops "from" a country that are the subject are its troops; carriers and flights move forces too.
  ['en', 'About 600 troops from Chad arrived in Niger on Monday.', [['country:TD', 'country:NE', 600]]],
  ['en', 'Washington sent two aircraft carriers to the eastern Mediterranean.', [['country:US', 'location:eastern-mediterranean', 2]]],
  ['en', 'Hundreds of Wagner mercenaries were flown into Bamako last week.', [['org:wagner', 'country:ML', null]]],
  // Its own border, named between the verb and the troops.
  ['fr', "L'armée colombienne a renforcé sa présence à la frontière vénézuélienne avec 1 200 militaires.", [['country:CO', 'location:colombia-venezuela-border', 1200]]],
  // A border crossed is the other country's; "the waters off X" is X.
  ['fr', 'Au moins deux bataillons russes ont franchi la frontière géorgienne, selon Tbilissi.', [['country:RU', 'country:GE', 2]]],
  ['en', 'Beijing has sent around 20 coast guard vessels to the waters off the Paracel Islands.', [['country:CN', 'location:paracel-islands', 20]]],
  // Where the news was given is no destination.
  ['en', 'About 500 Dutch troops will take part in the exercise in Lithuania, the defence minister told reporters in Vilnius.', [['country:NL', 'country:LT', 500]]],
  ['en', 'About 500 Dutch troops will take part in the exercise, the defence minister told reporters in Vilnius.', []],
  // A force's base handed over or closed: its troops leave the place of the base.
  ['en', 'Two of the five British bases in Cyprus will be handed over to the authorities by 2027, officials said.', [['country:GB', 'country:CY', null]]],
  ['en', 'Washington will close its two remaining bases in Niger by September.', [['country:US', 'country:NE', null]]],
  ['fr', 'La France a rétrocédé sa dernière base au Sénégal aux autorités sénégalaises.', [['country:FR', 'country:SN', null]]],
  ['fr', 'La base française de Libreville a été rétrocédée à l’armée gabonaise en décembre.', [['country:FR', 'location:libreville', null]]],
];

const HANDOVERS_IGNORED: Array<[lang: 'fr' | 'en', sentence: string]> = [
  // The host's own base, a base the verb starts from.
  ['fr', 'Le Tchad a fermé la base de Faya à la circulation civile.'],
  ['fr', 'Moscou a transféré en Libye des équipements évacués de ses bases syriennes de Hmeimim.'],
];

describe('events, session 9: deployments', () => {
  it.each(DEPLOYMENTS)('%s: %s', (lang, sentence, expected) => {
    expect(deployments(lang, sentence)).toEqual(expected);
  });
  it.each(HANDOVERS_IGNORED)('no handover: %s: %s', (lang, sentence) => {
    expect(run(lang, sentence).deployments.filter((d) => d.status === 'withdrawn').map((d) => [d.from, d.to])).toEqual([]);
  });
  it('keeps a figure "with" no troops out ("met with 40 journalists")', () => {
    expect(deployments('en', 'The French defence minister met with 40 journalists in Paris.')).toEqual([]);
  });
});

describe('quantities, session 9: numbers in words and years', () => {
  it.each([
    ['dix-neuf', 19], ['soixante-dix', 70], ['quatre-vingts', 80], ['quatre-vingt-douze', 92], ['vingt-et-un', 21],
    ['deux-cents', 200], ['twenty-four', 24], ['ninety-nine', 99], ['quinze', 15], ['seventeen', 17],
  ] as const)('reads %s as %d', (word, value) => {
    expect(wordNumber(word)).toBe(value);
  });
  it.each(['un', 'pro-russe', 'one-third', 'vingtaine'])('reads no number in %s', (word) => {
    expect(wordNumber(word)).toBeNull();
  });
  it('counts "dix-neuf véhicules" and "twenty-four tanks" in transfers', () => {
    expect(transfers('fr', "L'Allemagne a livré dix-neuf véhicules blindés à la Moldavie.")).toEqual([['country:DE', 'country:MD', 19]]);
    expect(transfers('en', 'France delivered twenty-four tanks to Ukraine.')).toEqual([['country:FR', 'country:UA', 24]]);
  });
  it('takes a year after a time word for no count ("réceptionné dès 2022 des systèmes")', () => {
    expect(transfers('fr', 'La Serbie a réceptionné dès 2022 des systèmes de défense aérienne chinois.')).toEqual([['country:CN', 'country:RS', null]]);
    expect(transfers('en', 'Since 2023, Turkey has delivered 12 drones to Kenya.')).toEqual([['country:TR', 'country:KE', 12]]);
  });
  it('gives the dative pronoun the actor of the sentence before ("lui a livré")', () => {
    expect(transfers('fr', "L'armée moldave manque de blindés. L'Allemagne lui a livré dix-neuf véhicules blindés.")).toEqual([['country:DE', 'org:md-armed-forces', 19]]);
  });
});

describe('transfers, session 9: items, models and named forces', () => {
  it.each([
    ['en', 'The United States handed over 30 armoured Humvees to Lebanon last week.', [['country:US', 'country:LB', 30]]],
    ['en', 'South Korea will transfer three decommissioned destroyers to Peru.', [['country:KR', 'country:PE', 3]]],
    ['en', 'Canada delivered four Dash 8 surveillance aircraft to Ghana.', [['country:CA', 'country:GH', 4]]],
    ['en', 'Japan has delivered five radars to the Philippine Navy.', [['country:JP', 'org:ph-navy', 5]]],
    ['fr', 'Paris a livré huit blindés à la Force de défense du Zambèze (FDZ).', [['country:FR', 'org:fdz', 8]]],
  ] as const)('%s: %s', (lang, sentence, expected) => {
    expect(transfers(lang, sentence)).toEqual(expected);
  });
  it('reads a bare figure after a name as its model, not a count ("Boeing 737")', () => {
    expect(run('en', 'Kenya bought a Boeing 737 from Ireland.').armsTransfers.map((t) => t.quantity)).not.toContain(737);
  });
});

describe('events, session 9: weapons kept and moved', () => {
  it('reads "J-10C fighters" as aircraft, made by China, operated and stationed by Pakistan', () => {
    const r = run('en', 'Pakistan operates at least 20 Chinese-made J-10C fighters and has stationed about a dozen of them at Skardu.');
    expect(r.armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity])).toEqual([['country:CN', 'country:PK', 20]]);
    expect(r.deployments.map((d) => [d.from, d.to, d.size, d.sizeQualifier])).toEqual([['country:PK', 'location:skardu', 12, 'about']]);
  });
  it('reads "un contrat pour 12 Rafale" as a purchase', () => {
    expect(transfers('fr', 'La Serbie a signé un contrat pour 12 Rafale avec la France.')).toEqual([['country:FR', 'country:RS', 12]]);
  });
});

describe('transfers, session 9: the maker named after the items', () => {
  it.each([
    ['en', 'The drones, made in Turkey, were delivered to Burkina Faso in March.', [['country:TR', 'country:BF', null]]],
    ['fr', 'Des blindés fabriqués en Afrique du Sud ont été livrés au Mozambique.', [['country:ZA', 'country:MZ', null]]],
  ] as const)('%s: %s', (lang, sentence, expected) => {
    expect(transfers(lang, sentence)).toEqual(expected);
  });
});
