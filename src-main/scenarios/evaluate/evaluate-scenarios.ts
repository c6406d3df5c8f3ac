import type Database from 'better-sqlite3';
import { monthLabel } from '../../../src-shared/calendar/months';
import {
  RECORDED_COMMISSIONS,
  type ScenarioEvaluation,
  type ScenarioResult,
} from '../../../src-shared/model/scenarios';
import {
  DEFAULT_HORIZON_MONTHS,
  type ScenarioFile,
} from '../../../src-shared/scenarios/scenario-file';
import { analysed } from '../../analysis/results/not-analysed';
import { analysisFreshness, readStamp } from '../../analysis/store/results-reader';
import { scenarioBook } from '../book/book-cache';
import { evaluationBasis } from '../book/evaluation-basis';
import { compareScenarios } from '../compare/compare-scenarios';
import { evaluationFrame } from '../engine/evaluation-frame';
import { horizonOf, runScenario } from '../engine/evaluate-scenario';
import { runRecorded } from '../engine/recorded-commissions';
import type { ScenarioRun } from '../engine/scenario-run';
import { scenarioResult, seriesUnits } from '../outputs/scenario-result';

/** A scenario to evaluate: a file, or the built-in Recorded commissions (`file: null`). */
export interface ScenarioToEvaluate {
  name: string;
  file: ScenarioFile | null;
}

/**
 * The horizon the built-in scenario is projected over in a comparison: the first file's, so that
 * it is compared over the same months; 24 months when it stands alone.
 */
const recordedHorizon = (scenarios: readonly ScenarioToEvaluate[]): number => {
  const first = scenarios.find((s) => s.file !== null)?.file;
  return first ? horizonOf(first) : DEFAULT_HORIZON_MONTHS;
};

/**
 * Evaluates scenarios over the workspace's stored analysis and compares them with the baseline
 * (one of them, by name): the figures `scenario compare` prints, the payout by month for the
 * charts, what the figures rest on, and the warnings. The book of payments is read once per data
 * revision and kept, so evaluating again while a scenario is edited loops over arrays only.
 * Throws the `not-analysed` error before the first analysis.
 */
export function evaluateScenarios(
  db: Database.Database,
  path: string,
  scenarios: readonly ScenarioToEvaluate[],
  baseline: string,
): ScenarioEvaluation {
  const stamp = analysed(readStamp(db));
  const basis = evaluationBasis(db, stamp);
  const { settings } = basis;
  const book = scenarioBook(db, path, settings);
  const warnings: string[] = [];
  const runs: { name: string; run: ScenarioRun }[] = scenarios.map(({ name, file }) => {
    const horizon = file ? horizonOf(file) : recordedHorizon(scenarios);
    const ef = evaluationFrame(book, settings.grossMargin, settings.discountRate, horizon);
    if (file === null) return { name, run: runRecorded(ef) };
    const evaluated = runScenario(ef, { ...file, name });
    warnings.push(...evaluated.warnings);
    return { name, run: evaluated.run };
  });
  if (scenarios.some((s) => s.file === null) && !book.recorded.any)
    warnings.push(
      `The workspace has no commissions: the built-in scenario "${RECORDED_COMMISSIONS}" is empty.`,
    );
  const results: ScenarioResult[] = runs.map(({ name, run }) => scenarioResult(name, run));
  const base = results.find((r) => r.name === baseline);
  if (!base) throw new Error(`the baseline "${baseline}" is not among the scenarios compared`);
  const comparison = compareScenarios(
    base,
    results.filter((r) => r !== base),
  );
  const longest = Math.max(0, ...runs.map((r) => r.run.ef.months));
  const months = Array.from({ length: longest }, (_, i) => monthLabel(book.firstMonth + i));
  const freshness = analysisFreshness(db);
  return {
    ...comparison,
    series: {
      months,
      firstProjectedMonth: book.asOfMonth + 1 - book.firstMonth,
      scenarios: [
        ...runs.filter((r) => r.name === baseline),
        ...runs.filter((r) => r.name !== baseline),
      ].map(({ name, run }) => {
        const payout = seriesUnits(run);
        while (payout.length < longest) payout.push(0);
        return { name, payout };
      }),
    },
    basis,
    warnings: [...new Set(warnings)],
    analysis: { fresh: freshness.fresh, reasons: freshness.reasons },
  };
}
