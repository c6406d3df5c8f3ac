import { useCallback } from 'react';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import type { ReachBar } from './coverage-rows';
import { reachChartOption } from './reach-chart-option';

/** How far each source reaches across the accounts. */
export function ReachChart({ bars }: { bars: readonly ReachBar[] }) {
  const m = useMessages();
  const format = useFormat();
  const option = useCallback(
    (palette: ChartPalette) => reachChartOption(bars, palette, m, format),
    [bars, m, format],
  );
  const summary = bars
    .map((bar) => `${m.sources[bar.kind]} ${format.percent(bar.share)}`)
    .join(', ');
  return (
    <Chart
      testId="reach-chart"
      title={m.coverage.chart.title}
      description={m.coverage.chart.description}
      summary={`${m.coverage.chart.title}: ${summary}`}
      minHeight={Math.max(200, bars.length * 30 + 36)}
      option={option}
    />
  );
}
