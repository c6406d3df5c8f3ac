import { describe, expect, it } from 'vitest';
import { calibrationBands } from '../../../../src-main/analysis/stats/calibration';

describe('calibration bands', () => {
  it('cuts the accounts by predicted probability into equal bands, by hand', () => {
    // Ten accounts, out of order: sorted, the bands of two are (0.1, 0.2), (0.3, 0.4), …
    const predicted = [0.9, 0.1, 0.5, 0.3, 0.7, 0.2, 1.0, 0.4, 0.6, 0.8];
    const labels = [1, 0, 1, 0, 0, 0, 1, 1, 0, 1];
    const bands = calibrationBands(predicted, labels, 5);
    expect(bands.map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
    expect(bands.map((b) => b.predicted)).toEqual(
      [0.15, 0.35, 0.55, 0.75, 0.95].map((p) => expect.closeTo(p, 12)),
    );
    // Labels in predicted order: 0.1→0, 0.2→0 | 0.3→0, 0.4→1 | 0.5→1, 0.6→0 | 0.7→0, 0.8→1 | 0.9→1, 1.0→1
    expect(bands.map((b) => b.observed)).toEqual([0, 0.5, 0.5, 0.5, 1]);
  });

  it('spreads a remainder over the bands and never makes more bands than accounts', () => {
    const predicted = Array.from({ length: 23 }, (_, i) => i / 23);
    const labels = predicted.map((p) => (p > 0.5 ? 1 : 0));
    const bands = calibrationBands(predicted, labels);
    expect(bands).toHaveLength(10);
    expect(bands.reduce((s, b) => s + b.count, 0)).toBe(23);
    expect(Math.max(...bands.map((b) => b.count)) - Math.min(...bands.map((b) => b.count))).toBe(1);
    expect(calibrationBands([0.2, 0.8], [0, 1])).toEqual([
      { count: 1, predicted: 0.2, observed: 0 },
      { count: 1, predicted: 0.8, observed: 1 },
    ]);
  });

  it('orders tied predictions by position, so the bands do not depend on the sort', () => {
    const bands = calibrationBands([0.5, 0.5, 0.5, 0.5], [1, 1, 0, 0], 2);
    expect(bands.map((b) => b.observed)).toEqual([1, 0]);
  });
});
