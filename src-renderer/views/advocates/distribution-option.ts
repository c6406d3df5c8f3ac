import { tierNames, type ScoreDistribution } from '../../../src-shared/model/analysis/score';
import type { ChartPalette } from '../../chart/chart-palette';
import { themedTooltip, tooltipHtml } from '../../chart/chart-tooltip';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

/** Accounts per five-point band of the score, stacked by tier in the tiers' colours. */
export function distributionOption(
  distribution: ScoreDistribution,
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const labels = distribution.bands.map((b) => `${b.from}–${b.from + distribution.bandWidth}`);
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 4, right: 8, top: 26, bottom: 4, containLabel: true },
    legend: {
      top: 0,
      right: 0,
      itemWidth: 10,
      itemHeight: 10,
      itemGap: 8,
      textStyle: { color: palette.textMuted, fontSize: 11 },
      data: tierNames.map((t) => m.tiers[t]),
    },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { color: palette.textMuted, fontSize: 10, interval: 3 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: palette.textMuted, formatter: (v: number) => format.integer(v) },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      ...themedTooltip(palette),
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const index = items[0]?.dataIndex ?? 0;
        const band = distribution.bands[index];
        if (!band) return '';
        return tooltipHtml(
          `${m.advocates.distribution.axis} ${labels[index] ?? ''}`,
          tierNames
            .filter((t) => band.counts[t] > 0)
            .map((t) => `${m.tiers[t]}: ${format.integer(band.counts[t])}`),
        );
      },
    },
    series: tierNames.map((tier) => ({
      type: 'bar' as const,
      name: m.tiers[tier],
      stack: 'tiers',
      barCategoryGap: '12%',
      itemStyle: { color: palette.tiers[tier] },
      emphasis: { focus: 'series' as const },
      data: distribution.bands.map((b) => b.counts[tier]),
    })),
  };
}
