import { chiSquareUpperTail } from './incomplete-gamma';

export interface ChiSquareResult {
  /** Null when a row or column total is 0 (an expected count is 0). */
  chisq: number | null;
  df: 1;
  p: number | null;
}

/**
 * Pearson's chi-square test of independence on [[a, b], [c, d]], as R's
 * `chisq.test(matrix(c(a, c, b, d), 2), correct = yates)`. Yates's correction subtracts
 * min(0.5, |O − E|) from every |O − E| before squaring, as R does.
 */
export function chiSquare2x2(
  a: number,
  b: number,
  c: number,
  d: number,
  options: { yates: boolean },
): ChiSquareResult {
  const total = a + b + c + d;
  const rows = [a + b, c + d];
  const columns = [a + c, b + d];
  if (total === 0 || rows.includes(0) || columns.includes(0)) {
    return { chisq: null, df: 1, p: null };
  }
  const observed = [a, b, c, d];
  let chisq = 0;
  for (let cell = 0; cell < 4; cell++) {
    const expected = (rows[cell >> 1] * columns[cell & 1]) / total;
    const gap = Math.abs(observed[cell] - expected);
    const corrected = options.yates ? gap - Math.min(0.5, gap) : gap;
    chisq += (corrected * corrected) / expected;
  }
  return { chisq, df: 1, p: chiSquareUpperTail(chisq, 1) };
}
