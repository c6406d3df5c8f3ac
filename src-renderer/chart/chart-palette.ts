/** The theme's colours for charts, read from the same CSS variables as everything else. */
export interface ChartPalette {
  text: string;
  textMuted: string;
  gridLine: string;
  surface: string;
  track: string;
  series: readonly string[];
  /** The tiers' colours, the same as their badges. */
  tiers: { champion: string; advocate: string; neutral: string; at_risk: string };
  positive: string;
  negative: string;
  accent: string;
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
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((k) => read(`--chart-${k}`)),
    tiers: {
      champion: read('--tier-champion'),
      advocate: read('--tier-advocate'),
      neutral: read('--tier-neutral'),
      at_risk: read('--tier-at-risk'),
    },
    positive: read('--positive'),
    negative: read('--negative'),
    accent: read('--accent'),
    warning: read('--warning'),
    tooltipBackground: read('--surface-raised'),
    tooltipBorder: read('--border-strong'),
    fontFamily: getComputedStyle(document.body).fontFamily,
  };
}
