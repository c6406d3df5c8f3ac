/** The theme's colours for charts, read from the same CSS variables as everything else. */
export interface ChartPalette {
  text: string;
  textMuted: string;
  gridLine: string;
  surface: string;
  track: string;
  series: readonly string[];
  warning: string;
  tooltipBackground: string;
  tooltipBorder: string;
  fontFamily: string;
}

export function readChartPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: read('--text'),
    textMuted: read('--text-muted'),
    gridLine: read('--border'),
    surface: read('--surface'),
    track: read('--chart-track'),
    series: [read('--chart-1'), read('--chart-2'), read('--chart-3'), read('--chart-4')],
    warning: read('--warning'),
    tooltipBackground: read('--surface-raised'),
    tooltipBorder: read('--border-strong'),
    fontFamily: getComputedStyle(document.body).fontFamily,
  };
}
