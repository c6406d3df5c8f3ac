import type { ListQuery } from '../../../src-shared/model/lists';
import { useChannel } from '../../api/use-channel';
import { useFormat, useMessages } from '../../i18n/use-i18n';

interface RiskTotalsStripProps {
  query: ListQuery;
  version: number;
  currency: string;
  horizonDays: number;
}

/** What the list's filters keep, summed in the store: accounts, their MRR, the MRR expected to go. */
export function RiskTotalsStrip({ query, version, currency, horizonDays }: RiskTotalsStripProps) {
  const m = useMessages();
  const format = useFormat();
  const totals = useChannel('analysis:risk-totals', { query }, version);
  const t = m.atRisk.totals;
  const days = format.integer(horizonDays);
  const share = totals && totals.mrr > 0 ? totals.expectedLoss / totals.mrr : 0;
  const figures = [
    {
      id: 'accounts',
      label: t.accounts,
      value: totals ? format.integer(totals.accounts) : '…',
      raw: totals?.accounts,
      caption: t.accountsCaption,
    },
    {
      id: 'mrr',
      label: t.mrr,
      value: totals ? format.currency(totals.mrr, currency) : '…',
      raw: totals?.mrr,
      caption: t.mrrCaption,
    },
    {
      id: 'expected-loss',
      label: t.expectedLoss(days),
      value: totals ? format.currency(totals.expectedLoss, currency) : '…',
      raw: totals?.expectedLoss,
      caption: t.expectedLossCaption(format.percent(share)),
    },
  ];
  return (
    <ul className="risk-totals" aria-label={t.label} aria-busy={totals === null}>
      {figures.map((f) => (
        <li
          key={f.id}
          className={`risk-total${f.id === 'expected-loss' ? ' risk-total-loss' : ''}`}
          data-figure={f.id}
          data-value={f.raw ?? ''}
        >
          <span className="risk-total-label">{f.label}</span>
          <span className="risk-total-value">{f.value}</span>
          <span className="risk-total-caption">{f.caption}</span>
        </li>
      ))}
    </ul>
  );
}
