import { describe, expect, it } from 'vitest';
import { sbgSurvival } from './sbg-survival';

describe('the sBG survival curve', () => {
  it('follows the recursion by hand', () => {
    // α = 1, β = 1: S(t) = 1 / (t + 1).
    expect(sbgSurvival(1, 1, 3)).toEqual([1, 1 / 2, 1 / 3, 1 / 4]);
  });

  it('matches Fader and Hardie’s fit for the “regular” cohort', () => {
    // Fader and Hardie (2007), regular customers: α = 0.704, β = 1.182; S(1) = β/(α+β) = 0.627.
    const curve = sbgSurvival(0.704, 1.182, 7);
    expect(curve[1]).toBeCloseTo(0.6267, 4);
    expect(curve[2]).toBeCloseTo(0.6267 * (2.182 / 2.886), 4);
    for (let t = 1; t < curve.length; t++) expect(curve[t]).toBeLessThan(curve[t - 1] ?? 1);
  });
});
