import type Database from 'better-sqlite3';
import type { OpenedComparison, ScenarioFile } from '../../../src-shared/model/scenarios';
import { staleReasons } from '../book/evaluation-basis';
import { evaluateScenarios } from '../evaluate/evaluate-scenarios';
import { requireComparison } from './saved-comparisons';

/**
 * A saved comparison opened again: its scenario files evaluated now, beside the figures as saved.
 * It is stale when the data or the settings changed since it was saved, and says which; should the
 * figures differ although neither did, it says that too rather than show the old ones as current.
 */
export function openComparison(
  db: Database.Database,
  path: string,
  name: string,
): OpenedComparison {
  const saved = requireComparison(db, name);
  const current = evaluateScenarios(db, path, saved.evaluated, saved.baseline);
  const reasons = staleReasons(saved.basis, current.basis);
  const now = JSON.stringify({ baseline: current.baseline, scenarios: current.scenarios });
  if (reasons.length === 0 && now !== JSON.stringify(saved.figures))
    reasons.push('The figures evaluated now differ from the saved ones.');
  return {
    name: saved.name,
    savedAt: saved.savedAt,
    stale: reasons.length > 0,
    reasons,
    saved: saved.figures,
    savedBasis: saved.basis,
    current,
    files: saved.evaluated.map((s) => s.file).filter((file): file is ScenarioFile => file !== null),
  };
}
