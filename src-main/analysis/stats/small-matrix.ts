/**
 * Dense symmetric positive-definite systems of the small size of a regression (p × p, row-major):
 * Cholesky factorisation A = L Lᵀ, solves and the inverse. Returns null when A is not positive
 * definite to working precision.
 */
export function cholesky(matrix: Float64Array, size: number): Float64Array | null {
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j];
      for (let r = 0; r < j; r++) sum -= lower[i * size + r] * lower[j * size + r];
      if (i === j) {
        if (!(sum > 1e-13 * Math.abs(matrix[i * size + i]))) return null;
        lower[i * size + i] = Math.sqrt(sum);
      } else {
        lower[i * size + j] = sum / lower[j * size + j];
      }
    }
  }
  return lower;
}

/** Solves L Lᵀ x = b. */
export function choleskySolve(lower: Float64Array, size: number, rhs: Float64Array): Float64Array {
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = rhs[i];
    for (let r = 0; r < i; r++) sum -= lower[i * size + r] * y[r];
    y[i] = sum / lower[i * size + i];
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i];
    for (let r = i + 1; r < size; r++) sum -= lower[r * size + i] * x[r];
    x[i] = sum / lower[i * size + i];
  }
  return x;
}

export function choleskyInverse(lower: Float64Array, size: number): Float64Array {
  const inverse = new Float64Array(size * size);
  const unit = new Float64Array(size);
  for (let column = 0; column < size; column++) {
    unit.fill(0);
    unit[column] = 1;
    const solved = choleskySolve(lower, size, unit);
    for (let row = 0; row < size; row++) inverse[row * size + column] = solved[row];
  }
  return inverse;
}

/**
 * Solves a general square system by Gaussian elimination with partial pivoting; null when singular.
 * Used where the matrix may be only semi-definite (the log-rank variance).
 */
export function solveLinear(
  matrix: Float64Array,
  size: number,
  rhs: Float64Array,
): Float64Array | null {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(rhs);
  let scale = 0;
  for (const value of a) scale = Math.max(scale, Math.abs(value));
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(a[row * size + column]) > Math.abs(a[pivot * size + column])) pivot = row;
    }
    if (!(Math.abs(a[pivot * size + column]) > 1e-12 * scale)) return null;
    if (pivot !== column) {
      for (let j = 0; j < size; j++) {
        const swap = a[column * size + j];
        a[column * size + j] = a[pivot * size + j];
        a[pivot * size + j] = swap;
      }
      const swap = b[column];
      b[column] = b[pivot];
      b[pivot] = swap;
    }
    for (let row = column + 1; row < size; row++) {
      const factor = a[row * size + column] / a[column * size + column];
      if (factor === 0) continue;
      for (let j = column; j < size; j++) a[row * size + j] -= factor * a[column * size + j];
      b[row] -= factor * b[column];
    }
  }
  const x = new Float64Array(size);
  for (let row = size - 1; row >= 0; row--) {
    let sum = b[row];
    for (let j = row + 1; j < size; j++) sum -= a[row * size + j] * x[j];
    x[row] = sum / a[row * size + row];
  }
  return x;
}
