import type { UsageEvent } from '../../../src-shared/model/accounts';
import type { ChartPalette } from '../../chart/chart-palette';
import { themedTooltip, tooltipHtml } from '../../chart/chart-tooltip';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';

/** One usage metric by month, oldest first, as bars. */
export function usageOption(
  months: readonly UsageEvent[],
  metric: string,
  palette: ChartPalette,
  format: Formatters,
): ChartOption {
  const ordered = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const value = (e: UsageEvent) => e.metrics.find((v) => v.metric === metric)?.value ?? null;
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 4, right: 8, top: 8, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: ordered.map((e) => e.month),
      axisLabel: { color: palette.textMuted, fontSize: 10 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        color: palette.textMuted,
        fontSize: 10,
        formatter: (v: number) => format.decimal(v),
      },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'axis',
      ...themedTooltip(palette),
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const event = ordered[items[0]?.dataIndex ?? -1];
        const v = event ? value(event) : null;
        return event
          ? tooltipHtml(event.month, [`${metric}: ${v === null ? '—' : format.decimal(v)}`])
          : '';
      },
    },
    series: [
      {
        type: 'bar',
        name: metric,
        data: ordered.map(value),
        barCategoryGap: '25%',
        itemStyle: { color: palette.series[1] ?? palette.accent },
      },
    ],
  };
}
