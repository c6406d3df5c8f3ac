import { chiSquare2x2, fisherExact, lift } from '../stats';

export interface Lift {
  lift: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  test: 'fisher' | 'chi-square';
}

/**
 * Lift of a value among top advocates (a of n1) against all customers (c of n2), with the maths
 * library's 95% interval, and its significance: top advocates against the other customers, by
 * Fisher's exact test when an expected count is under 5 and by Pearson's chi-square otherwise
 * (the exact test on a million accounts costs seconds and says the same).
 */
export function liftOf(a: number, n1: number, c: number, n2: number): Lift {
  const result = lift(a, n1, c, n2);
  const restWith = c - a;
  const restWithout = n2 - n1 - restWith;
  const expected = [
    (n1 * c) / n2,
    (n1 * (n2 - c)) / n2,
    ((n2 - n1) * c) / n2,
    ((n2 - n1) * (n2 - c)) / n2,
  ];
  const useFisher = expected.some((e) => !(e >= 5));
  let p: number | null = null;
  if (result.lift !== null && n2 > n1 && n1 > 0) {
    p = useFisher
      ? fisherExact(a, n1 - a, restWith, restWithout).p
      : chiSquare2x2(a, n1 - a, restWith, restWithout, { yates: false }).p;
  }
  return {
    lift: result.lift,
    lower: result.lower,
    upper: result.upper,
    p,
    test: useFisher ? 'fisher' : 'chi-square',
  };
}
