import { extractArticle } from '../../../src/extraction';

/**
 * Common phrasings of conflict reporting, one sentence each, written for this test (not taken from
 * any gold article): a regression net for the events stage. Each row: language, sentence, the
 * (from, to, size) of its deployments or the (supplier, recipient, quantity) of its transfers.
 */
type Row = [lang: 'fr' | 'en', sentence: string, expected: Array<[string, string, number | null]>];

const run = (lang: 'fr' | 'en', body: string) => extractArticle({ body, published: '2025-03-14', language: lang });
const transfers = (lang: 'fr' | 'en', body: string) => run(lang, body).armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity]);
const expectDeployments = (lang: 'fr' | 'en', sentence: string, expected: Row[2]) =>
  expect(run(lang, sentence).deployments.map((d) => [d.from, d.to, d.size])).toEqual(expected);
const expectTransfers = (lang: 'fr' | 'en', sentence: string, expected: Row[2]) => expect(transfers(lang, sentence)).toEqual(expected);

const DEPLOYMENTS: Row[] = [
    ["en", "The Pentagon said it would deploy an additional 3,000 troops to the Middle East.", [["country:US","location:middle-east",3000]]],
    ["en", "Britain will send 250 soldiers to Estonia next month as part of NATO's enhanced forward presence.", [["country:GB","country:EE",250]]],
    ["en", "Washington has roughly 40,000 troops stationed across the Middle East.", [["country:US","location:middle-east",40000]]],
    ["en", "Russia has deployed about 30,000 troops to Belarus for joint exercises, NATO said.", [["country:RU","country:BY",30000]]],
    ["en", "The deployment of 12,000 North Korean soldiers to Russia was confirmed by Seoul.", [["country:KP","country:RU",12000]]],
    ["en", "Kenya sent a first contingent of 400 police officers to Haiti in June.", [["country:KE","country:HT",400]]],
    ["en", "France will withdraw its 1,500 troops from Niger by the end of the year.", [["country:FR","country:NE",1500]]],
    ["en", "Thousands of Rwandan soldiers are fighting alongside M23 rebels in eastern Congo, UN experts said.", [["country:RW","country:CD",null]]],
    ["en", "About 200 Chinese soldiers crossed into Indian territory.", [["country:CN","country:IN",200]]],
    ["en", "Turkey has some 3,000 troops in northern Iraq.", [["country:TR","country:IQ",3000]]],
    ["en", "The United States maintains about 28,500 troops in South Korea.", [["country:US","country:KR",28500]]],
    ["en", "Poland hosts around 10,000 American troops.", [["country:US","country:PL",10000]]],
    ["en", "Iran-backed militias have sent fighters to Syria.", [["country:IR","country:SY",null]]],
    ["en", "Hezbollah fighters have been deployed to the Golan Heights.", [["org:hezbollah","location:golan-heights",null]]],
    ["en", "Germany plans to station a 5,000-strong brigade in Lithuania by 2027.", [["country:DE","country:LT",5000]]],
    ["en", "At least 1,000 Russian troops remain at the Hmeimim base in Syria.", [["country:RU","country:SY",1000]]],
    ["en", "Cuba has sent hundreds of soldiers to fight for Russia in Ukraine, according to Kyiv.", [["country:CU","country:RU",null]]],
    ["fr", "La France va déployer 300 soldats supplémentaires en Roumanie.", [["country:FR","country:RO",300]]],
    ["fr", "Quelque 1 500 militaires français sont toujours déployés au Niger.", [["country:FR","country:NE",1500]]],
    ["fr", "Le Tchad a annoncé l'envoi d'un contingent de 1 000 soldats au Mali.", [["country:TD","country:ML",1000]]],
    ["fr", "Moscou a dépêché plusieurs centaines de mercenaires en Centrafrique.", [["country:RU","country:CF",null]]],
    ["fr", "Washington dispose d'environ 900 soldats en Syrie.", [["country:US","country:SY",900]]],
    ["fr", "L'armée israélienne a déployé cinq divisions au Liban-Sud.", [["country:IL","location:southern-lebanon",5]]],
    ["fr", "Plus de 10 000 soldats nord-coréens se trouvent actuellement en Russie, selon Séoul.", [["country:KP","country:RU",10000]]],
    // English words are no French verbs: "comprises" in "troupes comprises" does not take the place of "massé".
    ["fr", "La Turquie a massé dans la province d'Idlib environ 4 000 hommes, forces spéciales comprises.", [["country:TR","location:idlib-sy",4000]]],
    // The verb after an apposition.
    ["fr", "Près de 600 soldats de la force régionale de la CEDEAO, principalement nigérians et ghanéens, restent stationnés en Gambie.", [["org:ecowas","country:GM",600]]],
    ["en", "Some 2,000 troops of the Ugandan army, which has long backed the government, are now deployed in South Sudan.", [["country:UG","country:SS",2000]]],
    // The place a withdrawal leaves, named before the troops.
    ["fr", "Paris a annoncé le retrait du Tchad de ses quelque 1 000 militaires.", [["country:FR","country:TD",1000]]],
    // Towns of one country stand for the country.
    ["en", "About 2,500 US troops are stationed in Erbil, Baghdad and al-Asad.", [["country:US","country:IQ",2500]]],
    ["fr", "Environ 800 soldats russes sont déployés à Bamako, Gao et Tombouctou.", [["country:RU","country:ML",800]]],
    // A name between the figure and the troops; an ordinal is no figure.
    ["en", "About 4,000 U.K. troops are based in Cyprus.", [["country:GB","country:CY",4000]]],
    ["fr", "La France a déployé le 1er régiment de chasseurs parachutistes en Estonie.", [["country:FR","country:EE",null]]],
    // "there": the place given earlier in the same sentence.
    ["en", "Germany, which leads a NATO battlegroup in Lithuania, has about 1,500 soldiers there.", [["country:DE","country:LT",1500]]],
    // The place of a place left is no destination.
    ["en", "Some 300 US Marines were moved from Camp Lemonnier in Djibouti to Somalia.", [["country:US","country:SO",300]]],
    // Where a force was before is background; "to" right after the troops is where they go.
    ["en", "Two US destroyers, which had been operating off Cyprus, were sent to the Red Sea.", [["country:US","location:red-sea",2]]],
    ["en", "Italy, after drills in Sardinia, will send a naval task group to the Gulf of Aden.", [["country:IT","location:gulf-of-aden",null]]],
    // A country's own base at home is no deployment of it.
    ["en", "The last 500 US troops left Chad's Adji Kossei air base in N'Djamena.", [["country:US","location:adji-kossei-air-base",500]]],
    // A source before the sender is no second sender.
    ["fr", "Selon Kiev, Minsk a envoyé 2 000 soldats supplémentaires à la frontière ukrainienne.", [["country:BY","location:belarus-ukraine-border",2000]]],
    // The size a force is brought to.
    ["en", "Washington will cut the number of US troops in Iraq to about 2,000 by September.", [["country:US","country:IQ",2000]]],
    ["en", "The number of Turkish soldiers in Somalia has grown from 500 to some 1,200.", [["country:TR","country:SO",1200]]],
    // Forces kept where they are.
    ["fr", "La France conservera une centaine de militaires en Côte d'Ivoire.", [["country:FR","country:CI",100]]],
    ["fr", "Washington maintiendra environ 2 500 soldats en Irak jusqu'en 2026.", [["country:US","country:IQ",2500]]],
    ["en", "Russia pulled its troops out of Kherson in November 2022.", [["country:RU","location:kherson",null]]],
    // Border guards, deminers, naval groups.
    ["fr", "Moscou a retiré l'an dernier ses gardes-frontières d'Arménie.", [["country:RU","country:AM",null]]],
    ["en", "Britain will send a naval task group to the Red Sea.", [["country:GB","location:red-sea",null]]],
    // A named armed group moves as its troops do; not when it takes a town.
    ["en", "The Wagner Group said on Friday it was leaving the Central African Republic.", [["org:wagner","country:CF",null]]],
    ["fr", "Le groupe Wagner a quitté le Mali en juin.", [["org:wagner","country:ML",null]]],
    ["en", "The M23 took Goma in January.", []],
    // The host asks the troops out.
    ["en", "Chad's government asked the French soldiers to leave by January.", [["country:FR","country:TD",null]]],
    ["en", "Burkina Faso, which ended its defence accord last year, ordered French troops to leave within a month.", [["country:FR","country:BF",null]]],
    ["fr", "Le Royaume-Uni maintient un millier de soldats en Estonie.", [["country:GB","country:EE",1000]]],
    ["fr", "Des soldats turcs sont stationnés dans le nord de la Syrie.", [["country:TR","country:SY",null]]],
    ["fr", "La Belgique a envoyé 200 militaires en Lituanie dans le cadre de l'Otan.", [["country:BE","country:LT",200]]],
    ["fr", "Le Kenya doit prendre la tête d'une force de 2 500 policiers en Haïti.", [["country:KE","country:HT",2500]]],
    ["fr", "Environ 600 militaires russes sont arrivés à Bamako la semaine dernière.", [["country:RU","location:bamako",600]]],
    ["fr", "L'Egypte a promis d'envoyer des troupes en Somalie.", [["country:EG","country:SO",null]]],
    ["fr", "Les forces américaines ont quitté la base de Niamey en juillet.", [["country:US","country:NE",null]]],
];

const TRANSFERS: Row[] = [
    ["en", "Germany has delivered 18 Leopard 2 tanks to Ukraine.", [["country:DE","country:UA",18]]],
    // The partner of a deal sells, wherever it is named.
    ["fr", "Le Nigeria a signé en mai avec Ankara un contrat portant sur six hélicoptères T129.", [["country:TR","country:NG",6]]],
    ["en", "Manila signed a contract with Seoul last year for 12 FA-50 fighter jets.", [["country:KR","country:PH",12]]],
    // Arms another country made, used by a party.
    ["en", "Investigators found Iranian-made Shahed drones operated by the Houthis.", [["country:IR","org:houthis",null]]],
    ["fr", "Des images montrent des blindés de fabrication turque utilisés par l'armée libyenne.", [["country:TR","country:LY",null]]],
    // The army named as recipient receives, whatever follows its name.
    ["en", "Washington handed over 30 armoured vehicles to the Somali army last week.", [["country:US","org:so-armed-forces",30]]],
    // A capitalised model name between the figure and the items.
    ["en", "Washington approved the sale to Egypt of up to 500 Joint Direct Attack Munition guided bombs.", [["country:US","country:EG",500]]],
    // "en" names a recipient in French; coordinated suppliers each give.
    ["fr", "Rome va livrer des systèmes SAMP/T en Ukraine.", [["country:IT","country:UA",null]]],
    ["en", "Kyiv has received its first Gripen jets from Sweden and Norway.", [["country:SE","country:UA",null],["country:NO","country:UA",null]]],
    ["en", "France and Germany delivered 20 howitzers to Ukraine.", [["country:DE","country:UA",20],["country:FR","country:UA",20]]],
    // Generic ships and radars.
    ["en", "Japan will hand over six patrol boats to the Philippines.", [["country:JP","country:PH",6]]],
    ["fr", "L'Allemagne a livré deux sous-marins à l'Égypte.", [["country:DE","country:EG",2]]],
    ["en", "Israel sold four radars to Azerbaijan last year.", [["country:IL","country:AZ",4]]],
    // The fighters of the armed group named before.
    ["en", "The M23 seized Bukavu in February. UN experts say Kigali supplied the rebels with anti-aircraft missiles.", [["country:RW","org:m23",null]]],
    ["fr", "Les FSR assiègent El-Facher. Khartoum accuse Abou Dhabi de fournir aux paramilitaires des drones chinois.", [["country:AE","org:rsf",null]]],
    ["en", "The State Department approved the possible sale of 66 F-16 fighter jets to Taiwan.", [["country:US","country:TW",66]]],
    ["en", "Iran has supplied Russia with hundreds of Shahed drones.", [["country:IR","country:RU",null]]],
    ["en", "North Korea has shipped more than 6,700 containers of munitions to Russia.", [["country:KP","country:RU",6700]]],
    ["en", "Turkey sold Bayraktar TB2 drones to Poland.", [["country:TR","country:PL",null]]],
    ["en", "Poland signed a $6 billion deal for 1,000 K2 tanks with South Korea.", [["country:KR","country:PL",1000]]],
    ["en", "China has been accused of supplying drone components to Russia.", [["country:CN","country:RU",null]]],
    ["en", "Ukraine received the first F-16s from Denmark and the Netherlands in August.", [["country:DK","country:UA",null],["country:NL","country:UA",null]]],
    ["en", "France will provide Ukraine with six Mirage 2000 jets.", [["country:FR","country:UA",6]]],
    ["en", "The UAE has been supplying weapons to the RSF via Chad, UN experts said.", [["country:AE","org:rsf",null]]],
    ["en", "Washington announced a $1 billion arms package for Israel that includes tank ammunition.", [["country:US","country:IL",null]]],
    ["en", "Russia delivered S-400 air defence systems to India.", [["country:RU","country:IN",null]]],
    ["en", "Britain has given Ukraine Storm Shadow cruise missiles.", [["country:GB","country:UA",null]]],
    ["en", "The Houthis received ballistic missiles from Iran, according to the US.", [["country:IR","org:houthis",null]]],
    ["fr", "La France a livré six Mirage 2000 à l'Ukraine.", [["country:FR","country:UA",6]]],
    ["fr", "L'Iran fournit à la Russie des drones Shahed.", [["country:IR","country:RU",null]]],
    ["fr", "Le Mali a réceptionné de nouveaux drones turcs Akinci.", [["country:TR","country:ML",null]]],
    ["fr", "Berlin va livrer à Kiev quatre systèmes IRIS-T supplémentaires.", [["country:DE","country:UA",4]]],
    ["fr", "Washington a approuvé la vente de 40 chasseurs F-35 à la Pologne.", [["country:US","country:PL",40]]],
    ["fr", "La Russie aurait reçu plus de 8 000 drones iraniens depuis 2022.", [["country:IR","country:RU",8000]]],
    ["fr", "La Corée du Nord a envoyé des millions d'obus à la Russie.", [["country:KP","country:RU",null]]],
    ["fr", "Pékin a livré au Pakistan 36 avions de combat J-10C.", [["country:CN","country:PK",36]]],
    ["fr", "L'Ukraine a reçu des États-Unis 31 chars Abrams.", [["country:US","country:UA",31]]],
    ["fr", "Le Niger a acquis des drones Bayraktar auprès de la Turquie.", [["country:TR","country:NE",null]]],
];

describe('common phrasings: deployments', () => {
  it.each(DEPLOYMENTS)('%s: %s', expectDeployments);
});

describe('common phrasings: arms transfers', () => {
  it.each(TRANSFERS)('%s: %s', expectTransfers);
});

describe('common phrasings: counts of transfers', () => {
  const rows: Row[] = [
    ['en', 'Turkey delivered a dozen Bayraktar TB2 drones to Mali.', [['country:TR', 'country:ML', 12]]],
    ['en', 'Turkey delivered dozens of Bayraktar TB2 drones to Mali.', [['country:TR', 'country:ML', null]]],
    ['en', 'Germany delivered a batch of 20 Leopard tanks to Ukraine.', [['country:DE', 'country:UA', 20]]],
    ['en', 'Denmark delivered the first six F-16s to Ukraine.', [['country:DK', 'country:UA', 6]]],
    ['fr', 'La France a livré les six premiers Mirage 2000 à l\'Ukraine.', [['country:FR', 'country:UA', 6]]],
    ['fr', 'La Chine a fourni au Pakistan une batterie de défense antiaérienne HQ-9.', [['country:CN', 'country:PK', 1]]],
    ['en', 'China supplied Pakistan with a battery of HQ-9 air defence systems.', [['country:CN', 'country:PK', 1]]],
  ];
  it.each(rows)('%s: %s', expectTransfers);
});

describe('common phrasings: procurement', () => {
  const rows: Row[] = [
    ["en", "Poland's order of 1,000 K2 tanks from South Korea is the largest arms deal in its history.", [["country:KR","country:PL",1000]]],
    ["en", "Deliveries of the first 180 K2 tanks to Poland began in December 2022.", [["country:KR","country:PL",180]]],
    ["en", "Armenia has received six Caesar howitzers from France, with 36 more on order.", [["country:FR","country:AM",6]]],
    ["en", "Seoul has already shipped more than 100 K9 howitzers to Warsaw.", [["country:KR","country:PL",100]]],
    ["en", "Under the deal, South Korea will supply Poland with 288 Chunmoo rocket launchers.", [["country:KR","country:PL",288]]],
    ["en", "The first batch of 20 Akinci drones arrived in Khartoum last month, officials said.", [["country:TR","country:SD",20]]],
    ["en", "The Pentagon said the sale of 150 Abrams tanks to Romania had been approved.", [["country:US","country:RO",150]]],
    ["en", "Estonia took delivery of 12 K9 howitzers from South Korea in March.", [["country:KR","country:EE",12]]],
    ["en", "Iran has transferred hundreds of ballistic missiles to Russia since September, Western officials say.", [["country:IR","country:RU",null]]],
    ["en", "The UAE has provided the RSF with drones, missiles and armoured vehicles, according to UN experts.", [["country:AE","org:rsf",null]]],
    ["en", "Saudi Arabia will buy 48 Eurofighter Typhoon jets from Britain.", [["country:GB","country:SA",48]]],
    ["en", "India signed a deal with France for 26 Rafale Marine jets.", [["country:FR","country:IN",26]]],
    ["en", "Taiwan is expecting the delivery of 66 F-16V fighters by 2026.", [["country:US","country:TW",66]]],
    ["fr", "L'Arménie a reçu six canons Caesar de la France, et 36 autres ont été commandés.", [["country:FR","country:AM",6]]],
    ["fr", "La Pologne a commandé 1 000 chars K2 à la Corée du Sud.", [["country:KR","country:PL",1000]]],
    ["fr", "Les premières livraisons de drones Akinci au Soudan ont eu lieu en février.", [["country:TR","country:SD",null]]],
    ["fr", "Les Émirats arabes unis fourniraient aux FSR des drones et des missiles, selon des experts de l'ONU.", [["country:AE","org:rsf",null]]],
    ["fr", "Selon Le Monde, Bakou a acheté des avions JF-17 au Pakistan.", [["country:PK","country:AZ",null]]],
    ["fr", "L'Inde a livré à l'Arménie des lance-roquettes Pinaka et des obusiers Atags.", [["country:IN","country:AM",null]]],
    ["fr", "Des armes françaises ont été livrées à l'Arménie en 2024.", [["country:FR","country:AM",null]]],
    ["fr", "Le contrat porte sur la livraison de 12 Rafale à la Serbie d'ici 2028.", [["country:FR","country:RS",12]]],
  ];
  it.each(rows)('%s: %s', expectTransfers);
  it('does not give arms to a base of no known country ("sent fighter jets to the East Owainat air base")', () => {
    expect(run('en', 'Egypt sent fighter jets to the East Owainat air base near the Sudanese border.').armsTransfers).toEqual([]);
  });
});

describe('common phrasings: shipments and analysis prose', () => {
  const rows: Row[] = [
    ["en", "Warsaw has so far taken delivery of 180 K2 tanks and 212 K9 howitzers.", [["country:KR","country:PL",180],["country:KR","country:PL",212]]],
    ["en", "The Armenian defence ministry said the first Caesar guns had arrived.", [["country:FR","country:AM",null]]],
    ["en", "In 2023, Paris agreed to sell Yerevan three GM200 radars and Mistral air-defence missiles.", [["country:FR","country:AM",3]]],
    ["en", "Those deliveries followed India's sale of Pinaka rocket launchers to Armenia.", [["country:IN","country:AM",null]]],
    ["en", "Azerbaijan, for its part, has bought JF-17 fighter jets from Pakistan.", [["country:PK","country:AZ",null]]],
    ["en", "Moscow also supplied Tehran with Su-35 fighter jets, according to Iranian media.", [["country:RU","country:IR",null]]],
    ["en", "A shipment of 200 Fath-360 missiles reached Russia in September.", [["country:IR","country:RU",200]]],
    ["en", "The missiles were flown from Iran to Russia aboard cargo planes.", [["country:IR","country:RU",null]]],
    ["en", "Ukraine's allies have pledged more than 100 F-16s, but only 30 have been delivered.", [["country:US","country:UA",100]]],
    ["en", "The United States approved a $1.2 billion sale of NASAMS to Taiwan on Friday.", [["country:US","country:TW",null]]],
    ["en", "The State Department cleared Taiwan to buy 400 Harpoon missiles.", [["country:US","country:TW",400]]],
    ["en", "Israel will receive 25 more F-35 jets under a deal signed in June.", [["country:US","country:IL",25]]],
    ["en", "Washington paused a shipment of 1,800 2,000-pound bombs to Israel in May.", [["country:US","country:IL",null]]],
    ["fr", "Varsovie a déjà réceptionné 180 chars K2 et 212 obusiers K9.", [["country:KR","country:PL",180],["country:KR","country:PL",212]]],
    ["fr", "En 2023, Paris a accepté de vendre à Erevan trois radars GM200 et des missiles Mistral.", [["country:FR","country:AM",3]]],
    ["fr", "Moscou a également fourni à Téhéran des avions de combat Su-35, selon des médias iraniens.", [["country:RU","country:IR",null]]],
    ["fr", "Une cargaison de 200 missiles Fath-360 est arrivée en Russie en septembre.", [["country:IR","country:RU",200]]],
    ["fr", "Les missiles ont été acheminés par avion d'Iran vers la Russie.", [["country:IR","country:RU",null]]],
    ["fr", "Les alliés de l'Ukraine ont promis plus de 100 F-16, mais seuls 30 ont été livrés.", [["country:US","country:UA",100]]],
    ["fr", "Washington a suspendu en mai une livraison de 1 800 bombes de 2 000 livres à Israël.", [["country:US","country:IL",1800]]],
    ["fr", "Israël doit recevoir 25 F-35 supplémentaires en vertu d'un accord signé en juin.", [["country:US","country:IL",25]]],
  ];
  it.each(rows)('%s: %s', expectTransfers);
});

describe('common phrasings: makers and sources', () => {
  it('gives each maker its own transfer ("Indian Pinaka launchers and French Caesar howitzers")', () => {
    expect(run('en', 'Armenia has bought Indian Pinaka rocket launchers and French Caesar howitzers.').armsTransfers.map((t) => [t.supplier, t.recipient]))
      .toEqual([['country:IN', 'country:AM'], ['country:FR', 'country:AM']]);
  });
  it('does not take the source of a report for the recipient ("according to the US", "selon Washington")', () => {
    expect(run('en', 'The missiles were supplied by Iran, according to the US.').armsTransfers).toEqual([]);
    expect(run('fr', "Les missiles ont été fournis par l'Iran, selon Washington.").armsTransfers).toEqual([]);
  });
});
