import { useMessages } from '../../i18n/use-i18n';
import type { ReasonWords } from './risk-reasons';

/** One reason code: its words, with an arrow that says whether it raises or lowers the risk. */
export function ReasonChip({ reason }: { reason: ReasonWords }) {
  const m = useMessages();
  const direction = reason.raises ? m.atRisk.reasons.raises : m.atRisk.reasons.lowers;
  return (
    <span
      className={`reason-chip ${reason.raises ? 'reason-raises' : 'reason-lowers'}`}
      title={direction}
      data-feature={reason.feature}
    >
      <span aria-hidden="true">{reason.raises ? '↑' : '↓'}</span>
      <span className="visually-hidden">{direction}: </span>
      {reason.text}
    </span>
  );
}
