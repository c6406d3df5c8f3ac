export { completedMonths } from './completed-months';
export {
  lifetimeObservation,
  toLifetimeColumns,
  type LifetimeColumns,
  type LifetimeObservation,
  type Lifetimes,
} from './lifetime-observation';
export {
  kaplanMeier,
  medianOf,
  type KaplanMeierCurve,
  type KaplanMeierPoint,
} from './kaplan-meier';
export { logRank, type LogRankResult } from './log-rank';
export {
  monthlyChurn,
  type ChurnAccount,
  type MonthlyChurn,
  type MonthlyChurnRow,
} from './monthly-churn';
export {
  DEFAULT_LIFETIME_HORIZON_MONTHS,
  sbgChurnProbability,
  sbgExpectedLifetime,
  sbgProjectedSurvival,
  sbgRetentionRate,
  sbgSurvival,
  type ExpectedLifetime,
} from './sbg-model';
export { combineSbgCounts, sbgCounts, sbgCountsFromSurvivors, type SbgCounts } from './sbg-counts';
export { sbgLikelihood } from './sbg-likelihood';
export { fitSbg, type SbgFit } from './sbg-fit';
export { fitSbgShrunk, type ShrunkSbgFit, type SbgShrinkageOptions } from './sbg-shrinkage';
export { monthlyDiscountRate, sbgDel, sbgDerl } from './sbg-derl';
export { ltvFromLifetime, ltvSimple } from './ltv';
