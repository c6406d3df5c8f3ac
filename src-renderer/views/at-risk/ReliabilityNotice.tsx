import type { RiskModelSummary } from '../../../src-shared/model/analysis/risk';
import {
  CONFIDENT_CHURNERS,
  RELIABLE_AUC,
  riskDoubts,
  riskModelReliable,
} from '../../../src-shared/model/analysis/risk-reliability';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AlertIcon } from '../../icons/ui-icons';

/**
 * Says, above the list, when the model's ranking is not to be acted on (an AUC near guessing or
 * never measured), or when it learned from too few churners to trust its coefficients.
 */
export function ReliabilityNotice({ model }: { model: RiskModelSummary }) {
  const m = useMessages();
  const format = useFormat();
  const doubts = riskDoubts(model);
  if (doubts.length === 0) return null;
  const r = m.atRisk.reliability;
  const reliable = riskModelReliable(model);
  const lines = doubts.map((doubt) =>
    doubt === 'weak-auc'
      ? r.weakAuc(format.decimal(model.heldOutAuc ?? 0, 3), format.decimal(RELIABLE_AUC, 1))
      : doubt === 'no-auc'
        ? r.noAuc
        : r.fewChurners(format.integer(model.trainingChurners), format.integer(CONFIDENT_CHURNERS)),
  );
  return (
    <div
      className="notice notice-warning risk-reliability"
      role="status"
      data-testid="risk-reliability"
    >
      <span className="notice-icon">
        <AlertIcon />
      </span>
      <div className="notice-body">
        <p className="notice-title">{reliable ? r.cautionTitle : r.title}</p>
        {lines.map((line) => (
          <p key={line} className="notice-detail">
            {line}
          </p>
        ))}
        {!reliable && <p className="notice-detail">{r.advice}</p>}
      </div>
    </div>
  );
}
