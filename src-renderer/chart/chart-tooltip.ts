import type { ChartPalette } from './chart-palette';

/** Text safe to put into a tooltip's markup. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A tooltip in the theme's colours; its markup uses classes only (the CSP refuses inline styles). */
export const themedTooltip = (palette: ChartPalette) => ({
  backgroundColor: palette.tooltipBackground,
  borderColor: palette.tooltipBorder,
  textStyle: { color: palette.text, fontFamily: palette.fontFamily, fontSize: 12 },
});

/** A tooltip's body: a title and lines of text. */
export const tooltipHtml = (title: string, lines: readonly string[]) =>
  `<div class="chart-tip"><strong>${escapeHtml(title)}</strong>${lines
    .map((line) => `<span>${escapeHtml(line)}</span>`)
    .join('')}</div>`;
