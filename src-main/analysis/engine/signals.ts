import type { SignalColumns } from '../score/advocate-score';
import type { AccountSnapshot } from './account-snapshot';

/** The nine signals of the advocate score, per account position (NaN where absent). */
export function signalColumns(snapshot: AccountSnapshot, ltv: Float64Array): SignalColumns {
  const n = snapshot.core.n;
  const s = snapshot.surveys;
  const csat = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (s.csatResponses[i] > 0) csat[i] = s.csatSatisfied[i] / s.csatResponses[i];
  }
  const expansion = new Float64Array(n);
  for (let i = 0; i < n; i++) expansion[i] = snapshot.core.expansionCount[i];
  // Without any subscription or movement data, expansion history is unknown rather than zero.
  const expansionKnown = snapshot.core.basis !== 'accounts';
  return {
    health: snapshot.core.health,
    nps: s.npsLatest,
    csat,
    usageLevel: snapshot.usage.level,
    usageTrend: snapshot.usage.trend,
    expansion: expansionKnown ? expansion : expansion.fill(NaN),
    ltv,
    friction: snapshot.friction.ticketsPerMonth,
    crc: snapshot.crc.perMonth,
  };
}
