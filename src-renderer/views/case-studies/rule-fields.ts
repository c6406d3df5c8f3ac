import type { CaseStudyRule } from '../../../src-shared/model/analysis/case-studies';

/** The rule's numeric fields with the ranges main accepts, in the form's order. */
export const numericRuleFields = [
  { key: 'minTenureMonths', min: 0, max: 600, whole: false },
  { key: 'minNps', min: 0, max: 10, whole: false },
  { key: 'minScore', min: 0, max: 100, whole: false },
  { key: 'notAskedWithinDays', min: 0, max: 3650, whole: true },
  { key: 'notDeclinedWithinDays', min: 0, max: 3650, whole: true },
] as const satisfies readonly {
  key: keyof CaseStudyRule;
  min: number;
  max: number;
  whole: boolean;
}[];

export const booleanRuleFields = [
  'requireChampionContact',
  'excludeConsentRefused',
  'activeOnly',
] as const satisfies readonly (keyof CaseStudyRule)[];

export type NumericRuleField = (typeof numericRuleFields)[number]['key'];

/** The built-in rule: always there, so it cannot be deleted. */
export const BUILT_IN_RULE = 'Default';

/** A field's text, read as a number in range, or the reason it is not one. */
export function readRuleNumber(
  text: string,
  field: (typeof numericRuleFields)[number],
): { value: number } | { invalid: true } {
  const trimmed = text.trim();
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  const fits =
    Number.isFinite(value) &&
    value >= field.min &&
    value <= field.max &&
    (!field.whole || Number.isInteger(value));
  return fits ? { value } : { invalid: true };
}
