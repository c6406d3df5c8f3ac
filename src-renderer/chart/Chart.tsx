import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../i18n/use-i18n';
import { DownloadIcon } from '../icons/ui-icons';
import { useResolvedTheme } from '../theme/use-theme';
import { readChartPalette, type ChartPalette } from './chart-palette';
import { createChart, type ChartInstance, type ChartOption } from './echarts-core';
import { pngFileName, saveDataUrl } from './save-png';
import './chart.css';

interface ChartProps {
  title: string;
  description: string;
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  /** The least height; the chart grows with its container beyond it. */
  minHeight: number;
  /** Builds the option from the theme's colours; keep it stable (useCallback) between renders. */
  option(palette: ChartPalette): ChartOption;
  testId?: string;
}

/**
 * The one chart wrapper: draws an ECharts option in the current theme, follows its container's size,
 * and saves the chart as a PNG. Views build options; they do not style charts themselves.
 */
export function Chart({ title, description, summary, minHeight, option, testId }: ChartProps) {
  const m = useMessages();
  const theme = useResolvedTheme();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const titleId = useId();

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = createChart(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // The theme is part of the dependencies: its colours are read from the document here. Charts
    // stand still for people who asked the system for less motion.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const built = option(readChartPalette());
    chart.current?.setOption(still ? { ...built, animation: false } : built, { notMerge: true });
  }, [option, theme]);

  const savePng = () => {
    const instance = chart.current;
    if (!instance) return;
    const url = instance.getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: readChartPalette().surface,
    });
    saveDataUrl(url, pngFileName(title));
  };

  return (
    <figure className="chart" aria-labelledby={titleId} data-testid={testId}>
      <figcaption className="chart-caption">
        <div>
          <h3 id={titleId} className="chart-title">
            {title}
          </h3>
          <p className="chart-description">{description}</p>
        </div>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={savePng}
          aria-label={m.chart.savePngOf(title)}
        >
          <DownloadIcon />
          <span>{m.chart.savePng}</span>
        </button>
      </figcaption>
      <div
        ref={host}
        className="chart-canvas"
        role="img"
        aria-label={summary}
        style={{ minHeight }}
      />
    </figure>
  );
}
