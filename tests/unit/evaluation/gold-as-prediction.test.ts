import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { goldFilesUnder, loadGoldCase } from '../../../src/evaluation/dataset';
import { sumScores } from '../../../src/evaluation/figures';
import { goldToPrediction } from '../../../src/evaluation/prediction';
import { KINDS, scoreArticle } from '../../../src/evaluation/score';
import { withoutTeasers } from '../../../src/evaluation/gold';

const REPO = join(__dirname, '..', '..', '..');
// The shared development set lives beside the repository and may be absent (e.g. in CI).
const SHARED = join(REPO, '..', 'shared', 'gold');
const goldFiles = [
  ...goldFilesUnder(join(REPO, 'tests', 'gold')),
  ...(existsSync(SHARED) ? goldFilesUnder(SHARED) : []),
];

describe('the gold, turned into a prediction, scores 1.0 against itself', () => {
  it('has gold files to check', () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(goldFiles.map((path) => [relative(join(REPO, '..'), path), path]))('%s', (_name, path) => {
    const goldCase = loadGoldCase(path);
    const { body } = goldCase.article;
    for (const strictArticle of [false, true]) {
      const gold = strictArticle ? withoutTeasers(goldCase.gold) : goldCase.gold;
      const score = scoreArticle(goldCase.gold, body, goldToPrediction(gold, body), { strictArticle });
      expect(score.warnings).toEqual([]);
      expect({ missed: score.missed, spurious: score.spurious, errors: score.errors }).toEqual({
        missed: [],
        spurious: [],
        errors: [],
      });
      const figures = sumScores([score]);
      for (const kind of KINDS) {
        const { tp, fp, fn } = figures.kinds[kind];
        expect({ kind, fp, fn }).toEqual({ kind, fp: 0, fn: 0 });
        expect(tp).toBe(kind === 'armsTransfers' ? gold.arms_transfers.length : gold[kind].length);
      }
      if (gold.claims.length > 0) expect(figures.claims).toMatchObject({ dateAccuracy: 1, stanceAccuracy: 1 });
    }
  });
});
