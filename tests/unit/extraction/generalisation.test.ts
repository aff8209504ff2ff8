import { extractArticle } from '../../../src/extraction';
import { extractQuantities } from '../../../src/extraction/stages/quantities';
import { tokenize } from '../../../src/extraction/text/tokenize';
import { foldText } from '../../../src/extraction/text/fold';

const run = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const deps = (body: string, language: 'fr' | 'en') => run(body, language).deployments.map((d) => [d.from, d.to, d.size, d.sizeQualifier, d.status]);

describe('deployment patterns seen in unseen articles', () => {
  it('counts police officers and gendarmes as troops, with a planned status from "va envoyer"', () => {
    expect(deps("Le Kenya va envoyer 600 policiers supplémentaires en Haïti d'ici à la fin du mois.", 'fr')).toEqual([['country:KE', 'country:HT', 600, 'exact', 'planned']]);
  });
  it('reads "dépêché" and "dépêchant"', () => {
    expect(deps('Le Tchad a dépêché 150 militaires au Niger en janvier.', 'fr')).toEqual([['country:TD', 'country:NE', 150, 'exact', 'deployed']]);
    expect(deps('La Turquie a renforcé son influence en dépêchant quelques centaines de conseillers en Libye.', 'fr')).toEqual([['country:TR', 'country:LY', null, 'hundreds', 'deployed']]);
  });
  it('reads a pledge of troops as planned', () => {
    expect(deps('Egypt has pledged up to 1,100 troops to the AU mission in Somalia.', 'en')).toEqual([['country:EG', 'country:SO', 1100, 'up_to', 'planned']]);
    expect(deps("Le Kenya s'était engagé à fournir 1000 hommes à la mission en Haïti.", 'fr')).toEqual([['country:KE', 'country:HT', 1000, 'exact', 'planned']]);
  });
  it('reads a landing, with the demonym as sender', () => {
    expect(deps('Les premiers policiers kényans avaient atterri à Port-au-Prince le 25 juin.', 'fr')).toEqual([['country:KE', 'location:port-au-prince', null, null, 'deployed']]);
    expect(deps("About 300 Egyptian troops landed at Mogadishu's airport on Tuesday.", 'en')).toEqual([['country:EG', 'location:mogadishu', 300, 'about', 'deployed']]);
  });
  it('takes the upper bound of a range, with up_to', () => {
    expect(deps('Entre 1 800 et 2 000 militaires russes sont présents en Libye.', 'fr')).toEqual([['country:RU', 'country:LY', 2000, 'up_to', 'deployed']]);
    expect(deps('Between 1,800 and 2,000 Russian troops are in Libya.', 'en')).toEqual([['country:RU', 'country:LY', 2000, 'up_to', 'deployed']]);
  });
  it('resolves "le pays" and "sur place" to the country the text is about', () => {
    expect(deps('Au Mali, le contingent russe présent dans le pays reste discret.', 'fr')).toEqual([['country:RU', 'country:ML', null, null, 'deployed']]);
    const r = deps('Le Rwanda va déployer 2 000 soldats au Mozambique. Ils renforceront les 4 000 militaires rwandais présents sur place.', 'fr');
    expect(r).toContainEqual(['country:RW', 'country:MZ', 4000, 'exact', 'deployed']);
  });
});

describe('quantity ranges', () => {
  it('merges "entre X et Y" into one up_to count and leaves lists of figures alone', () => {
    const text = 'entre 1 800 et 2 000 soldats, 300 chars et 400 drones';
    const qs = extractQuantities(tokenize(foldText(text), text), text, 'fr');
    expect(qs.map((q) => [q.value, q.qualifier])).toEqual([[2000, 'up_to'], [300, 'exact'], [400, 'exact']]);
    expect(qs[0].text).toBe('entre 1 800 et 2 000');
  });
});

describe('arms transfer and institution patterns', () => {
  const arms = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity, t.status]);
  it('reads a country\'s police as a recipient standing for its country', () => {
    expect(arms('Les Etats-Unis ont livré la semaine dernière 24 véhicules blindés à la police haïtienne.', 'fr')).toEqual([['country:US', 'country:HT', 24, 'delivered']]);
  });
  it('looks past "nouvelle"/"new" to the recipient, and a conditional makes it planned', () => {
    expect(arms('Ankara pourrait également livrer des drones à la nouvelle armée syrienne.', 'fr')).toEqual([['country:TR', 'org:sy-armed-forces', null, 'planned']]);
  });
  it('names an embassy with its city', () => {
    const r = run("L'ambassade américaine à Maputo a démenti toute livraison.", 'fr');
    const embassy = r.entities.find((e) => e.id === 'org:us-embassy');
    expect(embassy?.mentions.map((m) => m.text)).toEqual(['ambassade américaine à Maputo']);
    expect(r.claims).toEqual([expect.objectContaining({ claimant: 'org:us-embassy', stance: 'denies' })]);
  });
});

describe('conflict actors from the lexicons', () => {
  const ids = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => `${e.id}:${e.type}`);
  it('knows multinational missions as organisations (peace and stabilisation missions), in both languages', () => {
    expect(ids('The Kenyan-led Multinational Security Support mission and AUSSOM troops were on alert.', 'en')).toEqual(expect.arrayContaining(['org:mss-haiti:Organization', 'org:aussom:Organization']));
    expect(ids("La Mission de soutien et de stabilisation de l'Union africaine en Somalie remplace l'ATMIS.", 'fr')).toEqual(expect.arrayContaining(['org:aussom:Organization', 'org:atmis:Organization']));
  });
  it('knows armed groups, UN bodies, outlets and wire agencies', () => {
    const found = ids("La coalition Viv Ansanm a attaqué, selon le Haut-Commissariat de l'ONU aux droits de l'homme, le quotidien Le Nouvelliste et Anadolu.", 'fr');
    expect(found).toEqual(expect.arrayContaining(['org:viv-ansanm:Organization', 'org:ohchr:Organization', 'org:le-nouvelliste:Organization', 'org:anadolu:Organization']));
  });
  it('resolves a generic army to the state army, not to a militia of the same country', () => {
    const found = ids("L'armée burkinabée et ses supplétifs, les Volontaires pour la défense de la patrie (VDP), ont attaqué.", 'fr');
    expect(found).toEqual(expect.arrayContaining(['org:bf-armed-forces:Organization', 'org:vdp:Organization']));
  });
});

describe('leaders with dated roles', () => {
  it('resolves a title to whoever held it at publication', () => {
    const r = extractArticle({ body: 'Le Premier ministre haïtien a assuré que la police tiendrait.', published: '2025-03-14', language: 'fr' });
    expect(r.claims.map((c) => c.claimant)).toEqual(['person:alix-didier-fils-aime']);
    const before = extractArticle({ body: 'Le Premier ministre haïtien a assuré que la police tiendrait.', published: '2024-09-01', language: 'fr' });
    expect(before.claims.map((c) => c.claimant)).toEqual(['person:garry-conille']);
  });
  it('knows a leader by surname alone', () => {
    expect(run('Haftar a démenti toute présence turque.', 'fr').claims).toEqual([expect.objectContaining({ claimant: 'person:khalifa-haftar', stance: 'denies' })]);
  });
});

describe('people by nickname and outlets by press noun', () => {
  it('introduces an unknown person by "alias « X »" and knows the nickname later', () => {
    const r = run("L'ex-policier Jimmy Bonhomme-Léger, alias « Ti Gérard », a menacé la police. Ti Gérard a ensuite démenti.", 'fr');
    const person = r.entities.find((e) => e.id === 'person:jimmy-bonhomme-leger');
    expect(person?.type).toBe('Person');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Jimmy Bonhomme-Léger', 'Ti Gérard', 'Ti Gérard']);
    expect(r.claims).toEqual([expect.objectContaining({ claimant: 'person:jimmy-bonhomme-leger', stance: 'denies' })]);
  });
  it('names an outlet after a press noun and its demonym, and makes it the source', () => {
    const r = run("L'attaque a fait dix morts, selon le quotidien turc Yeni Şafak.", 'fr');
    expect(r.entities.map((e) => e.id)).toContain('org:yeni-safak');
    expect(r.claims.map((c) => c.claimant)).toEqual(['org:yeni-safak']);
    const r2 = run('Des drones ont été livrés au Burkina, rapporte le journal Le Faso Hebdo.', 'fr');
    expect(r2.claims.map((c) => c.claimant)).toEqual(['org:le-faso-hebdo']);
  });
  it('does not take a lowercase noun phrase after a press noun for a name', () => {
    const r = run('Le journal a publié des photos, selon la radio locale.', 'fr');
    expect(r.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });
});

describe('follow-up transfers', () => {
  const arms = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => [t.supplier, t.recipient, t.items, t.status]);
  it('reads "une deuxième livraison" as a new planned transfer between the same parties', () => {
    expect(arms('La Russie a livré des hélicoptères au Mali. Une deuxième livraison est attendue « dans les prochains mois ».', 'fr')).toEqual([
      ['country:RU', 'country:ML', ['aircraft'], 'delivered'], ['country:RU', 'country:ML', ['aircraft'], 'planned'],
    ]);
  });
  it('reads "a third shipment arrived" as a new delivered transfer', () => {
    expect(arms('Turkey delivered TB2 drones to Somalia in May. A third shipment arrived by sea earlier this month.', 'en')).toHaveLength(2);
  });
  it('reads anti-aircraft equipment as air defence', () => {
    expect(arms('Egypt sent anti-aircraft guns to Somalia in August.', 'en')).toEqual([['country:EG', 'country:SO', ['air defence systems'], 'delivered']]);
  });
});

describe('deployments told elliptically or with the place fronted', () => {
  it('gives the second member of an enumeration its own sender', () => {
    expect(deps('La Russie a envoyé 100 instructeurs au Mali, la Biélorussie une dizaine de spécialistes.', 'fr')).toEqual([
      ['country:RU', 'country:ML', 100, 'exact', 'deployed'], ['country:BY', 'country:ML', 10, 'about', 'deployed'],
    ]);
  });
  it('takes a fronted country as the destination, and "compte 1 000 membres" is no plan', () => {
    expect(deps('En Haïti, la mission compte actuellement environ 1000 membres, dont près de 800 policiers kényans.', 'fr')).toEqual([['country:KE', 'country:HT', 800, 'about', 'deployed']]);
    expect(deps('Le Kenya compte envoyer 200 policiers en Haïti.', 'fr')).toEqual([['country:KE', 'country:HT', 200, 'exact', 'planned']]);
  });
  it('reads a military base abroad as a presence', () => {
    expect(deps('Turkey runs its largest overseas military base in Mogadishu.', 'en')).toEqual([['country:TR', 'location:mogadishu', null, null, 'deployed']]);
  });
});

describe('organisations introduced with an acronym', () => {
  it('takes the whole French expansion before "(CMA)" and knows the acronym later', () => {
    const r = run("La Coordination des mouvements de l'Azawad (CMA) a attaqué. La CMA a ensuite démenti.", 'fr');
    const org = r.entities.find((e) => e.id === 'org:cma');
    expect(org?.name).toBe("Coordination des mouvements de l'Azawad");
    expect(org?.mentions.map((m) => m.text)).toEqual(["Coordination des mouvements de l'Azawad", 'CMA', 'CMA']);
    expect(r.claims).toEqual([expect.objectContaining({ claimant: 'org:cma', stance: 'denies' })]);
  });
  it('does not run back past the verb into an earlier name', () => {
    const r = run("Le Conseil a dit que la Commission nationale des droits de l'homme (CNDH) enquêtait.", 'fr');
    expect(r.entities.find((e) => e.id === 'org:cndh')?.name).toBe("Commission nationale des droits de l'homme");
  });
});

describe('a redeployed force', () => {
  it('reads "son dispositif" as troops and a demonym place as the destination', () => {
    expect(deps("La Turquie a redéployé une partie de son dispositif dans l'est libyen.", 'fr')).toEqual([['country:TR', 'country:LY', null, null, 'deployed']]);
  });
});

describe('"thousands more" after troops were named', () => {
  it('reads a vague count with "more" as more of the same troops', () => {
    expect(deps('Egypt has deployed 1,000 troops to Somalia. Ethiopia keeps thousands more in Somalia under bilateral deals.', 'en')).toEqual([
      ['country:EG', 'country:SO', 1000, 'exact', 'deployed'], ['country:ET', 'country:SO', null, 'thousands', 'deployed'],
    ]);
  });
});
