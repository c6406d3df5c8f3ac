import { describe, expect, it } from 'vitest';
import { partnerRoi, qualityGrade } from '../../../src-main/analysis/partners/quality-grade';

describe('partner quality grade', () => {
  it('grades the customer value against the baseline, the ARPA ratio shrunk toward 1', () => {
    // 1.2 × (0.5 × 1.5 + 0.5) = 1.5 ≥ 1.25.
    const graded = qualityGrade({
      customers: 8,
      lifetimeRatio: 1.2,
      arpaRatio: 1.5,
      ownWeight: 0.5,
    });
    expect(graded.grade).toBe('A');
    expect(graded.ratio).toBeCloseTo(1.5, 12);
  });

  it('says why a partner is not graded: too few customers, or no ARPA in the base currency', () => {
    expect(
      qualityGrade({ customers: 4, lifetimeRatio: 1, arpaRatio: 1, ownWeight: 1 }).reason,
    ).toBe('4 paying customers; at least 5 are needed for a grade.');
    // Every active customer billed in a currency without a rate: no ARPA to compare.
    const unknown = qualityGrade({ customers: 9, lifetimeRatio: 1, arpaRatio: null, ownWeight: 1 });
    expect(unknown).toEqual({
      grade: 'insufficient data',
      reason: "No ARPA in the base currency to set against the baseline's.",
      ratio: null,
    });
  });

  it('computes ROI as (LTV − commissions − retention cost) ÷ commissions, null without commissions', () => {
    expect(partnerRoi(1000, 200, 300)).toBeCloseTo(2.5, 12);
    expect(partnerRoi(1000, 0, 300)).toBeNull();
    expect(partnerRoi(null, 200, 300)).toBeNull();
  });
});
