import type { EvaluatedChart } from '../../../shared/chart/evaluateChart';

/**
 * A chart's alternative text for the tagged PDF: its kind and title, then every value as the
 * chart labels it, so a screen reader gets what a sighted reader sees.
 */
export function chartAltText(chart: EvaluatedChart): string {
  const parts: string[] = [`${chart.type} chart${chart.title ? `: ${chart.title}` : ''}.`];
  for (const series of chart.series) {
    const values = series.points.map((p, i) => {
      const category = chart.categories[i];
      return category ? `${category} ${p.display}` : p.display;
    });
    parts.push(`${series.name ? `${series.name}: ` : ''}${values.join(', ')}.`);
  }
  for (const row of chart.rows)
    parts.push(`${row.label}: ${row.low.display} to ${row.high.display}.`);
  if (chart.marker) parts.push(`${chart.marker.label}: ${chart.marker.point.display}.`);
  return parts.join(' ');
}
