import { extractArticle } from '../../../src/extraction';
import { runUntil } from './helpers';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const dated = (body: string, language: 'fr' | 'en', published = '2025-03-14') =>
  run(body, language, published).claims.map((c) => [c.claimant ?? c.claimantText, c.claimedOn]);

describe('dates that belong to the content, not to the statement', () => {
  it('does not date a statement by a date inside a content clause without "that"', () => {
    expect(dated('The Pentagon said it struck a weapons depot on Sunday near the border.', 'en')).toEqual([['org:us-dod', null]]);
    expect(dated('The Pentagon said Russia had moved new launchers on Sunday.', 'en')).toEqual([['org:us-dod', null]]);
    expect(dated('The Pentagon said on Sunday it struck a weapons depot.', 'en')).toEqual([['org:us-dod', '2025-03-09']]);
    expect(dated('Iran denied the report on Friday.', 'en')).toEqual([['country:IR', '2025-03-14']]);
  });
});

describe('weekends', () => {
  it('reads "le week-end dernier", "last weekend" and "over the weekend" as a Saturday and a Sunday', () => {
    const t = (body: string, published: string, language: 'fr' | 'en') =>
      runUntil('time', { body, published, language }).times.map((x) => ({ value: x.value, end: x.end ?? null }));
    expect(t('Des combats ont eu lieu le week-end dernier.', '2025-03-21', 'fr')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
    expect(t('Fighting broke out last weekend.', '2025-03-17', 'en')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
    expect(t('Fighting broke out over the weekend.', '2025-03-17', 'en')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
    expect(t('Fighting broke out over the weekend.', '2025-03-16', 'en')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
  });
  it('dates a statement made on a weekend at the month of that weekend', () => {
    expect(dated('Dmitri Peskov a nié dans une vidéo publiée le week-end dernier que des soldats visaient des civils.', 'fr', '2025-03-21')).toEqual([['person:dmitry-peskov', '2025-03']]);
  });
});


describe('participles qualifying a noun after a cue', () => {
  it('neither cut the statement short nor report one of their own ("a nié dans une vidéo publiée ...")', () => {
    const c = run('Dmitri Peskov a démenti dans un entretien publié mardi que des soldats russes se trouvaient au Mali.', 'fr').claims;
    expect(c.map((x) => [x.claimant, x.stance, x.claimedOn, x.content.text])).toEqual([
      ['person:dmitry-peskov', 'denies', '2025-03-11', 'dans un entretien publié mardi que des soldats russes se trouvaient au Mali'],
    ]);
  });
});
