import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticleFile } from '../../../src/article-file';
import { parseGold } from '../../../src/evaluation/gold';
import { checkGold } from '../../../src/evaluation/gold-check';

const GOLD_DIR = join(__dirname, '..', '..', 'gold');
const goldFiles = readdirSync(GOLD_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('tests/gold is well-formed', () => {
  it('holds between 8 and 30 annotated articles, French and English', () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(8);
    const languages = goldFiles.map(
      (name) => parseArticleFile(readFileSync(join(GOLD_DIR, name.replace(/\.json$/, '.txt')), 'utf8')).language,
    );
    expect(languages).toContain('fr');
    expect(languages).toContain('en');
  });

  it('has an article beside every gold file and a gold file beside every article', () => {
    const texts = readdirSync(GOLD_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(texts.map((name) => basename(name, '.txt'))).toEqual(goldFiles.map((name) => basename(name, '.json')));
  });

  it.each(goldFiles)('%s: schema, header, evidence and aliases in the body, references to entities', (name) => {
    const gold = parseGold(JSON.parse(readFileSync(join(GOLD_DIR, name), 'utf8')), name);
    const article = parseArticleFile(readFileSync(join(GOLD_DIR, name.replace(/\.json$/, '.txt')), 'utf8'));
    expect(gold.article).toBe(basename(name, '.json'));
    expect(article.language === 'fr' || article.language === 'en').toBe(true);
    expect(article.published).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(article.title).not.toBeNull();
    // Constructed articles say so in their url line, which the parser then reads as no url.
    expect(readFileSync(join(GOLD_DIR, name.replace(/\.json$/, '.txt')), 'utf8')).toMatch(
      /^url: \((constructed test article, not a factual report|article construit pour les tests, pas un compte rendu factuel)\)/,
    );
    expect(article.url).toBeNull();
    expect(checkGold(gold, article.body)).toEqual([]);
    expect(gold.claims.length).toBeGreaterThan(0);
  });
});

const HELDOUT_DIR = join(__dirname, '..', '..', 'gold-heldout');
const heldoutFiles = readdirSync(HELDOUT_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('tests/gold-heldout is well-formed', () => {
  it.each(heldoutFiles)('%s: schema, evidence and aliases in the body, references to entities', (name) => {
    const gold = parseGold(JSON.parse(readFileSync(join(HELDOUT_DIR, name), 'utf8')), name);
    const article = parseArticleFile(readFileSync(join(HELDOUT_DIR, name.replace(/\.json$/, '.txt')), 'utf8'));
    expect(gold.article).toBe(basename(name, '.json'));
    expect(checkGold(gold, article.body)).toEqual([]);
  });
});

describe('checkGold', () => {
  it('reports evidence and aliases missing from the body and dangling references', () => {
    const gold = parseGold({
      article: 'x',
      entities: [
        { name: 'Iran', type: 'Country', aliases_in_text: ['Iran', 'Téhéran'] },
        { name: 'iran', type: 'Country', aliases_in_text: ['Iran'] },
      ],
      claims: [{ claimant: 'Israel', claimed_on: null, stance: 'accuses', evidence: 'Iran said' }],
      deployments: [{ from: 'Iran', to: 'Yemen', size: null, evidence: 'sent troops', evidence_alt: ['Iran'] }],
    });
    expect(checkGold(gold, 'Iran sent troops.')).toEqual([
      'entity "Iran": alias "Téhéran" is not in the body',
      'entity "iran" is listed twice',
      'claims[0].claimant: "Israel" is not the name of a gold entity',
      'claims[0]: evidence "Iran said" is not in the body',
      'deployments[0].to: "Yemen" is not the name of a gold entity',
    ]);
  });

  it('accepts a collective claimant described in words when its members are entities', () => {
    const claim = { claimant: 'Iran and Iraq', claimed_on: null, stance: 'asserts', evidence: 'Iran' };
    const entities = [{ name: 'Iran', type: 'Country', aliases_in_text: ['Iran'] }];
    expect(checkGold(parseGold({ article: 'x', entities, claims: [{ ...claim, claimant_entities: ['Iran'] }] }), 'Iran')).toEqual([]);
    expect(checkGold(parseGold({ article: 'x', entities, claims: [{ ...claim, claimant_entities: ['Iraq'] }] }), 'Iran')).toEqual([
      'claims[0].claimant_entities: "Iraq" is not the name of a gold entity',
    ]);
  });

  it('rejects invalid enums and dates through the schema', () => {
    const bad = { article: 'x', claims: [{ claimant: null, claimed_on: '18/10/2024', stance: 'claims', evidence: 'e' }] };
    expect(() => parseGold(bad, 'bad.json')).toThrow(/claims\.0\.claimed_on[\s\S]*claims\.0\.stance/);
  });
});
