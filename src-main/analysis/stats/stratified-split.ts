import { seededRandom } from './seeded-random';

/**
 * A deterministic stratified train/test split: within each label, the rows are shuffled with a
 * seeded Fisher–Yates shuffle and the first round(testShare × count) go to the test set — at least
 * one and at most count − 1 when a label has two rows or more, so both sets see both labels.
 * Returns 1 for test rows and 0 for training rows. Depends on the row order, so pass rows in a
 * stable order (the engine's account order).
 */
export function stratifiedSplit(labels: Uint8Array, testShare: number, seed: number): Uint8Array {
  if (!(testShare > 0 && testShare < 1)) throw new RangeError('testShare must be in (0, 1)');
  const isTest = new Uint8Array(labels.length);
  const random = seededRandom(seed);
  const classes = [...new Set(labels)].sort((a, b) => a - b);
  for (const label of classes) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) members.push(i);
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.min(i, Math.floor(random() * (i + 1)));
      const swap = members[i];
      members[i] = members[j];
      members[j] = swap;
    }
    let testCount = Math.round(testShare * members.length);
    if (members.length >= 2) testCount = Math.min(members.length - 1, Math.max(1, testCount));
    for (let i = 0; i < testCount; i++) isTest[members[i]] = 1;
  }
  return isTest;
}
