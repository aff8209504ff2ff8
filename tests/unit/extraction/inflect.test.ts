import { inflect } from '../../../src/extraction/lexicon/inflect';
import { extractArticle } from '../../../src/extraction';
import { foldText } from '../../../src/extraction/text/fold';

describe('inflect: the forms of a regular verb', () => {
  it.each([
    ['déployer', ['déploient', 'déployaient', 'déploieraient', 'déployés', 'déployant', 'déploiera']],
    ['engager', ['engageait', 'engagent', 'engagés']],
    ['renforcer', ['renforcait', 'renforceront']],
    ['fournir', ['fournissent', 'fournissaient', 'fourni', 'fournira']],
    ['combattre', ['combat', 'combattent', 'combattaient', 'combattu']],
    ['vendre', ['vend', 'vendaient', 'vendus']],
  ])('fr %s', (lemma, forms) => {
    // The lexicon folds forms as it folds tokens: "déployes" meets "déployés".
    expect(inflect(lemma, 'fr').map(foldText)).toEqual(expect.arrayContaining(forms.map(foldText)));
  });

  it.each([
    ['deploy', ['deploys', 'deployed', 'deploying']],
    ['supply', ['supplies', 'supplied', 'supplying']],
    ['relocate', ['relocates', 'relocated', 'relocating']],
    ['commit', ['commits', 'committed', 'committing']],
    ['dispatch', ['dispatches', 'dispatched']],
  ])('en %s', (lemma, forms) => {
    expect(inflect(lemma, 'en')).toEqual(expect.arrayContaining(forms));
  });

  it('inflects the first word of a phrase', () => {
    expect(inflect('pull out', 'en')).toEqual(expect.arrayContaining(['pulled out', 'pulling out', 'pulls out']));
  });

  it('gives a word it cannot conjugate as it is', () => {
    expect(inflect('kept', 'en')).toContain('kept');
    expect(inflect('compris', 'fr')).toEqual(['compris']);
  });
});

describe('event verbs in any tense', () => {
  const deployments = (lang: 'fr' | 'en', body: string) =>
    extractArticle({ body, published: '2025-03-14', language: lang }).deployments.map((d) => [d.from, d.to, d.size, d.status]);

  it('reads an imperfect and a conditional (fr)', () => {
    expect(deployments('fr', 'Quelque 3 000 soldats burundais combattaient aux côtés de l’armée congolaise au Sud-Kivu.'))
      .toEqual([['country:BI', 'location:south-kivu', 3000, 'deployed']]);
    expect(deployments('fr', 'Selon Le Monde, Paris et Berlin envisageraient de déployer 2 000 soldats en Roumanie.').map((d) => d[3]))
      .toEqual(['planned', 'planned']);
  });

  it('reads a gerund (en)', () => {
    expect(deployments('en', 'Britain is relocating 400 troops to Estonia.')).toEqual([['country:GB', 'country:EE', 400, 'deployed']]);
  });
});
