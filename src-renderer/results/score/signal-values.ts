import type { SignalName } from '../../../src-shared/model/analysis/score';
import type { Formatters } from '../../i18n/format';

/** A signal's raw value as the analyst reads it: NPS as given, shares as percentages, money as money. */
export function signalValue(
  signal: SignalName,
  value: number,
  format: Formatters,
  currency: string,
): string {
  if (!Number.isFinite(value)) return '—';
  switch (signal) {
    case 'csat':
      return format.percent(value);
    case 'usageTrend':
      return `${value > 0 ? '+' : ''}${format.percent(value)}`;
    case 'expansion':
      return format.integer(value);
    case 'ltv':
      return format.currency(value, currency);
    case 'crc':
      return format.currency(value, currency);
    case 'friction':
      return format.decimal(value, 2);
    default:
      return format.decimal(value, 1);
  }
}
