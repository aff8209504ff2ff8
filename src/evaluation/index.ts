export { foldName, foldNames } from './fold';
export { locateAll, overlaps, overlapRatio, type Span } from './locate';
export {
  parseGold,
  withoutTeasers,
  GoldFormatError,
  type GoldArticle,
  type GoldEntity,
  type GoldClaim,
  type GoldDeployment,
  type GoldArmsTransfer,
  type GoldAgreement,
} from './gold';
export { checkGold } from './gold-check';
export {
  parsePrediction,
  predictedSpan,
  predictionOf,
  goldToPrediction,
  type Prediction,
  type PredictedEntity,
  type PredictedClaim,
  type PredictedDeployment,
  type PredictedArmsTransfer,
  type PredictedAgreement,
  type PredictedSpan,
} from './prediction';
export { goldTarget, predictedReferenceKeys, referenceResolves, type GoldTarget } from './resolve';
export { maximumMatching, type PairQuality } from './assignment';
export {
  scoreArticle,
  claimDateMatches,
  amountMatches,
  KINDS,
  type Kind,
  type Counts,
  type ArticleScore,
  type ScoreOptions,
  type ItemNote,
} from './score';
export { sumScores, kindFigures, type Figures, type KindFigures } from './figures';
export { formatFigures, formatArticle, formatReport, formatF1ByGroup } from './report';
export { goldFilesUnder, articleCandidates, loadGoldCase, type GoldCase } from './dataset';
