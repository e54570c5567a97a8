import { layoutChart } from '../../../shared/chart/layoutChart';
import type { ChartBlockNode } from '../../../shared/memo/memoTypes';
import { chartAltText } from './chartAltText';
import { drawChartScene } from './drawChartScene';
import type { Box } from './flowTypes';
import type { Frame, LayoutState } from './layoutState';
import { tagStep } from './tagStep';

/**
 * A chart as one unbreakable box: the chart evaluated at this block's path, laid out by the shared
 * layout at the frame's width (the editor draws the same scene as SVG), drawn as vectors.
 */
export function chartBoxes(node: ChartBlockNode, frame: Frame, state: LayoutState): Box[] {
  const evaluated = state.figures.chart(node);
  const scene = layoutChart(evaluated.chart, frame.width);
  const step = tagStep(state, 'Figure', { alt: chartAltText(evaluated.chart) });
  return [
    {
      kind: 'box',
      height: scene.height,
      draw(ctx, top) {
        const bbox: [number, number, number, number] = [
          frame.x,
          top,
          frame.x + frame.width,
          top + scene.height,
        ];
        ctx.tags.content([...(frame.tag ?? []), { ...step, bbox }], () =>
          drawChartScene(ctx.doc, scene, frame.x, top),
        );
      },
    },
  ];
}
