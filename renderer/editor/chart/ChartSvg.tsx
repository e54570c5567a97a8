import type { ChartScene, SceneItem } from '../../../shared/chart/chartScene';

const WEIGHT = { sans: 400, 'sans-bold': 600 } as const;

/**
 * A chart scene as SVG: the same rectangles, lines and texts, at the same positions in
 * points, as the PDF draws (`app/backend/export/drawChartScene.ts`). The viewBox is the
 * scene in points, so the chart scales with the editor's column.
 */
export function ChartSvg({ scene, label }: { scene: ChartScene; label: string }) {
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${round(scene.width)} ${round(scene.height)}`}
      width="100%"
      role="img"
      aria-label={label}
      style={{ display: 'block', overflow: 'visible' }}
    >
      {scene.items.map((item, i) => (
        <SceneShape key={i} item={item} />
      ))}
    </svg>
  );
}

function SceneShape({ item }: { item: SceneItem }) {
  switch (item.kind) {
    case 'rect':
      return (
        <rect
          x={round(item.x)}
          y={round(item.y)}
          width={round(item.width)}
          height={round(item.height)}
          fill={item.fill}
        />
      );
    case 'line':
      return (
        <line
          x1={round(item.x1)}
          y1={round(item.y1)}
          x2={round(item.x2)}
          y2={round(item.y2)}
          stroke={item.stroke}
          strokeWidth={item.width}
          strokeDasharray={item.dash ? item.dash.join(' ') : undefined}
        />
      );
    case 'polyline':
      return (
        <polyline
          points={item.points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')}
          fill="none"
          stroke={item.stroke}
          strokeWidth={item.width}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      );
    case 'circle':
      return (
        <circle
          cx={round(item.cx)}
          cy={round(item.cy)}
          r={item.r}
          fill={item.fill}
          stroke={item.stroke}
          strokeWidth={item.strokeWidth}
        />
      );
    case 'text':
      return (
        <text
          x={round(item.x)}
          y={round(item.y)}
          fontFamily="Inter"
          fontWeight={WEIGHT[item.face]}
          fontSize={item.size}
          fill={item.color}
          data-role={item.role}
          transform={
            item.rotate ? `rotate(${item.rotate} ${round(item.x)} ${round(item.y)})` : undefined
          }
          style={{ whiteSpace: 'pre', fontKerning: 'none', fontFeatureSettings: '"kern" 0' }}
        >
          {item.text}
        </text>
      );
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
