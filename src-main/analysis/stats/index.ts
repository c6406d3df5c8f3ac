export { lnGamma } from './gamma-function';
export { chiSquareUpperTail, regularizedGammaP, regularizedGammaQ } from './incomplete-gamma';
export { hypergeometric2F1 } from './hypergeometric';
export { percentileRanks, type PercentileOptions } from './percentile-ranks';
export { fisherExact, type FisherExactResult } from './fisher-exact';
export { chiSquare2x2, type ChiSquareResult } from './chi-square-2x2';
export { lift, liftTest, type LiftResult, type LiftTestResult } from './lift';
export { applyStandardization, standardize, type Standardization } from './standardize';
export { seededRandom, type RandomStream } from './seeded-random';
export { kmeans, type KMeansOptions, type KMeansResult } from './kmeans';
export { silhouette, type SilhouetteResult } from './silhouette';
export { chooseK, type ChooseKResult } from './choose-k';
export {
  logisticRegression,
  predictProbability,
  type LogisticModel,
  type LogisticOptions,
} from './logistic-regression';
export { auc } from './auc';
export { stratifiedSplit } from './stratified-split';
export { reasonCodes, type ReasonCode } from './reason-codes';
export { calibrationBands, type CalibrationBand } from './calibration';
