import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerEval, runEval, type EvalOptions } from '../../../src/cli/commands/eval';
import { goldToPrediction } from '../../../src/evaluation/prediction';
import { loadGoldCase } from '../../../src/evaluation/dataset';

const TESTS_GOLD = join(__dirname, '..', '..', 'gold');
const options = (overrides: Partial<EvalOptions>): EvalOptions => ({
  paths: [],
  gold: [TESTS_GOLD],
  strictArticle: false,
  goldAsPrediction: false,
  ...overrides,
});

describe('runEval', () => {
  it('scores the gold against itself as 1.0 over tests/gold', async () => {
    const report = await runEval(options({ goldAsPrediction: true }));
    expect(report.source).toBe('gold');
    expect(report.articles.length).toBeGreaterThanOrEqual(8);
    expect(report.total.kinds.claims).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(report.total.kinds.entities.f1).toBe(1);
    expect(Object.keys(report.byLanguage)).toEqual(['en', 'fr']);
    expect(report.byLanguage.fr.articles + report.byLanguage.en.articles).toBe(report.articles.length);
  });

  it('passes header metadata to the extractor and scores what it returns', async () => {
    const inputs: Array<{ published?: string | null; language?: string | null }> = [];
    const report = await runEval(options({}), (input) => {
      inputs.push({ published: input.published, language: input.language });
      return { entities: [], claims: [], deployments: [], armsTransfers: [], agreements: [] };
    });
    expect(inputs.length).toBe(report.articles.length);
    expect(inputs.every((input) => input.language === 'fr' || input.language === 'en')).toBe(true);
    expect(report.total.kinds.claims.recall).toBe(0);
    expect(report.total.kinds.claims.precision).toBeNull();
  });

  it('reports an extractor failure on an article as a warning, not an exception', async () => {
    const report = await runEval(options({}), () => {
      throw new Error('boom');
    });
    expect(report.articles[0].score.warnings[0]).toBe('extractor failed: boom');
  });

  it('scores saved predictions from a folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'eval-predictions-'));
    const first = options({}).gold[0];
    const report0 = await runEval(options({ goldAsPrediction: true }));
    for (const entry of report0.articles) {
      const goldCase = loadGoldCase(entry.gold);
      writeFileSync(join(folder, `${entry.article}.json`), JSON.stringify(goldToPrediction(goldCase.gold, goldCase.article.body)));
    }
    const report = await runEval(options({ gold: [first], predictions: folder }));
    expect(report.source).toBe('predictions');
    expect(report.total.kinds.deployments.f1).toBe(1);
  });

  it('refuses unusable input', async () => {
    await expect(runEval(options({ paths: ['/nonexistent/gold'] }))).rejects.toThrow(/no such gold file or folder/);
    await expect(runEval(options({ paths: [join(TESTS_GOLD, '..', 'unit', 'article-file.test.ts')] }))).rejects.toThrow(
      /a gold file is a \.json file/,
    );
    await expect(runEval(options({ gold: [TESTS_GOLD, TESTS_GOLD] }))).rejects.toThrow(/two gold files/);
  });
});

describe('registerEval', () => {
  it('adds an eval command that prints JSON figures', async () => {
    const program = registerEval(new Command('conflict-graph').exitOverride()).parent!;
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await program.parseAsync(['eval', '--gold-as-prediction', '--json', TESTS_GOLD], { from: 'user' });
    } finally {
      spy.mockRestore();
    }
    const report = JSON.parse(written.join(''));
    expect(report.total.kinds.claims.f1).toBe(1);
  });
});
