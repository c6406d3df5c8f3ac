import type { RiskCalibrationBand } from '../../../src-shared/model/analysis/risk';
import type { ChartPalette } from '../../chart/chart-palette';
import { themedTooltip, tooltipHtml } from '../../chart/chart-tooltip';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

/**
 * Predicted against observed churn per band of held-out accounts, on equal axes, with the
 * diagonal a perfectly calibrated model would follow. Both axes reach the largest value shown,
 * so a model that predicts little churn is not drawn in a corner.
 */
export function calibrationOption(
  bands: readonly RiskCalibrationBand[],
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const t = m.atRisk.model;
  const top = Math.max(0.05, ...bands.flatMap((b) => [b.predicted, b.observed]));
  const max = Math.min(1, Math.ceil(top * 20) / 20);
  const axis = (name: string) => ({
    type: 'value' as const,
    min: 0,
    max,
    name,
    nameLocation: 'middle' as const,
    nameGap: 30,
    nameTextStyle: { color: palette.textMuted, fontSize: 11 },
    axisLabel: {
      color: palette.textMuted,
      fontSize: 10,
      formatter: (v: number) => format.percent(v),
    },
    splitLine: { lineStyle: { color: palette.gridLine } },
    axisLine: { lineStyle: { color: palette.gridLine } },
  });
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 46, right: 12, top: 28, bottom: 40 },
    legend: {
      top: 0,
      right: 0,
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { color: palette.textMuted, fontSize: 11 },
      data: [t.observed, t.perfect],
    },
    xAxis: axis(t.predicted),
    yAxis: axis(t.observed),
    tooltip: {
      trigger: 'item',
      ...themedTooltip(palette),
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const band = item && item.seriesIndex === 0 ? bands[item.dataIndex] : undefined;
        if (!band) return '';
        return tooltipHtml(t.band(format.integer(band.count)), [
          `${t.predicted}: ${format.percent(band.predicted)}`,
          `${t.observed}: ${format.percent(band.observed)}`,
        ]);
      },
    },
    series: [
      {
        type: 'line',
        name: t.observed,
        data: bands.map((b) => [b.predicted, b.observed]),
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { color: palette.accent, width: 2 },
        itemStyle: { color: palette.accent },
      },
      {
        type: 'line',
        name: t.perfect,
        data: [
          [0, 0],
          [max, max],
        ],
        symbol: 'none',
        silent: true,
        lineStyle: { color: palette.textMuted, type: 'dashed', width: 1 },
        itemStyle: { color: palette.textMuted },
      },
    ],
  };
}
