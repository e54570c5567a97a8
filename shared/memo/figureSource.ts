import { figureKey, splitFigureKey } from '../calc/figureKey';

/**
 * A figure as memo Markdown writes it: `{{ expr }}`, `{{ expr | format }}`, and with a
 * scenario `{{ expr @bull | format }}` (CALC.md section 6). An expression that holds a `|`
 * gets an explicit (empty) format, `{{ a | b | }}`, since the last `|` is the one that
 * starts the format.
 */
export function figureSource(expr: string, format: string, scenario?: string): string {
  const key = figureKey(expr, scenario);
  if (format !== '') return `{{ ${key} | ${format} }}`;
  if (expr.includes('|')) return `{{ ${key} | }}`;
  return key === '' ? '{{ }}' : `{{ ${key} }}`;
}

/** The expression, scenario (absent: none named) and format of a figure's inner text (between `{{` and `}}`). */
export function splitFigureSource(inner: string): {
  expr: string;
  format: string;
  scenario?: string;
} {
  const bar = inner.lastIndexOf('|');
  const head = bar < 0 ? inner : inner.slice(0, bar);
  const format = bar < 0 ? '' : inner.slice(bar + 1).trim();
  const { expr, scenario } = splitFigureKey(head.trim());
  return scenario === null ? { expr, format } : { expr, format, scenario };
}
