import { describe, expect, it } from 'vitest';
import {
  describeIssues,
  parseScenarioText,
  validateScenarioFile,
} from '../../../src-shared/scenarios/validate-scenario';

/** DESIGN section 4's example file, which must be accepted as it stands. */
const designExample = {
  version: 1,
  name: '40% for 3 payments, then 20% for a year',
  structure: {
    event: 'payment',
    steps: [{ payments: 3, percent: 40 }, { percent: 20 }],
    duration: { months: 12 },
    bonuses: [{ when: 'newCustomers', atLeast: 5, amount: 250, repeat: 'monthly' }],
    holdDays: 30,
    clawback: { refunds: true, churnWithinDays: 60 },
    caps: { perCustomer: 1000, perPartnerMonth: 5000 },
  },
  overrides: [
    {
      partners: ['part_qhyyu5ym3d0c'],
      structure: { event: 'firstPayment', rate: { flat: 150 } },
    },
  ],
  horizonMonths: 24,
};

const withStructure = (structure: Record<string, unknown>) => ({
  version: 1,
  name: 'test',
  structure,
});

/** The issues of a file as `path: message` lines. */
function problems(input: unknown): string[] {
  const result = validateScenarioFile(input);
  return result.ok ? [] : describeIssues(result.issues);
}

describe('scenario file validation (DESIGN section 4, version 1)', () => {
  it("accepts DESIGN's example file", () => {
    const result = validateScenarioFile(designExample);
    expect(result.ok).toBe(true);
  });

  it('refuses two rate sources, naming the second', () => {
    const issues = problems(withStructure({ rate: { percent: 10 }, steps: [{ percent: 20 }] }));
    expect(issues).toEqual([
      'structure.steps: two rate sources (rate and steps): give exactly one of rate, steps or tiers',
    ]);
  });

  it('refuses a lead event with a percent, naming the percent', () => {
    const issues = problems(withStructure({ event: 'lead', rate: { percent: 10 } }));
    expect(issues).toEqual([
      'structure.rate.percent: a lead event pays flat amounts only: a lead has no payment to take a percent of',
    ]);
  });

  it('refuses an unknown key, naming it where it stands', () => {
    expect(problems({ ...designExample, colour: 'red' })).toEqual([
      'colour: unknown key: a version 1 scenario file has no such field',
    ]);
    expect(problems(withStructure({ rate: { percent: 10 }, caps: { perMonth: 5 } }))).toEqual([
      'structure.caps.perMonth: unknown key: a version 1 scenario file has no such field',
    ]);
  });

  it('refuses a negative amount, naming the field', () => {
    expect(problems(withStructure({ rate: { flat: -5 } }))).toEqual([
      'structure.rate.flat: must not be negative',
    ]);
    expect(problems(withStructure({ rate: { percent: 10 }, caps: { perCustomer: -1 } }))).toEqual([
      'structure.caps.perCustomer: must not be negative',
    ]);
  });

  it('refuses empty steps', () => {
    expect(problems(withStructure({ steps: [] }))).toEqual([
      'structure.steps: must list at least one step',
    ]);
  });

  it('refuses a missing version, and a newer one with one message', () => {
    const unversioned: Record<string, unknown> = { ...designExample };
    delete unversioned.version;
    expect(problems(unversioned)).toEqual([
      'version: is required: a scenario file says which version it is written in (this application reads version 1)',
    ]);
    expect(problems({ ...designExample, version: 2, futureField: true })).toEqual([
      'version: 2 is newer than this application reads (version 1); update Advocate Lab to open this file',
    ]);
  });

  it('refuses a structure without a rate, and a percent with a flat amount', () => {
    expect(problems(withStructure({}))).toEqual([
      'structure: no rate: give exactly one of rate, steps or tiers',
    ]);
    expect(problems(withStructure({ rate: { percent: 5, flat: 5 } }))).toEqual([
      'structure.rate: give a percent or a flat amount, not both',
    ]);
  });

  it('checks steps, tiers and durations against each other', () => {
    expect(problems(withStructure({ steps: [{ percent: 40 }, { percent: 20 }] }))).toEqual([
      'structure.steps.0.payments: every step but the last says how many payments it covers',
    ]);
    expect(
      problems(
        withStructure({
          tiers: {
            by: 'monthRevenue',
            levels: [
              { from: 200, percent: 6 },
              { from: 100, percent: 4 },
            ],
          },
        }),
      ),
    ).toEqual([
      'structure.tiers.levels.1.from: levels must rise: each from is above the one before',
    ]);
    expect(
      problems(withStructure({ rate: { percent: 5 }, duration: { months: 12, payments: 3 } })),
    ).toEqual(['structure.duration: give exactly one of lifetime: true, payments: N or months: N']);
  });

  it('names the override field that breaks a rule', () => {
    const file = {
      ...designExample,
      overrides: [{ partners: ['p1'], structure: { event: 'lead', rate: { percent: 3 } } }],
    };
    expect(problems(file)).toEqual([
      'overrides.0.structure.rate.percent: a lead event pays flat amounts only: a lead has no payment to take a percent of',
    ]);
  });

  it('reports text that is not JSON with its line and column', () => {
    const result = parseScenarioText('{\n  "version": 1,\n  "name": oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.line).toBe(3);
    expect(result.issues[0]?.column).toBe(11);
  });
});
