import type { ChartPalette } from '../../chart/chart-palette';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { ReachBar } from './coverage-rows';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Horizontal bars of account reach per source, widest at the top, in the theme's colours. */
export function reachChartOption(
  bars: readonly ReachBar[],
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const labels = bars.map((bar) => m.sources[bar.kind]);
  const accent = palette.series[0] ?? palette.text;
  return {
    animationDuration: 400,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 8, right: 56, top: 4, bottom: 28, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      axisLabel: { color: palette.textMuted, formatter: (value: number) => format.percent(value) },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: palette.text, fontSize: 12, margin: 12 },
    },
    tooltip: {
      trigger: 'item',
      backgroundColor: palette.tooltipBackground,
      borderColor: palette.tooltipBorder,
      textStyle: { color: palette.text, fontFamily: palette.fontFamily, fontSize: 12 },
      // Markup with classes only: the content security policy refuses inline style attributes.
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const bar = item ? bars[item.dataIndex] : undefined;
        if (!bar) return '';
        return `<div class="chart-tip"><strong>${escapeHtml(m.sources[bar.kind])}</strong><span>${escapeHtml(
          m.coverage.chart.tooltip(format.integer(bar.accounts), format.percent(bar.share)),
        )}</span></div>`;
      },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((bar) => bar.share),
        barMaxWidth: 16,
        showBackground: true,
        backgroundStyle: { color: palette.track, borderRadius: 4 },
        itemStyle: { color: accent, borderRadius: 4 },
        label: {
          show: true,
          position: 'right',
          color: palette.textMuted,
          fontSize: 12,
          formatter: (params) => format.percent(Number(params.value)),
        },
      },
    ],
  };
}
