import { useCallback, useEffect, useState } from 'react';
import { signalNames, type AdvocateRow } from '../../../src-shared/model/analysis/score';
import type { AppError } from '../../../src-shared/result';
import { api } from '../../api/client';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AccountLink } from '../AccountLink';
import { TierBadge } from '../TierBadge';
import { useAppStore } from '../../state/store';
import { contributionOption } from './contribution-option';
import { ReferencePanel } from './ReferencePanel';
import { signalValue } from './signal-values';
import './score-explanation.css';

/**
 * Why an account scores as it does: each signal's contribution (they add up to the score), its raw
 * value and percentile, the coverage, the profile used; and the reference actions.
 */
export function ScoreExplanation({ accountId }: { accountId: string | null }) {
  const m = useMessages();
  const format = useFormat();
  const version = useAppStore((state) => state.resultsVersion);
  const summary = useAppStore((state) => state.summary);
  const currency = summary.state === 'ready' ? summary.value.currency : 'USD';
  const profile = summary.state === 'ready' ? summary.value.stamp.profile : null;
  const scored = summary.state === 'ready' ? summary.value.scored : null;
  const [advocate, setAdvocate] = useState<{
    key: string;
    row: AdvocateRow | null;
    error: AppError | null;
  } | null>(null);
  const key = `${accountId ?? ''}#${version}`;
  useEffect(() => {
    if (!accountId) return;
    let current = true;
    void api.invoke('analysis:advocate', { accountId }).then((result) => {
      if (!current) return;
      setAdvocate({
        key,
        row: result.ok ? result.value : null,
        error: result.ok ? null : result.error,
      });
    });
    return () => {
      current = false;
    };
  }, [accountId, key]);
  const row = advocate?.key === key ? advocate.row : null;
  const option = useCallback(
    (palette: ChartPalette) => (row ? contributionOption(row, palette, m, format) : {}),
    [row, m, format],
  );
  const e = m.advocates.explanation;
  if (!accountId) return <p className="muted explanation-empty">{e.empty}</p>;
  if (!row) return <p className="muted explanation-empty">{m.table.loadingRows}</p>;
  const bySignal = new Map(row.contributions.map((c) => [c.signal, c]));
  return (
    <div className="explanation" data-testid="score-explanation" data-account={row.accountId}>
      <div className="explanation-head">
        <div className="explanation-name">
          <AccountLink accountId={row.accountId} name={row.name} />
          <TierBadge tier={row.tier} />
        </div>
        <div className="explanation-score">
          <span className="explanation-score-value" data-testid="explained-score">
            {format.decimal(row.score, 1)}
          </span>
          <span className="explanation-score-rank">
            {e.rank(format.integer(row.rank), format.integer(scored ?? row.rank))}
          </span>
        </div>
      </div>
      <p className="explanation-meta">
        {e.coverage(
          format.percent(row.coverage),
          format.integer(row.signalsPresent),
          format.integer(signalNames.length),
        )}
        {profile && <> · {e.profile(profile)}</>}
      </p>
      <Chart
        title={e.chartTitle}
        description={e.chartDescription}
        summary={e.chartSummary(format.decimal(row.score, 1))}
        minHeight={Math.max(120, row.contributions.length * 26)}
        option={option}
        testId="contribution-chart"
      />
      <table className="signal-table" data-testid="signal-table">
        <thead>
          <tr>
            <th scope="col">{e.signal}</th>
            <th scope="col" className="num">
              {e.value}
            </th>
            <th scope="col" className="num">
              {e.percentile}
            </th>
            <th scope="col" className="num">
              {e.weight}
            </th>
            <th scope="col" className="num">
              {e.contribution}
            </th>
          </tr>
        </thead>
        <tbody>
          {signalNames.map((signal) => {
            const c = bySignal.get(signal);
            return (
              <tr key={signal} className={c ? undefined : 'is-missing'} data-signal={signal}>
                <th scope="row" title={m.signalHints[signal]}>
                  {m.signals[signal]}
                </th>
                {c ? (
                  <>
                    <td className="num">{signalValue(signal, c.value, format, currency)}</td>
                    <td className="num">{format.decimal(c.percentile, 1)}</td>
                    <td className="num">{format.percent(c.weight)}</td>
                    <td className="num" data-contribution={c.contribution}>
                      {format.decimal(c.contribution, 2)}
                    </td>
                  </>
                ) : (
                  <td colSpan={4} className="muted">
                    {e.missing}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {e.total}
            </th>
            <td className="num">{format.decimal(row.score, 2)}</td>
          </tr>
        </tfoot>
      </table>
      <ReferencePanel accountId={row.accountId} name={row.name ?? row.accountId} />
    </div>
  );
}
