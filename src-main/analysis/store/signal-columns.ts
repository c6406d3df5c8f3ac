import type { SignalName } from '../../../src-shared/model/analysis/score';

/** The column prefix of a signal in `advocate_scores`: usageLevel → usage_level. */
export const signalColumnPrefix = (signal: SignalName): string =>
  signal.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
