import { formatNumber } from '../format/formatNumber';
import { chartProblems } from './chartProblems';
import type { ChartScene, SceneItem, SceneText, SceneTextRole } from './chartScene';
import { chartColors, chartGeometry, chartType } from './chartTheme';
import type { ChartPoint, EvaluatedChart } from './evaluateChart';
import { chartAscent, chartTextWidth, wrapChartText } from './measureChartText';
import { niceTicks } from './niceTicks';

/**
 * Lays a computed chart out into a scene `width` points wide: the one drawing the editor
 * (SVG) and the PDF (pdfkit) both draw. A chart with a YAML issue or a value that failed is
 * laid out as its errors, in its place.
 */
export function layoutChart(chart: EvaluatedChart, width: number): ChartScene {
  const problems = chartProblems(chart, 'chart');
  if (problems.length > 0) return errorScene(chart, problems, width);
  return chart.type === 'range' ? rangeScene(chart, width) : categoryScene(chart, width);
}

type Items = SceneItem[];

function text(
  items: Items,
  role: SceneTextRole,
  value: string,
  x: number,
  y: number,
  align: 'start' | 'middle' | 'end' = 'start',
  color: string = chartColors.body,
): SceneText {
  const { face, size } = chartType[role];
  const w = chartTextWidth(value, face, size);
  const left = align === 'start' ? x : align === 'middle' ? x - w / 2 : x - w;
  const item: SceneText = { kind: 'text', x: left, y, text: value, face, size, color, role };
  items.push(item);
  return item;
}

function widthOf(role: SceneTextRole, value: string): number {
  return chartTextWidth(value, chartType[role].face, chartType[role].size);
}

function ascentOf(role: SceneTextRole): number {
  return chartAscent(chartType[role].face, chartType[role].size) * 0.75;
}

/** The title (wrapped to two lines) and, for several series, a legend; returns the height used. */
function header(items: Items, chart: EvaluatedChart, width: number, legend: string[]): number {
  let y = 0;
  if (chart.title.trim() !== '') {
    const lines = wrapChartText(chart.title, chartType.title.face, chartType.title.size, width, 2);
    lines.forEach((line, i) => {
      text(items, 'title', line, 0, y + ascentOf('title') + 1 + i * 11, 'start', chartColors.ink);
    });
    y += chartGeometry.titleHeight + (lines.length - 1) * 11;
  }
  if (legend.length > 1) {
    let x = 0;
    const base = y + ascentOf('legend') + 1;
    legend.forEach((name, i) => {
      const label = wrapChartText(
        name || `Series ${i + 1}`,
        'sans',
        chartType.legend.size,
        140,
        1,
      )[0]!;
      items.push({
        kind: 'rect',
        x,
        y: base - 6.5,
        width: 7,
        height: 7,
        fill: chartColors.series[i] ?? chartColors.series[0],
      });
      text(items, 'legend', label, x + 10, base, 'start', chartColors.body);
      x += 10 + widthOf('legend', label) + 12;
    });
    y += chartGeometry.legendHeight;
  }
  return y;
}

function tickLabel(chart: EvaluatedChart, value: number): string {
  return formatNumber(value, chart.format, chart.unit);
}

/** Bar and line charts: categories along the bottom, values up the left. */
function categoryScene(chart: EvaluatedChart, width: number): ChartScene {
  const items: Items = [];
  const series = chart.series;
  const top = header(
    items,
    chart,
    width,
    series.map((s) => s.name),
  );
  const numberOf = (p: ChartPoint): number => (p.value.ok ? p.value.value : 0);
  const values = series.flatMap((s) => s.points.map(numberOf));
  const bar = chart.type === 'bar';
  const lo = Math.min(...values, ...(bar ? [0] : []));
  const hi = Math.max(...values, ...(bar ? [0] : []));
  const ticks = niceTicks(lo, hi, 5);
  const tickLabels = ticks.map((t) => tickLabel(chart, t));
  const axisWidth = Math.max(...tickLabels.map((l) => widthOf('axis', l)));
  const plotLeft = axisWidth + 6;
  const plotRight = width - 2;
  const n = Math.max(1, chart.categories.length);
  const band = (plotRight - plotLeft) / n;
  const centre = (i: number): number => plotLeft + band * (i + 0.5);
  const slot = bar ? Math.min(band * 0.72, 56 * series.length) / series.length : band;
  const barWidth = bar ? Math.max(2, slot - (series.length > 1 ? 1.5 : 0)) : 0;
  // Bars too narrow for their labels carry them turned upright, reading upwards.
  const labelWidth = Math.max(
    ...series.flatMap((s) => s.points.map((p) => widthOf('data', p.display))),
  );
  const upright = bar && labelWidth > slot + 2;
  const headroom = upright ? labelWidth + 5 : 12;
  const footroom = lo < 0 ? (upright ? labelWidth + 5 : 11) : 0;
  const plotTop = top + 4;
  const plotBottom = plotTop + chartGeometry.plotHeight;
  const min = ticks[0]!;
  const max = ticks[ticks.length - 1]!;
  // The ticks' span leaves room for the labels above the highest bar and below the lowest.
  const spanTop =
    plotTop + Math.max(0, headroom - (plotBottom - plotTop) * ((max - hi) / (max - min)));
  const spanBottom =
    plotBottom - Math.max(0, footroom - (plotBottom - plotTop) * ((lo - min) / (max - min)));
  const y = (v: number): number => spanBottom - ((v - min) / (max - min)) * (spanBottom - spanTop);

  ticks.forEach((t, i) => {
    const ty = y(t);
    if (t !== 0) {
      items.push({
        kind: 'line',
        x1: plotLeft,
        y1: ty,
        x2: plotRight,
        y2: ty,
        stroke: chartColors.grid,
        width: 0.5,
      });
    }
    text(items, 'axis', tickLabels[i]!, plotLeft - 5, ty + 2.5, 'end', chartColors.muted);
  });

  if (bar) {
    series.forEach((s, si) => {
      const colour = chartColors.series[si] ?? chartColors.series[0];
      s.points.forEach((p, ci) => {
        const v = numberOf(p);
        const x = centre(ci) - (slot * series.length) / 2 + slot * si + (slot - barWidth) / 2;
        const y0 = y(0);
        const y1 = y(v);
        items.push({
          kind: 'rect',
          x,
          y: Math.min(y0, y1),
          width: barWidth,
          height: Math.abs(y1 - y0),
          fill: colour,
        });
        if (upright) {
          const w = widthOf('data', p.display);
          const start = v >= 0 ? y1 - 3 : y1 + 3 + w;
          const label = text(items, 'data', p.display, x + barWidth / 2 + 2.5, start);
          label.rotate = -90;
        } else {
          const labelY = v >= 0 ? y1 - 3 : y1 + ascentOf('data') + 3;
          text(items, 'data', p.display, x + barWidth / 2, labelY, 'middle');
        }
      });
    });
  } else {
    const points = series.map((s) =>
      s.points.map((p, ci): [number, number] => [centre(ci), y(numberOf(p))]),
    );
    series.forEach((s, si) => {
      const colour = chartColors.series[si] ?? chartColors.series[0];
      const line = points[si]!;
      if (line.length > 1)
        items.push({ kind: 'polyline', points: line, stroke: colour, width: 1.6 });
      line.forEach(([cx, cy]) =>
        items.push({
          kind: 'circle',
          cx,
          cy,
          r: 2.4,
          fill: colour,
          stroke: '#ffffff',
          strokeWidth: 0.8,
        }),
      );
    });
    chart.categories.forEach((_, ci) => {
      // The labels of one category, top to bottom, kept at least a line apart.
      const here = series
        .map((s, si) => ({ point: s.points[ci], y: points[si]![ci]?.[1] ?? 0, si }))
        .filter((h) => h.point !== undefined)
        .sort((a, b) => a.y - b.y);
      let previous = -Infinity;
      here.forEach((h, rank) => {
        const own = points[h.si]!;
        const neighbours = [own[ci - 1]?.[1], own[ci + 1]?.[1]].filter((v) => v !== undefined);
        // Above a peak (or the topmost of several), below a trough.
        const above =
          series.length > 1
            ? rank === 0
            : neighbours.every((ny) => ny >= h.y) ||
              (h.y - plotTop > 20 && neighbours.length === 0);
        let base = above ? h.y - 5 : h.y + ascentOf('data') + 5;
        base = Math.max(base, previous + 8);
        previous = base;
        const display = h.point!.display;
        text(items, 'data', display, clampX(centre(ci), display, plotLeft, width), base, 'middle');
      });
    });
  }

  // The zero line (or the axis, when zero is out of range) over the grid.
  const zeroY = min <= 0 && max >= 0 ? y(0) : spanBottom;
  items.push({
    kind: 'line',
    x1: plotLeft,
    y1: zeroY,
    x2: plotRight,
    y2: zeroY,
    stroke: min <= 0 && max >= 0 ? chartColors.zero : chartColors.axis,
    width: 0.8,
  });

  let bottom = plotBottom;
  chart.categories.forEach((category, ci) => {
    const lines = wrapChartText(
      category,
      chartType.category.face,
      chartType.category.size,
      band - 4,
      2,
    );
    lines.forEach((line, li) => {
      const base = plotBottom + 11 + li * chartGeometry.categoryLeading;
      text(items, 'category', line, centre(ci), base, 'middle', chartColors.muted);
      bottom = Math.max(bottom, base + 3);
    });
  });
  return { width, height: Math.ceil(bottom + 2), items };
}

/** Keeps a centred label of a point near the edge inside the chart. */
function clampX(cx: number, label: string, left: number, right: number): number {
  const half = widthOf('data', label) / 2;
  return Math.min(right - half, Math.max(left + half, cx));
}

/** A football field: a bar from low to high per row, the marker as a dashed line. */
function rangeScene(chart: EvaluatedChart, width: number): ChartScene {
  const items: Items = [];
  const top = header(items, chart, width, []);
  const num = (p: ChartPoint): number => (p.value.ok ? p.value.value : 0);
  const lows = chart.rows.map((r) => Math.min(num(r.low), num(r.high)));
  const highs = chart.rows.map((r) => Math.max(num(r.low), num(r.high)));
  const markerValue = chart.marker ? num(chart.marker.point) : null;
  const all = [...lows, ...highs, ...(markerValue === null ? [] : [markerValue])];
  const ticks = niceTicks(Math.min(...all), Math.max(...all), 5);
  const labelColumn = Math.min(
    width * 0.3,
    Math.max(40, ...chart.rows.map((r) => widthOf('rowLabel', r.label) + 8)),
  );
  const lowWidth = Math.max(...chart.rows.map((r) => widthOf('data', r.low.display)));
  const highWidth = Math.max(...chart.rows.map((r) => widthOf('data', r.high.display)));
  const plotLeft = labelColumn + lowWidth + 8;
  const plotRight = width - highWidth - 8;
  const markerRoom = chart.marker ? 14 : 4;
  const plotTop = top + markerRoom;
  const rowHeight = chartGeometry.rowHeight;
  const plotBottom = plotTop + rowHeight * chart.rows.length;
  const min = ticks[0]!;
  const max = ticks[ticks.length - 1]!;
  const x = (v: number): number => plotLeft + ((v - min) / (max - min)) * (plotRight - plotLeft);

  ticks.forEach((t) => {
    const tx = x(t);
    items.push({
      kind: 'line',
      x1: tx,
      y1: plotTop,
      x2: tx,
      y2: plotBottom,
      stroke: chartColors.grid,
      width: 0.5,
    });
    text(items, 'axis', tickLabel(chart, t), tx, plotBottom + 10, 'middle', chartColors.muted);
  });
  if (min < 0 && max > 0) {
    items.push({
      kind: 'line',
      x1: x(0),
      y1: plotTop,
      x2: x(0),
      y2: plotBottom,
      stroke: chartColors.zero,
      width: 0.8,
    });
  }
  items.push({
    kind: 'line',
    x1: plotLeft,
    y1: plotBottom,
    x2: plotRight,
    y2: plotBottom,
    stroke: chartColors.axis,
    width: 0.6,
  });

  chart.rows.forEach((row, i) => {
    const rowTop = plotTop + i * rowHeight;
    const mid = rowTop + rowHeight / 2;
    const barTop = mid - chartGeometry.rangeBarHeight / 2;
    const x0 = x(lows[i]!);
    const x1 = x(highs[i]!);
    const lines = wrapChartText(
      row.label,
      chartType.rowLabel.face,
      chartType.rowLabel.size,
      labelColumn - 8,
      2,
    );
    lines.forEach((line, li) => {
      const base = mid + 2.7 + (li - (lines.length - 1) / 2) * 8.5;
      text(items, 'rowLabel', line, 0, base, 'start', chartColors.ink);
    });
    items.push({
      kind: 'rect',
      x: x0,
      y: barTop,
      width: Math.max(1, x1 - x0),
      height: chartGeometry.rangeBarHeight,
      fill: chartColors.series[0],
    });
    const [lowPoint, highPoint] =
      num(row.low) <= num(row.high) ? [row.low, row.high] : [row.high, row.low];
    text(items, 'data', lowPoint.display, x0 - 4, mid + 2.5, 'end');
    text(items, 'data', highPoint.display, x1 + 4, mid + 2.5, 'start');
  });

  if (chart.marker && markerValue !== null) {
    const mx = x(markerValue);
    items.push({
      kind: 'line',
      x1: mx,
      y1: plotTop - 3,
      x2: mx,
      y2: plotBottom,
      stroke: chartColors.marker,
      width: 1,
      dash: [3, 2],
    });
    const label = `${chart.marker.label} ${chart.marker.point.display}`.trim();
    const half = widthOf('marker', label) / 2;
    const lx = Math.min(width - half, Math.max(half, mx));
    text(items, 'marker', label, lx, plotTop - 5, 'middle', chartColors.marker);
  }
  return { width, height: Math.ceil(plotBottom + 15), items };
}

/** A chart that cannot be drawn: a panel listing what is wrong, where, in its place. */
function errorScene(
  chart: EvaluatedChart,
  problems: { place: string; message: string }[],
  width: number,
): ChartScene {
  const items: Items = [];
  const pad = 8;
  const lines: string[] = [];
  const heading = chart.title.trim() === '' ? 'Chart error' : `Chart error: ${chart.title.trim()}`;
  for (const problem of problems.slice(0, 4)) {
    const where = problem.place.replace(/^chart, /, '');
    lines.push(
      ...wrapChartText(
        `${where}: ${problem.message}`,
        'sans',
        chartType.error.size,
        width - 2 * pad,
        3,
      ),
    );
  }
  if (problems.length > 4) lines.push(`and ${problems.length - 4} more`);
  const height = pad * 2 + 12 + lines.length * 10;
  items.push({ kind: 'rect', x: 0, y: 0, width, height, fill: chartColors.errorPanel });
  items.push({ kind: 'rect', x: 0, y: 0, width: 2, height, fill: chartColors.error });
  text(items, 'title', heading, pad, pad + 7, 'start', chartColors.error);
  lines.forEach((line, i) =>
    text(items, 'error', line, pad, pad + 20 + i * 10, 'start', chartColors.body),
  );
  return { width, height, items };
}
