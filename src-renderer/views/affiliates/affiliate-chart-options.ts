import type { ChartPalette } from '../../chart/chart-palette';
import { themedTooltip, tooltipHtml } from '../../chart/chart-tooltip';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import { gradeColor, type PartnerTableRow } from './partner-rows';

const axisText = (palette: ChartPalette) => ({ color: palette.textMuted, fontSize: 10 });

/** Partners ranked by ROI, each bar in its grade's colour. */
export function roiOption(
  rows: readonly PartnerTableRow[],
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const ranked = rows
    .filter((r) => r.partner && r.partner.roi !== null)
    .sort((a, b) => (b.partner?.roi ?? 0) - (a.partner?.roi ?? 0));
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 4, right: 16, top: 8, bottom: 4, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { ...axisText(palette), formatter: (v: number) => format.percent(v) },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((r) => r.label),
      axisLabel: { ...axisText(palette), width: 120, overflow: 'truncate' },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      ...themedTooltip(palette),
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = ranked[item?.dataIndex ?? -1];
        if (!row?.partner) return '';
        return tooltipHtml(row.label, [
          `${m.affiliates.columns.roi}: ${format.percent(row.partner.roi ?? 0)}`,
          `${m.affiliates.columns.grade}: ${row.partner.qualityGrade}`,
          row.partner.gradeReason,
        ]);
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: ranked.map((r) => ({
          value: r.partner?.roi ?? 0,
          itemStyle: { color: gradeColor(r.partner?.qualityGrade ?? 'insufficient data', palette) },
        })),
      },
    ],
  };
}

/** LTV per customer against monthly churn, a bubble per partner sized by its customers. */
export function bubbleOption(
  rows: readonly PartnerTableRow[],
  currency: string,
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const c = m.affiliates.charts;
  const plotted = rows.filter((r) => r.row.ltvSbg !== null && r.row.trailingSixMonthChurn !== null);
  const largest = Math.max(1, ...plotted.map((r) => r.row.customers));
  const size = (n: number) => 8 + 30 * Math.sqrt(n / largest);
  const point = (r: PartnerTableRow) => [
    r.row.trailingSixMonthChurn ?? 0,
    r.row.ltvSbg ?? 0,
    r.row.customers,
  ];
  const partners = plotted.filter((r) => r.partner);
  const baseline = plotted.filter((r) => !r.partner);
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.fontFamily, color: palette.text },
    grid: { left: 8, right: 16, top: 12, bottom: 30, containLabel: true },
    xAxis: {
      type: 'value',
      name: c.churnAxis,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: axisText(palette),
      axisLabel: { ...axisText(palette), formatter: (v: number) => format.percent(v) },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        ...axisText(palette),
        formatter: (v: number) => format.compactCurrency(v, currency),
      },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'item',
      ...themedTooltip(palette),
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = (item?.seriesIndex === 0 ? partners : baseline)[item?.dataIndex ?? -1];
        if (!row) return '';
        return tooltipHtml(row.label, [
          `${c.ltvAxis}: ${format.currency(row.row.ltvSbg ?? 0, currency)}`,
          `${c.churnAxis}: ${format.percent(row.row.trailingSixMonthChurn ?? 0)}`,
          `${m.channels.columns.customers}: ${format.integer(row.row.customers)}`,
        ]);
      },
    },
    series: [
      {
        type: 'scatter',
        data: partners.map(point),
        symbolSize: (v: number[]) => size(v[2] ?? 0),
        itemStyle: {
          color: (p: { dataIndex: number }) =>
            gradeColor(
              partners[p.dataIndex]?.partner?.qualityGrade ?? 'insufficient data',
              palette,
            ),
          opacity: 0.75,
        },
      },
      {
        type: 'scatter',
        data: baseline.map(point),
        symbol: 'diamond',
        symbolSize: 16,
        itemStyle: { color: palette.text },
        label: {
          show: true,
          position: 'right',
          formatter: m.affiliates.baseline,
          color: palette.textMuted,
          fontSize: 10,
        },
      },
    ],
  };
}
