import type { AdvocateRow } from '../../../src-shared/model/analysis/score';
import type { ChartPalette } from '../../chart/chart-palette';
import { themedTooltip, tooltipHtml } from '../../chart/chart-tooltip';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

/**
 * Each signal's points, as horizontal bars that add up to the score: percentile × normalised
 * weight. Signals the account lacks carry no weight and are not drawn.
 */
export function contributionOption(
  advocate: AdvocateRow,
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const rows = [...advocate.contributions].sort((a, b) => b.contribution - a.contribution);
  const e = m.advocates.explanation;
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 8, right: 48, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', show: false, max: Math.max(1, ...rows.map((r) => r.contribution)) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => m.signals[r.signal]),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: palette.text, fontSize: 12 },
    },
    tooltip: {
      trigger: 'item',
      ...themedTooltip(palette),
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = item ? rows[item.dataIndex] : undefined;
        if (!row) return '';
        return tooltipHtml(m.signals[row.signal], [
          `${e.percentile}: ${format.decimal(row.percentile)}`,
          `${e.weight}: ${format.percent(row.weight)}`,
          `${e.contribution}: ${format.decimal(row.contribution, 2)}`,
        ]);
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        data: rows.map((r) => r.contribution),
        itemStyle: { color: palette.accent, borderRadius: 3 },
        label: {
          show: true,
          position: 'right',
          color: palette.textMuted,
          fontSize: 11,
          formatter: (p) => format.decimal(Number(p.value), 1),
        },
      },
    ],
  };
}
