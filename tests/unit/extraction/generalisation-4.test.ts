import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const deps = (body: string, language: 'fr' | 'en') => run(body, language).deployments.map((d) => [d.from, d.to, d.size, d.sizeQualifier, d.status]);

describe('missions serve in their theatre (lexicon "theatre")', () => {
  it('sends a mission\'s own troops to the place it serves in', () => {
    expect(deps('La Finul compte environ 10 000 casques bleus.', 'fr')).toEqual([['org:unifil', 'country:LB', 10000, 'about', 'deployed']]);
    expect(deps('KFOR currently numbers some 4,500 troops from 29 countries.', 'en')).toEqual([['org:nato', 'country:XK', 4500, 'about', 'deployed']]);
    expect(deps('La mission européenne Aspides, qui compte désormais près de 700 marins, escorte les navires.', 'fr')).toEqual([['org:eu', 'location:red-sea', 700, 'about', 'deployed']]);
  });
  it('sends a country\'s contribution to the mission\'s theatre, named or as "the mission"', () => {
    expect(deps('Quelque 700 militaires français servent déjà au sein de la Finul.', 'fr')).toEqual([['country:FR', 'country:LB', 700, 'about', 'deployed']]);
    expect(deps('KFOR was set up in 1999. Italy already contributes about 850 soldiers to the mission.', 'en')).toEqual([['country:IT', 'country:XK', 850, 'about', 'deployed']]);
  });
  it('leaves a force with no place and no mission alone', () => {
    expect(deps('Italy already contributes about 850 soldiers to the effort.', 'en')).toEqual([]);
  });
});

describe('counts that are not deployments', () => {
  it('reads "has N troops in X" as a presence, but not "has lost N soldiers in X"', () => {
    expect(deps('The United States has about 900 troops in Syria.', 'en')).toEqual([['country:US', 'country:SY', 900, 'about', 'deployed']]);
    expect(deps('Russia has lost 600,000 soldiers in Ukraine.', 'en')).toEqual([]);
    expect(deps("L'Ukraine affirme que 300 soldats nord-coréens ont été tués dans la région de Koursk.", 'fr')).toEqual([]);
  });
  it('does not take "has" for a verb of deployment when no figure follows it', () => {
    expect(deps('Russia has troops and tanks.', 'en')).toEqual([]);
  });
});

describe('an enumeration of items is one transfer per member', () => {
  const arms = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity]);
  it('splits members with figures of their own', () => {
    expect(arms("Pyongyang a livré à Moscou « au moins 120 » obusiers automoteurs et une centaine de lance-roquettes multiples, ainsi que plus de 4 millions d'obus d'artillerie.", 'fr'))
      .toEqual([['country:KP', 'country:RU', 120], ['country:KP', 'country:RU', 100], ['country:KP', 'country:RU', 4000000]]);
  });
  it('splits a member with a vague count or after an additive join', () => {
    expect(arms('Pyongyang has shipped as many as 9 million rounds of artillery ammunition to Russia, along with some 200 artillery pieces and an unknown number of KN-23 ballistic missiles.', 'en'))
      .toEqual([['country:KP', 'country:RU', 9000000], ['country:KP', 'country:RU', 200], ['country:KP', 'country:RU', null]]);
    expect(arms("L'Iran a transféré à la Russie des missiles balistiques Fath-360, ainsi que des moteurs de drones.", 'fr'))
      .toEqual([['country:IR', 'country:RU', null], ['country:IR', 'country:RU', null]]);
  });
  it('keeps a plain list of items that share one figure as one transfer', () => {
    expect(arms("La Corée du Nord a exporté des obus d'artillerie, des missiles balistiques et des roquettes antichar vers la Russie dans plus de 13.000 conteneurs.", 'fr'))
      .toEqual([['country:KP', 'country:RU', 13000]]);
  });
});

describe('destinations', () => {
  it('takes the place a possessive names, when it lies in that country', () => {
    expect(deps("He cited the 11,000 North Korean troops deployed to Russia's Kursk region.", 'en')).toEqual([['country:KP', 'location:kursk-region', 11000, 'exact', 'deployed']]);
    expect(deps("About 300 Egyptian troops landed at Mogadishu's Aden Adde airport.", 'en').map((d) => d[1])).not.toContain('location:aden');
  });
  it('does not take "the Canadian-led brigade" for a place', () => {
    expect(deps('Sweden will send 600 soldiers to serve in the Canadian-led multinational brigade.', 'en')).toEqual([]);
  });
  it('reads presences said with remain, move and "are believed to have been in"', () => {
    expect(deps('About 1,500 Wagner fighters are believed to have been in Mali.', 'en')).toEqual([['org:wagner', 'country:ML', 1500, 'about', 'deployed']]);
    expect(deps('Russia was likely to move thousands of troops into Belarus.', 'en').map((d) => d.slice(0, 3))).toEqual([['country:RU', 'country:BY', null]]);
  });
});

describe('a bare "Congo"', () => {
  const ids = (body: string) => run(body, 'en').entities.filter((e) => e.type === 'Country').map((e) => e.id);
  it('is the DRC in English copy', () => {
    expect(ids('M23 rebels hold Goma in eastern Congo.')).toEqual(['country:CD']);
  });
  it('stays the Republic of the Congo when the text marks it', () => {
    expect(ids('Troops from the Republic of the Congo arrived. Congo said it would stay.')).toEqual(['country:CG']);
    expect(ids('Congo said on Monday in Brazzaville that it would stay.')).toEqual(['country:CG']);
  });
});

describe('towns from the GeoNames list (lexicons/cities.json)', () => {
  const places = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Location').map((e) => e.name);
  it('finds towns the curated lexicon does not list, in any position', () => {
    expect(places('Les rebelles tiennent désormais Bukavu et menacent Uvira.', 'fr')).toEqual(expect.arrayContaining(['Bukavu', 'Uvira']));
    expect(places('The minister has visited Benghazi five times.', 'en')).toEqual(['Benghazi']);
  });
  it('leaves a town that starts a longer name alone', () => {
    expect(places('Defence Minister Vladimir Padrino López said the army was ready.', 'en')).toEqual([]);
    expect(places('Analysts at the Asan Institute said so.', 'en')).toEqual([]);
  });
  it('leaves a weapon system named like a town alone', () => {
    expect(places('Pyongyang a livré des obusiers automoteurs Koksan.', 'fr')).toEqual([]);
  });
});

describe('transfer parties', () => {
  const arms = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity]);
  it('reads a double object as the recipient ("shipped Israel 14,000 bombs")', () => {
    expect(arms('Washington has also shipped Israel at least 14,000 MK-84 bombs.', 'en')).toEqual([['country:US', 'country:IL', 14000]]);
  });
  it('gives arms to the actor a possessive names ("to Yemen\'s Houthis")', () => {
    expect(arms("Iran continues to send missile parts and drones to Yemen's Houthis.", 'en')).toEqual([['country:IR', 'org:houthis', null]]);
  });
  it('keeps a police force or an army named as recipient', () => {
    expect(arms("Ottawa a annoncé l'envoi à la Police nationale d'Haïti de 12 véhicules blindés.", 'fr')).toEqual([['country:CA', 'org:pnh', 12]]);
  });
  it('reads commitments and purchases', () => {
    expect(arms('Belgium committed 30 F-16s to Ukraine in May.', 'en')).toEqual([['country:BE', 'country:UA', 30]]);
    expect(arms('Taipei is also buying 400 Harpoon missiles from the United States.', 'en')).toEqual([['country:US', 'country:TW', 400]]);
  });
  it('counts items, not the year of a date, and the part of "the last two of six"', () => {
    expect(arms('La Serbie a reçu en 2020 six drones armés CH-92A.', 'fr')).toEqual([['country:CN', 'country:RS', 6]]);
    expect(arms('Russia delivered the last two of six Su-30SME fighter jets to Myanmar.', 'en')).toEqual([['country:RU', 'country:MM', 2]]);
  });
});

describe('presences under a fronted place or after "où"', () => {
  it('reads troops with their owner under a fronted place', () => {
    expect(deps("Au Tchad, environ 1 000 soldats français, avec leurs Mirage 2000, ont quitté la base aérienne de N'Djamena.", 'fr')[0]).toEqual(['country:FR', 'country:TD', 1000, 'about', 'withdrawn']);
    expect(deps("Au Mali voisin, les quelque 2 500 paramilitaires russes de l'Africa Corps ont pris le relais.", 'fr')).toEqual([['country:RU', 'country:ML', 2500, 'about', 'deployed']]);
    expect(deps('À Goma, tombée fin janvier, environ 1 300 soldats de la mission de la SADC restent bloqués.', 'fr')).toEqual([['org:sadc', 'location:goma', 1300, 'about', 'deployed']]);
  });
  it('sends troops to the place before a relative "où"', () => {
    expect(deps("La présence se réduit à Abidjan, où ne demeurent plus qu'environ 80 militaires français.", 'fr')).toEqual([['country:FR', 'location:abidjan', 80, 'about', 'deployed']]);
  });
  it('does not make the host the sender', () => {
    expect(deps("Seule Djibouti, où sont stationnés quelque 1 500 militaires, fait figure d'exception.", 'fr')).toEqual([]);
  });
});

describe('owners and places given by a possessive or an adverb of place', () => {
  it('makes the possessor of the troops their sender', () => {
    expect(deps("Israel demanded the withdrawal of UNIFIL's roughly 10,000 peacekeepers from southern Lebanon.", 'en').map((d) => d.slice(0, 3))).toEqual([['org:unifil', 'location:southern-lebanon', 10000]]);
  });
  it('reads "y" after its subject and "there" after the verb as the place named before', () => {
    expect(deps('La force kényane est arrivée en Haïti en 2024. Le Guatemala y a déployé environ 150 militaires en janvier.', 'fr')).toContainEqual(['country:GT', 'country:HT', 150, 'about', 'deployed']);
    expect(deps('Israel launched a ground operation in southern Lebanon. More than 15,000 Israeli soldiers are now fighting there.', 'en')).toContainEqual(['country:IL', 'location:southern-lebanon', 15000, 'more_than', 'deployed']);
  });
  it('does not read "en y dépêchant" without its subject', () => {
    expect(deps('Le conflit a éclaté en Libye. La Turquie a soutenu Tripoli en y dépêchant quelques centaines de conseillers.', 'fr').map((d) => d[1])).not.toContain('country:UA');
  });
});

describe('senders', () => {
  it('gives each of two coordinated senders its deployment', () => {
    expect(deps("La France et le Royaume-Uni envisageraient de déployer chacun jusqu'à 5 000 soldats en Ukraine.", 'fr').map((d) => d.slice(0, 3)).sort())
      .toEqual([['country:FR', 'country:UA', 5000], ['country:GB', 'country:UA', 5000]]);
  });
  it('reads an expulsion as the owner\'s troops withdrawn from the host', () => {
    expect(deps('Niger, which expelled some 1,000 US troops last year, has turned to Moscow.', 'en')).toEqual([['country:US', 'country:NE', 1000, 'about', 'withdrawn']]);
  });
  it('takes a name used as a modifier for the owner ("NATO troops")', () => {
    expect(deps('About 4,000 NATO troops are stationed in Kosovo.', 'en').map((d) => d.slice(0, 3))).toEqual([['org:nato', 'country:XK', 4000]]);
  });
});

describe('bylines and photo credits', () => {
  const people = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Person').map((e) => e.name);
  it('finds the journalists of a byline line, past a parenthesis and "et"', () => {
    expect(people('Le texte.\n\nPar Awa Ndour (Dakar, correspondance) et Julien Lemaire\n\nLa suite.', 'fr')).toEqual(['Awa Ndour', 'Julien Lemaire']);
    expect(people('Story.\n\nBy: Web Desk | Edited By: Ritika Sharma\n\nBy Noah Whitfield\nUpdated Sep 12', 'en')).toEqual(['Ritika Sharma', 'Noah Whitfield']);
  });
  it('finds a photographer credited in a caption', () => {
    expect(people('A parade in Islamabad, in March 2023. (Farhan Malik/AFP)', 'en')).toEqual(['Farhan Malik']);
  });
});

describe('regions, states and seas (lexicons/locations.json)', () => {
  const places = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Location').map((e) => e.name);
  it('finds conflict regions, US states and seas in both languages', () => {
    expect(places('Les combats ont repris au Tigré et dans la région de Soumy, près de la mer d\'Azov.', 'fr')).toEqual(expect.arrayContaining(['Sumy Oblast', 'Sea of Azov']));
    expect(places('The carrier left Norfolk, Virginia, for the Eastern Mediterranean.', 'en')).toEqual(expect.arrayContaining(['Virginia', 'Eastern Mediterranean']));
  });
  it('keeps "the Gulf of Aden" whole', () => {
    expect(places('Ten warships patrol the Gulf of Aden.', 'en')).toEqual(['Gulf of Aden']);
  });
});

describe('bases and camps', () => {
  const places = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Location').map((e) => [e.name, e.aliases]);
  it('makes a place of a named base or camp, listing its bare name too', () => {
    expect(places('Russian cargo planes flew from Hmeimim air base to the al-Khadim airbase.', 'en')).toEqual([
      ['Hmeimim air base', ['Hmeimim']], ['al-Khadim air base', ['al-Khadim airbase', 'al-Khadim']],
    ]);
    expect(places('Les militaires ont quitté le camp Geille.', 'fr')).toEqual([['Camp Geille', ['camp Geille', 'Geille']]]);
  });
});

describe('places named before', () => {
  it('reads "cette région" as the region named last, and keeps a region already found', () => {
    expect(deps("Les renforts sont arrivés dans la région russe de Koursk. Ils s'ajoutent aux quelque 11 000 militaires nord-coréens déployés à l'automne dans cette région frontalière.", 'fr'))
      .toContainEqual(['country:KP', 'location:kursk-region', 11000, 'about', 'deployed']);
  });
  it('reads "y" as the destination of the deployment just told', () => {
    expect(deps('La Russie a envoyé 1 500 hommes en Centrafrique. Le Rwanda y maintient de son côté plus de 2 000 soldats.', 'fr'))
      .toContainEqual(['country:RW', 'country:CF', 2000, 'more_than', 'deployed']);
  });
  it('reads a relative clause without its pronoun ("the 15,000 soldiers North Korea has sent")', () => {
    expect(deps('About 4,700 of the roughly 15,000 soldiers North Korea has sent to fight for Russia have been killed.', 'en'))
      .toEqual([['country:KP', 'country:RU', 15000, 'about', 'deployed']]);
  });
});

describe('transfers told in a run', () => {
  const arms = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity]);
  it('takes the elided subject of a clause after ", and"', () => {
    expect(arms('Lithuania signed a contract in December to buy 44 Leopard 2A8 tanks from Germany, and has ordered 18 Caesar howitzers from France.', 'en'))
      .toEqual([['country:DE', 'country:LT', 44], ['country:FR', 'country:LT', 18]]);
  });
  it('gives a pledge with no recipient named to the article\'s usual recipient', () => {
    expect(arms('Denmark delivered 12 F-16s to Ukraine. The Netherlands sent 24 F-16s to Ukraine. Norway has pledged six of the jets.', 'en'))
      .toContainEqual(['country:NO', 'country:UA', 6]);
  });
  it('does not give a sending with another place named to the usual recipient', () => {
    expect(arms("La France a livré 12 canons Caesar à l'Ukraine. L'Allemagne a livré 20 chars Leopard à l'Ukraine. La France a annoncé l'envoi en mer Rouge d'une deuxième frégate.", 'fr').length).toBe(2);
  });
});

describe('organisations', () => {
  const orgs = (body: string, language: 'fr' | 'en') => run(body, language).entities.filter((e) => e.type === 'Organization').map((e) => e.name);
  it('keeps a wire agency named as "l\'agence Reuters"', () => {
    expect(orgs("Selon des diplomates cités par l'agence Reuters, la Russie aurait reçu des drones.", 'fr')).toEqual(['Reuters']);
  });
  it('names a government after its leader ("the Biden administration", "l\'administration Trump")', () => {
    expect(orgs('The Biden administration on Monday announced new aid.', 'en')).toEqual(['Biden administration']);
    expect(orgs("Contrairement à l'administration Trump, Paris insiste.", 'fr')).toEqual(['Trump administration']);
  });
});

describe('more forms of deployment', () => {
  it('reads divisions, "se trouvent" and "on standby"', () => {
    expect(deps("L'armée israélienne a déployé cinq divisions au Liban-Sud.", 'fr').map((d) => d.slice(0, 3))).toEqual([['country:IL', 'location:southern-lebanon', 5]]);
    expect(deps('Plus de 10 000 soldats nord-coréens se trouvent actuellement en Russie.', 'fr').map((d) => d.slice(0, 3))).toEqual([['country:KP', 'country:RU', 10000]]);
  });
  it('does not take "la région de Donetsk" for a region named before', () => {
    expect(deps('Le NIS a identifié les officiers nord-coréens envoyés dans la région de Donetsk pour soutenir les soldats russes utilisant des missiles nord-coréens.', 'fr').map((d) => d[1]))
      .not.toContain('country:KP');
  });
  it('does not read "Kosovo police" as troops', () => {
    expect(deps('Pristina accuses Belgrade of having trained the Serb gunmen who attacked Kosovo police in the village of Banjska.', 'en')).toEqual([]);
  });
});

describe('figures that reuse the noun and verb of a deployment', () => {
  it('reads "and 900 in Syria" as the same sender elsewhere, "including 500 from Italy" as another sender there', () => {
    expect(deps('The US has 2,500 troops in Iraq and 900 in Syria.', 'en').map((d) => d.slice(0, 3))).toEqual([['country:US', 'country:IQ', 2500], ['country:US', 'country:SY', 900]]);
    expect(deps('NATO has 4,000 troops in Kosovo, including 500 from Italy.', 'en').map((d) => d.slice(0, 3))).toEqual([['org:nato', 'country:XK', 4000], ['country:IT', 'country:XK', 500]]);
  });
  it('gives troops named with "the" and no owner to the actor of the sentence before', () => {
    expect(deps('Le Pentagone a annoncé lundi le déploiement. Les 3 000 soldats seront envoyés en Pologne.', 'fr').map((d) => d.slice(0, 3))).toEqual([['country:US', 'country:PL', 3000]]);
  });
});

describe('organisation names with more heads', () => {
  it('reads "Carnegie Endowment for International Peace" whole', () => {
    expect(run('Michael Kofman, an analyst at the Carnegie Endowment for International Peace, said Russia was adapting.', 'en').entities.filter((e) => e.type === 'Organization').map((e) => e.name))
      .toEqual(['Carnegie Endowment for International Peace']);
  });
});

describe('the reporting chain', () => {
  const agencies = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language, outlet: 'Example Daily' }).reporting.agencies;
  it('splits a joint credit and knows lowercase credits', () => {
    expect(agencies("GENÈVE (ats/afp) - Le conflit s'intensifie.", 'fr')).toEqual(['Keystone-ATS', 'Agence France-Presse']);
    expect(agencies('Berlin (dpa) - Le gouvernement a annoncé.', 'fr')).toEqual(['Deutsche Presse-Agentur']);
  });
});

describe('institutions named the generic way', () => {
  it('lists "Nigerien Armed Forces" and "Niger\'s army" among the aliases of the Nigerien army', () => {
    const army = run("L'armée nigérienne a reçu des drones turcs.", 'fr').entities.find((e) => e.id === 'org:ne-armed-forces');
    expect(army?.aliases).toEqual(expect.arrayContaining(['Nigerien Armed Forces', "Niger's army"]));
  });
});

describe('deployments told against the story', () => {
  it('sends a strong verb with no place to the destination the article keeps naming', () => {
    const body = "La France a envoyé 300 soldats en Ukraine. L'Allemagne a envoyé 200 soldats en Ukraine. D'après des sources diplomatiques, le Royaume-Uni envisagerait de déployer jusqu'à 5.000 soldats, loin de la ligne de front.";
    expect(deps(body, 'fr').map((d) => d.slice(0, 3))).toContainEqual(['country:GB', 'country:UA', 5000]);
  });
  it('reads "et la Jamaïque, une vingtaine de soldats" with the verb elided', () => {
    expect(deps('Le Guatemala a déployé environ 150 militaires en Haïti et la Jamaïque, une vingtaine de soldats.', 'fr').map((d) => d.slice(0, 3)))
      .toContainEqual(['country:JM', 'country:HT', 20]);
  });
  it('sends instructors "auprès de l\'armée sénégalaise" to Senegal, and instructors received by a host to the host', () => {
    expect(deps("Une centaine d'instructeurs français resteront auprès de l'armée sénégalaise.", 'fr').map((d) => d.slice(0, 3))).toEqual([['country:FR', 'country:SN', 100]]);
    expect(deps('Niger received its first 100 Russian instructors in April 2024.', 'en').map((d) => d.slice(0, 3))).toEqual([['country:RU', 'country:NE', 100]]);
  });
});

describe('two figures in one sentence', () => {
  it('keeps "11,000 troops deployed" and "up to 100,000 more" apart', () => {
    expect(deps('About 11,000 North Korean troops are now deployed in Russia, and Pyongyang could send up to 100,000 more to Russia.', 'en').map((d) => d.slice(0, 3)))
      .toEqual([['country:KP', 'country:RU', 11000], ['country:KP', 'country:RU', 100000]]);
  });
  it('sends officers "pour épauler l\'armée libanaise" to Lebanon', () => {
    expect(deps("La France enverrait jusqu'à une vingtaine d'officiers supplémentaires pour épauler l'armée libanaise.", 'fr').map((d) => d.slice(0, 3))).toEqual([['country:FR', 'country:LB', 20]]);
  });
});

describe('people who share a known surname', () => {
  const people = (body: string) => run(body, 'fr').entities.filter((e) => e.type === 'Person').map((e) => e.name);
  it('reads "Amina Traoré" as someone else than the Traoré of the lexicon', () => {
    expect(people('Selon Amina Traoré, ministre malienne des Affaires étrangères, les troupes resteront.')).toEqual(['Amina Traoré']);
  });
  it('does not take a capitalised word at the head of a line for a first name', () => {
    expect(people('Accusations Vucic\n\nLe président serbe a démenti.')).not.toContain('Accusations Vucic');
  });
});

describe('"the army" named before', () => {
  it('reads a bare "l\'armée" as the army named last, and lets it speak', () => {
    const r = run("L'armée malienne a mené des frappes. Le 12 mars, l'armée a annoncé le retrait.", 'fr');
    expect(r.claims.map((c) => [c.claimant, c.claimedOn])).toEqual([['org:ml-fama', '2025-03-12']]);
  });
});
