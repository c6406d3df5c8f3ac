/**
 * Area under the ROC curve as the Mann–Whitney statistic: the share of (positive, negative) pairs
 * in which the positive scores higher, ties counting one half — R's
 * `wilcox.test(pos, neg)$statistic ÷ (n₁ n₀)`. Each class is sorted once (O(n log n)) and the pairs
 * are counted by merging. Null when a class is empty; NaN scores are not allowed.
 */
export function auc(scores: Float64Array, labels: Uint8Array): number | null {
  if (scores.length !== labels.length) throw new RangeError('scores and labels differ in length');
  let positiveCount = 0;
  for (let i = 0; i < labels.length; i++) {
    if (Number.isNaN(scores[i])) throw new RangeError('AUC needs a score for every row');
    if (labels[i] === 1) positiveCount++;
  }
  const negativeCount = labels.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) return null;
  const positives = new Float64Array(positiveCount);
  const negatives = new Float64Array(negativeCount);
  let p = 0;
  let q = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) positives[p++] = scores[i];
    else negatives[q++] = scores[i];
  }
  positives.sort();
  negatives.sort();
  let below = 0;
  let equalEnd = 0;
  let wins = 0;
  for (let i = 0; i < positiveCount; i++) {
    const score = positives[i];
    while (below < negativeCount && negatives[below] < score) below++;
    if (equalEnd < below) equalEnd = below;
    while (equalEnd < negativeCount && negatives[equalEnd] === score) equalEnd++;
    wins += below + (equalEnd - below) / 2;
  }
  return wins / (positiveCount * negativeCount);
}
