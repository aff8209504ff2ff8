import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const deployments = (body: string, language: 'fr' | 'en') => run(body, language).deployments.map((d) => `${d.from} -> ${d.to} ${d.size}`);
const transfers = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => `${t.supplier} -> ${t.recipient} ${t.quantity}`);

describe('deployments: weapons kept somewhere, or sent to a place that is no state', () => {
  it('reads weapons kept at a base as deployed there', () => {
    expect(deployments('Britain keeps six Typhoon fighter jets at the Akrotiri air base.', 'en')).toEqual(['country:GB -> location:akrotiri-air-base 6']);
    expect(deployments("L'Italie maintient quatre chasseurs F-35 sur la base aérienne de Šiauliai.", 'fr')).toEqual(['country:IT -> location:siauliai-air-base 4']);
  });
  it('reads weapons sent to a base or a town as deployed there', () => {
    expect(deployments('Washington has sent two more Patriot batteries to the Rzeszów air base.', 'en')).toEqual(['country:US -> location:rzeszow-air-base 2']);
    expect(deployments("Paris a envoyé trois Rafale à Abéché pour l'exercice.", 'fr')).toEqual(['country:FR -> location:abeche 3']);
  });
  it('leaves weapons sent to a state, or to its capital standing for it, to the transfers', () => {
    expect(deployments('Germany sent two IRIS-T systems to Kyiv last week.', 'en')).toEqual([]);
    expect(transfers('Germany sent two IRIS-T systems to Kyiv last week.', 'en')).toEqual(['country:DE -> country:UA 2']);
    expect(deployments('La France a envoyé douze canons Caesar en Ukraine.', 'fr')).toEqual([]);
  });
  it('knows bombers, and that a bomber deployed with no owner named is its maker\'s', () => {
    expect(deployments('Four B-52 bombers were deployed to Guam this week.', 'en')).toEqual(['country:US -> country:GU 4']);
    expect(deployments('Deux bombardiers Tu-160 ont été déployés au Venezuela.', 'fr')).toEqual(['country:RU -> country:VE 2']);
  });
});

describe('deployments: reinforcements', () => {
  it('reads uncounted reinforcements sent somewhere as a deployment of null size', () => {
    expect(deployments('Les forces ukrainiennes ont acheminé des renforts vers Pokrovsk, sans en préciser le nombre.', 'fr')).toEqual(['country:UA -> location:pokrovsk null']);
    expect(deployments('The Sudanese army sent reinforcements to El Fasher on Tuesday.', 'en')).toEqual(['org:sd-saf -> location:el-fasher null']);
  });
  it('takes uncounted reinforcements in the standfirst, or of a sender whose counted force the body tells, for that force told again', () => {
    const article = (second: string, last: string) => `Sudan: army rushes reinforcements to Darfur\n\n${second}\n\n${last}\n\nResidents said the city was calm on Wednesday.`;
    expect(deployments(article('The Sudanese army has sent reinforcements to El Fasher, where fighting rages.', 'Residents of Nyala braced for an assault.'), 'en')).toEqual([]);
    expect(deployments(article('Residents of Nyala braced for an assault.', 'The Sudanese army sent reinforcements to El Fasher and about 3,000 soldiers to Nyala.'), 'en')).toEqual(['org:sd-saf -> location:nyala 3000']);
    expect(deployments(article('Residents of Nyala braced for an assault.', 'Later, the Sudanese army also sent reinforcements to Nyala, the source added.'), 'en')).toEqual(['org:sd-saf -> location:nyala null']);
  });
});

describe('deployments: reliefs', () => {
  const withStatus = (body: string, language: 'fr' | 'en') => run(body, language).deployments.map((d) => `${d.from} -> ${d.to} ${d.size} ${d.status}`);
  it('reads the relief of a force told just before as a deployment of its sender to its place', () => {
    expect(withStatus('Environ 300 soldats estoniens sont déployés au Mali, dont la relève est prévue en mars.', 'fr')).toEqual(['country:EE -> country:ML 300 deployed', 'country:EE -> country:ML null planned']);
    expect(withStatus('About 300 Irish peacekeepers are deployed in Lebanon. Their relief by some 320 soldiers will arrive in May.', 'en')).toEqual(['country:IE -> country:LB 300 deployed', 'country:IE -> country:LB 320 planned']);
  });
  it('reads no relief in "relève que", nor with no force told just before', () => {
    expect(run('Le ministre français relève que 300 soldats sont déployés au Mali.', 'fr').deployments.filter((d) => d.unit === 'relève')).toEqual([]);
    expect(withStatus('La France a déployé 300 soldats au Niger. Le pays a voté. Le gouvernement prépare sa relève économique.', 'fr')).toEqual(['country:FR -> country:NE 300 deployed']);
  });
});
