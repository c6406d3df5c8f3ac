import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerParts, type ComposeOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the views use are bundled. A view that needs another chart type adds it here.
registerParts([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption
>;

export type ChartInstance = EChartsType;

/** Canvas rendering: it sets no inline style attributes, which the content security policy forbids. */
export const createChart = (host: HTMLElement): ChartInstance =>
  init(host, null, { renderer: 'canvas' });
