import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORDED_COMMISSIONS, type ScenarioResult } from '../../../src-shared/model/scenarios';
import type { ScenarioFile } from '../../../src-shared/scenarios/scenario-file';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { directContext } from '../../../src-main/job/context';
import { forgetScenarioBook } from '../../../src-main/scenarios/book/book-cache';
import { evaluateScenarios } from '../../../src-main/scenarios/evaluate/evaluate-scenarios';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany, type SeedOptions } from '../analysis/hand-company';

/**
 * HandCo's partner P1 (see hand-company.ts), as of 2026-06-30: C4 paid $50 on the first of
 * January to April 2026 and churned on 10 April (99 days after payment 1); C5 paid $200 on the
 * first of February to June and is active; C6 paid $100 on 1 March and churned on 20 March,
 * 19 days after payment 1. Every referral precedes its customer's first payment.
 */
describe('scenarios on HandCo, worked out by hand', () => {
  const tempDir = useTempDir();
  let count = 0;

  function evaluate(files: ScenarioFile[], options: SeedOptions = {}) {
    const workspace = openWorkspace(join(tempDir(), `hand-${count++}.sqlite`), { create: true });
    seedHandCompany(workspace.db, options);
    analyzeJob({ path: workspace.path }, directContext(workspace.db));
    forgetScenarioBook();
    const evaluation = evaluateScenarios(
      workspace.db,
      workspace.path,
      [
        { name: RECORDED_COMMISSIONS, file: null },
        ...files.map((file) => ({ name: file.name, file })),
      ],
      RECORDED_COMMISSIONS,
    );
    workspace.close();
    return evaluation;
  }

  const scenario = (name: string, structure: ScenarioFile['structure']): ScenarioFile => ({
    version: 1,
    name,
    structure,
  });

  const p1 = (result: ScenarioResult | undefined) =>
    result?.partners.find((p) => p.partnerId === 'P1');

  it('20% for life pays 20% of every payment: 4 × $10 + 5 × $40 + $20 = $260', () => {
    const evaluation = evaluate([scenario('20% lifetime', { rate: { percent: 20 } })]);
    const history = p1(evaluation.scenarios[1])?.history;
    expect(history).toMatchObject({ payout: 260, paid: 260, pending: 0, clawedBack: 0 });
    expect(history?.customers).toBe(3);
    // Revenue: $200 + $1,000 + $100.
    expect(history?.revenue).toBe(1300);
  });

  it('a 30-day hold and churnWithinDays 60 void C6 and leave June pending', () => {
    const evaluation = evaluate([
      scenario('held', { rate: { percent: 20 }, holdDays: 30, clawback: { churnWithinDays: 60 } }),
    ]);
    // C6's $20 is void (churned on 20 March, before 31 March); C5's June $40 is payable on 1 July.
    expect(p1(evaluation.scenarios[1])?.history).toMatchObject({
      payout: 240,
      paid: 200,
      pending: 40,
      clawedBack: 0,
    });
  });

  it('without a hold, the same early churn comes back as a clawback in March', () => {
    const evaluation = evaluate([
      scenario('no hold', { rate: { percent: 20 }, clawback: { churnWithinDays: 60 } }),
    ]);
    expect(p1(evaluation.scenarios[1])?.history).toMatchObject({
      payout: 240,
      paid: 260,
      pending: 0,
      clawedBack: 20,
    });
    const march = evaluation.series.months.indexOf('2026-03');
    // March: C4 $10, C5 $40, C6 $20, less C6's $20 clawed back.
    expect(evaluation.series.scenarios[1]?.payout[march]).toBe(50);
  });

  it('gives the same figures whatever the order of the rows in the tables', () => {
    const files = [
      scenario('steps', {
        steps: [{ payments: 2, percent: 30 }, { percent: 10 }],
        holdDays: 15,
        clawback: { churnWithinDays: 30 },
        caps: { perCustomer: 60 },
        bonuses: [{ when: 'newCustomers', atLeast: 1, amount: 25, repeat: 'monthly' }],
      }),
    ];
    const forward = evaluate(files);
    const reversed = evaluate(files, { reversed: true });
    expect(reversed.scenarios).toEqual(forward.scenarios);
    expect(reversed.series).toEqual(forward.series);
  });

  it('evaluates scenarios on a workspace without commissions, and says the baseline is empty', () => {
    const evaluation = evaluate([scenario('20% lifetime', { rate: { percent: 20 } })], {
      without: ['commissions'],
    });
    expect(evaluation.scenarios[0]?.history.payout).toBe(0);
    expect(p1(evaluation.scenarios[1])?.history.payout).toBe(260);
    expect(evaluation.warnings).toContain(
      'The workspace has no commissions: the built-in scenario "Recorded commissions" is empty.',
    );
  });
});
