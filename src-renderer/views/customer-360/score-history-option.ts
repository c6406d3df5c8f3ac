import type { ScorePoint } from '../../../src-shared/model/accounts';
import type { ChartPalette } from '../../chart/chart-palette';
import { themedTooltip, tooltipHtml } from '../../chart/chart-tooltip';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

/** The advocate score at each analysis run that moved it, oldest first, on a 0–100 scale. */
export function scoreHistoryOption(
  points: readonly ScorePoint[],
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const s = m.customer360.score;
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 4, right: 12, top: 12, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: points.map((p) => format.shortDateTime(p.recordedAt)),
      axisLabel: { color: palette.textMuted, fontSize: 10 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { color: palette.textMuted, fontSize: 10 },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'axis',
      ...themedTooltip(palette),
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const point = points[items[0]?.dataIndex ?? -1];
        if (!point) return '';
        return tooltipHtml(format.shortDateTime(point.recordedAt), [
          `${s.score}: ${format.decimal(point.score, 1)} (${m.tiers[point.tier]})`,
          s.asOf(format.date(point.asOf)),
          point.profile,
        ]);
      },
    },
    series: [
      {
        type: 'line',
        name: s.score,
        data: points.map((p) => p.score),
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { color: palette.accent, width: 2 },
        itemStyle: { color: palette.accent },
      },
    ],
  };
}
