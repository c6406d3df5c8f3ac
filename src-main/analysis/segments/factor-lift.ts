import { chiSquare2x2, fisherExact, lift } from '../stats';

export interface FactorLift {
  lift: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  test: 'fisher' | 'chi-square';
}

/**
 * Lift of a value among top advocates (`withValue` of `top`) against all customers
 * (`populationWithValue` of `population`), with the maths library's 95% interval. Significance
 * tests top advocates against the other customers: Fisher's exact test when an expected count is
 * under 5, Pearson's chi-square (no continuity correction) otherwise — on large groups the two
 * agree and the exact test costs far more.
 */
export function factorLift(
  withValue: number,
  top: number,
  populationWithValue: number,
  population: number,
): FactorLift {
  const result = lift(withValue, top, populationWithValue, population);
  const rest = population - top;
  const restWith = populationWithValue - withValue;
  const expected = [
    (top * populationWithValue) / population,
    (top * (population - populationWithValue)) / population,
    (rest * populationWithValue) / population,
    (rest * (population - populationWithValue)) / population,
  ];
  const useFisher = expected.some((e) => !(e >= 5));
  let p: number | null = null;
  if (result.lift !== null && rest > 0 && top > 0) {
    p = useFisher
      ? fisherExact(withValue, top - withValue, restWith, rest - restWith).p
      : chiSquare2x2(withValue, top - withValue, restWith, rest - restWith, { yates: false }).p;
  }
  return {
    lift: result.lift,
    lower: result.lower,
    upper: result.upper,
    p,
    test: useFisher ? 'fisher' : 'chi-square',
  };
}
