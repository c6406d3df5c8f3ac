import { cholesky, choleskyInverse, choleskySolve } from './small-matrix';

export interface LogisticOptions {
  /** Ridge penalty λ on the slopes (not the intercept): maximises ℓ(β) − λ/2 Σ βⱼ². Default 1. */
  l2?: number;
  maxIterations?: number;
}

export interface LogisticModel {
  intercept: number;
  coefficients: Float64Array;
  /** From the inverse penalised information; equal to glm's when l2 = 0. Intercept's first. */
  standardErrors: Float64Array;
  /** Unpenalised log-likelihood at the estimate. */
  logLik: number;
  l2: number;
  iterations: number;
  converged: boolean;
}

/**
 * Logistic regression by Newton–Raphson (iteratively reweighted least squares) with an L2 penalty
 * on the slopes. X is row-major rows × cols without an intercept column; standardise it first, so
 * the penalty treats every signal alike and coefficients read per standard deviation. The
 * penalised likelihood is strictly concave for l2 > 0, so the Newton steps (halved while the
 * objective falls) converge; with l2 = 0 and separable data they do not, and `converged` is false.
 */
export function logisticRegression(
  X: Float64Array,
  rows: number,
  cols: number,
  y: Uint8Array,
  options: LogisticOptions = {},
): LogisticModel {
  if (X.length !== rows * cols || y.length !== rows) throw new RangeError('shape mismatch');
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 100;
  const p = cols + 1;
  let beta: Float64Array = new Float64Array(p);
  let positives = 0;
  for (let i = 0; i < rows; i++) positives += y[i];
  if (positives > 0 && positives < rows) beta[0] = Math.log(positives / (rows - positives));
  let objective = penalisedLogLik(X, rows, cols, y, beta, l2);
  let iterations = 0;
  let converged = false;
  let information: Float64Array = new Float64Array(p * p);
  while (iterations < maxIterations) {
    iterations++;
    const { gradient, hessian } = derivatives(X, rows, cols, y, beta, l2);
    information = hessian;
    const factor = cholesky(hessian, p);
    if (factor === null) break;
    const step = choleskySolve(factor, p, gradient);
    let scale = 1;
    let candidate: Float64Array = beta;
    let candidateObjective = -Infinity;
    for (let halving = 0; halving < 40; halving++) {
      candidate = beta.map((value, j) => value + scale * step[j]);
      candidateObjective = penalisedLogLik(X, rows, cols, y, candidate, l2);
      if (candidateObjective >= objective - 1e-12 * Math.abs(objective)) break;
      scale /= 2;
    }
    const change = candidateObjective - objective;
    beta = candidate;
    objective = candidateObjective;
    let largestStep = 0;
    for (let j = 0; j < p; j++) largestStep = Math.max(largestStep, Math.abs(scale * step[j]));
    if (Math.abs(change) <= 1e-12 * (Math.abs(objective) + 0.1) && largestStep < 1e-7) {
      converged = true;
      information = derivatives(X, rows, cols, y, beta, l2).hessian;
      break;
    }
  }
  const factor = cholesky(information, p);
  const standardErrors = new Float64Array(p).fill(NaN);
  if (factor !== null) {
    const inverse = choleskyInverse(factor, p);
    for (let j = 0; j < p; j++) standardErrors[j] = Math.sqrt(inverse[j * p + j]);
  }
  return {
    intercept: beta[0],
    coefficients: beta.slice(1),
    standardErrors,
    logLik: penalisedLogLik(X, rows, cols, y, beta, 0),
    l2,
    iterations,
    converged,
  };
}

function linearPredictor(X: Float64Array, row: number, cols: number, beta: Float64Array): number {
  let eta = beta[0];
  for (let j = 0; j < cols; j++) eta += beta[j + 1] * X[row * cols + j];
  return eta;
}

/** ln(1 + e^η) without overflow. */
const softplus = (eta: number): number =>
  eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));

function penalisedLogLik(
  X: Float64Array,
  rows: number,
  cols: number,
  y: Uint8Array,
  beta: Float64Array,
  l2: number,
): number {
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const eta = linearPredictor(X, i, cols, beta);
    sum += y[i] * eta - softplus(eta);
  }
  let penalty = 0;
  for (let j = 1; j < beta.length; j++) penalty += beta[j] * beta[j];
  return sum - (l2 / 2) * penalty;
}

/** Gradient of the penalised log-likelihood and the negative Hessian (information + λI). */
function derivatives(
  X: Float64Array,
  rows: number,
  cols: number,
  y: Uint8Array,
  beta: Float64Array,
  l2: number,
): { gradient: Float64Array; hessian: Float64Array } {
  const p = cols + 1;
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const x = new Float64Array(p);
  x[0] = 1;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) x[j + 1] = X[i * cols + j];
    const probability = 1 / (1 + Math.exp(-linearPredictor(X, i, cols, beta)));
    const residual = y[i] - probability;
    const weight = probability * (1 - probability);
    for (let j = 0; j < p; j++) {
      gradient[j] += residual * x[j];
      const wx = weight * x[j];
      for (let r = 0; r <= j; r++) hessian[j * p + r] += wx * x[r];
    }
  }
  for (let j = 0; j < p; j++) {
    for (let r = 0; r < j; r++) hessian[r * p + j] = hessian[j * p + r];
  }
  for (let j = 1; j < p; j++) {
    gradient[j] -= l2 * beta[j];
    hessian[j * p + j] += l2;
  }
  return { gradient, hessian };
}

/** P(y = 1) for every row of X (row-major, same columns and scaling as in training). */
export function predictProbability(
  model: LogisticModel,
  X: Float64Array,
  rows: number,
  cols: number,
): Float64Array {
  const probabilities = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let eta = model.intercept;
    for (let j = 0; j < cols; j++) eta += model.coefficients[j] * X[i * cols + j];
    probabilities[i] = 1 / (1 + Math.exp(-eta));
  }
  return probabilities;
}
