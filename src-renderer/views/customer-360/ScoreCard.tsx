import { useCallback } from 'react';
import type { ScorePoint } from '../../../src-shared/model/accounts';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { ScoreExplanation } from '../../results/score/ScoreExplanation';
import { scoreHistoryOption } from './score-history-option';

/** The account's advocate score with its explanation, and how the score moved run by run. */
export function ScoreCard({ accountId, history }: { accountId: string; history: ScorePoint[] }) {
  const m = useMessages();
  const format = useFormat();
  const s = m.customer360.score;
  const option = useCallback(
    (palette: ChartPalette) => scoreHistoryOption(history, palette, m, format),
    [history, m, format],
  );
  return (
    <section className="card c360-score" aria-label={s.title} data-testid="c360-score">
      <h3 className="card-title">{s.title}</h3>
      <ScoreExplanation accountId={accountId} />
      <div
        className="c360-score-history"
        data-testid="c360-score-history"
        data-points={history.length}
      >
        {history.length > 1 ? (
          <Chart
            title={s.history}
            description={s.historyDescription}
            summary={s.historySummary(format.integer(history.length))}
            minHeight={140}
            option={option}
            testId="c360-score-chart"
          />
        ) : (
          history.length === 1 && <p className="muted">{s.historyEmpty}</p>
        )}
      </div>
    </section>
  );
}
