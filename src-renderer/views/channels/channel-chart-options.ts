import type { KmPoint, MonthlyChurnPoint } from '../../../src-shared/model/analysis/retention';
import type { ChartPalette } from '../../chart/chart-palette';
import { themedTooltip, tooltipHtml } from '../../chart/chart-tooltip';
import type { ChartOption } from '../../chart/echarts-core';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { ChannelTableRow } from './channel-rows';

const axisText = (palette: ChartPalette) => ({ color: palette.textMuted, fontSize: 10 });
const base = (palette: ChartPalette) => ({
  animationDuration: 300,
  textStyle: { fontFamily: palette.fontFamily, color: palette.text },
});

/** Each channel's advocate rate as a bar, the baseline's as a line across them. */
export function advocateRateOption(
  rows: readonly ChannelTableRow[],
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const channels = rows.filter((r) => !r.baseline);
  const baseline = rows.find((r) => r.baseline)?.row.advocateRate ?? null;
  return {
    ...base(palette),
    grid: { left: 4, right: 12, top: 16, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: channels.map((r) => r.label),
      axisLabel: { ...axisText(palette), interval: 0, rotate: channels.length > 5 ? 30 : 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...axisText(palette), formatter: (v: number) => format.percent(v) },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      ...themedTooltip(palette),
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = channels[item?.dataIndex ?? -1];
        if (!row) return '';
        return tooltipHtml(row.label, [
          `${m.channels.columns.advocateRate}: ${row.row.advocateRate === null ? m.common.none : format.percent(row.row.advocateRate)}`,
          `${m.channels.columns.customers}: ${format.integer(row.row.customers)}`,
        ]);
      },
    },
    series: [
      {
        type: 'bar',
        name: m.channels.columns.advocateRate,
        data: channels.map((r) => r.row.advocateRate),
        barMaxWidth: 36,
        itemStyle: { color: palette.tiers.champion },
        ...(baseline === null
          ? {}
          : {
              markLine: {
                symbol: 'none',
                silent: true,
                label: { formatter: m.channels.baseline, color: palette.textMuted, fontSize: 10 },
                lineStyle: { color: palette.textMuted, type: 'dashed' },
                data: [{ yAxis: baseline }],
              },
            }),
      },
    ],
  };
}

/** Each channel's two LTV figures side by side. */
export function ltvOption(
  rows: readonly ChannelTableRow[],
  currency: string,
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const h = m.channels.columns;
  return {
    ...base(palette),
    grid: { left: 4, right: 12, top: 26, bottom: 4, containLabel: true },
    legend: {
      top: 0,
      right: 0,
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { color: palette.textMuted, fontSize: 11 },
      data: [h.ltvSbg, h.ltvSimple],
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { ...axisText(palette), interval: 0, rotate: rows.length > 5 ? 30 : 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
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
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      ...themedTooltip(palette),
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = rows[item?.dataIndex ?? -1];
        if (!row) return '';
        const money = (v: number | null) =>
          v === null ? m.common.none : format.currency(v, currency);
        return tooltipHtml(row.label, [
          `${h.ltvSbg}: ${money(row.row.ltvSbg)}`,
          `${h.ltvSimple}: ${money(row.row.ltvSimple)}`,
        ]);
      },
    },
    series: [
      {
        type: 'bar',
        name: h.ltvSbg,
        data: rows.map((r) => r.row.ltvSbg),
        barMaxWidth: 28,
        itemStyle: { color: palette.accent },
      },
      {
        type: 'bar',
        name: h.ltvSimple,
        data: rows.map((r) => r.row.ltvSimple),
        barMaxWidth: 28,
        itemStyle: { color: palette.series[2] ?? palette.textMuted },
      },
    ],
  };
}

/** The curve from month 0, where every customer is still active. */
const fromStart = (km: readonly KmPoint[]) => [
  { t: 0, survival: 1, lower: 1, upper: 1 },
  ...km.map((p) => ({ t: p.t, survival: p.survival, lower: p.lower, upper: p.upper })),
];

/**
 * Kaplan–Meier steps per group, with their 95% bands as shaded areas when asked, and a projected
 * survival curve (an sBG fit, month by month from 0) drawn dashed after them when given.
 */
export function kmOption(
  groups: readonly { label: string; km: readonly KmPoint[] }[],
  bands: boolean,
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
  projection?: { label: string; survival: readonly number[] },
): ChartOption {
  const c = m.channels.charts;
  const color = (k: number) => palette.series[k % palette.series.length] ?? palette.accent;
  const series = groups.flatMap((g, k) => {
    const points = fromStart(g.km);
    const line = {
      type: 'line' as const,
      name: g.label,
      step: 'end' as const,
      showSymbol: false,
      data: points.map((p) => [p.t, p.survival]),
      lineStyle: { color: color(k), width: 2 },
      itemStyle: { color: color(k) },
    };
    if (!bands) return [line];
    const stack = `band-${k}`;
    return [
      line,
      {
        type: 'line' as const,
        name: g.label,
        step: 'end' as const,
        stack,
        silent: true,
        showSymbol: false,
        data: points.map((p) => [p.t, p.lower ?? 0]),
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
      },
      {
        type: 'line' as const,
        name: g.label,
        step: 'end' as const,
        stack,
        silent: true,
        showSymbol: false,
        data: points.map((p) => [p.t, (p.upper ?? p.survival) - (p.lower ?? 0)]),
        lineStyle: { opacity: 0 },
        areaStyle: { color: color(k), opacity: 0.12 },
        tooltip: { show: false },
      },
    ];
  });
  return {
    ...base(palette),
    grid: { left: 4, right: 12, top: 30, bottom: 28, containLabel: true },
    legend: {
      top: 0,
      type: 'scroll',
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { color: palette.textMuted, fontSize: 11 },
      data: [...groups.map((g) => g.label), ...(projection ? [projection.label] : [])],
    },
    xAxis: {
      type: 'value',
      min: 0,
      name: c.monthsAxis,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: axisText(palette),
      axisLabel: axisText(palette),
      splitLine: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { ...axisText(palette), formatter: (v: number) => format.percent(v) },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'axis',
      ...themedTooltip(palette),
      formatter: (params) => {
        const items = (Array.isArray(params) ? params : [params]).filter(
          (p) => (p.seriesIndex ?? 0) % (bands ? 3 : 1) === 0,
        );
        const first = items[0];
        const month = Array.isArray(first?.value) ? Number(first.value[0]) : 0;
        return tooltipHtml(
          `${c.monthsAxis}: ${format.integer(month)}`,
          items.map((p) => {
            const v = Array.isArray(p.value) ? Number(p.value[1]) : 0;
            return `${p.seriesName ?? ''}: ${format.percent(v)}`;
          }),
        );
      },
    },
    series: projection
      ? [
          ...series,
          {
            type: 'line' as const,
            name: projection.label,
            showSymbol: false,
            data: projection.survival.map((v, t) => [t, v]),
            lineStyle: { color: color(0), width: 2, type: 'dashed' as const },
            itemStyle: { color: color(0) },
          },
        ]
      : series,
  };
}

/** A group's monthly churn rate with its six-month average. */
export function monthlyChurnOption(
  months: readonly MonthlyChurnPoint[],
  palette: ChartPalette,
  m: Messages,
  format: Formatters,
): ChartOption {
  const c = m.channels.charts;
  return {
    ...base(palette),
    grid: { left: 4, right: 12, top: 26, bottom: 4, containLabel: true },
    legend: {
      top: 0,
      right: 0,
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { color: palette.textMuted, fontSize: 11 },
      data: [c.rate, c.trailing],
    },
    xAxis: {
      type: 'category',
      data: months.map((p) => p.month),
      axisLabel: axisText(palette),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.gridLine } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { ...axisText(palette), formatter: (v: number) => format.percent(v) },
      splitLine: { lineStyle: { color: palette.gridLine } },
    },
    tooltip: {
      trigger: 'axis',
      ...themedTooltip(palette),
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const point = months[items[0]?.dataIndex ?? -1];
        if (!point) return '';
        return tooltipHtml(point.month, [
          `${c.rate}: ${point.rate === null ? m.common.none : format.percent(point.rate)} (${format.integer(point.churned)} / ${format.integer(point.activeAtStart)})`,
          `${c.trailing}: ${point.trailingSixMonthAverage === null ? m.common.none : format.percent(point.trailingSixMonthAverage)}`,
        ]);
      },
    },
    series: [
      {
        type: 'bar',
        name: c.rate,
        data: months.map((p) => p.rate),
        barMaxWidth: 18,
        itemStyle: { color: palette.negative, opacity: 0.6 },
      },
      {
        type: 'line',
        name: c.trailing,
        data: months.map((p) => p.trailingSixMonthAverage),
        showSymbol: false,
        lineStyle: { color: palette.text, width: 2 },
        itemStyle: { color: palette.text },
      },
    ],
  };
}
