import {
  DEFAULT_HORIZON_MONTHS,
  type ScenarioFile,
} from '../../../src-shared/scenarios/scenario-file';
import { DURATION_MONTHS } from './compiled-structure';
import { durationEnd } from './duration-end';
import type { EvaluationFrame } from './evaluation-frame';
import { resolveStructures } from './resolve-structures';
import { runPartner, type RunContext } from './run-partner';
import { ScenarioRun } from './scenario-run';

export const horizonOf = (file: ScenarioFile): number =>
  file.horizonMonths ?? DEFAULT_HORIZON_MONTHS;

/**
 * Runs a scenario file over a book: each partner under the structure that applies to it (the
 * first matching override, else the file's), history then projection. The frame's horizon is the
 * file's. Returns the run and the warnings (overrides naming unknown partners, partners without a
 * survival model to project).
 */
export function runScenario(
  ef: EvaluationFrame,
  file: ScenarioFile,
): { run: ScenarioRun; warnings: string[] } {
  const { book } = ef;
  const { structures, warnings } = resolveStructures(file, book.partners);
  const run = new ScenarioRun(ef);
  const months = ef.months;
  const context: Omit<RunContext, 'durationEnd'> = {
    book,
    frame: ef.frame,
    ledger: run.ledger,
    discount: ef.discount,
    activeAt: new Float64Array(months + 1),
    newIn: new Float64Array(months + 1),
    bonusPaid: new Uint8Array(50),
  };
  for (let p = 0; p < book.partners.length; p++) {
    const s = structures[p];
    if (!s) continue;
    run.ledger.begin(p, s, book.customerStart[p], book.customerStart[p + 1]);
    runPartner(
      {
        ...context,
        durationEnd: s.duration === DURATION_MONTHS ? durationEnd(book, s.durationN) : null,
      },
      p,
      s,
    );
    run.finishPartner(p);
  }
  for (const p of ef.frame.unprojected)
    warnings.push(
      `${file.name}: partner ${book.partners[p]?.partnerId ?? p} has active customers but no survival model, so nothing is projected for it.`,
    );
  return { run, warnings };
}
