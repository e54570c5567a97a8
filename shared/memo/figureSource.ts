/**
 * A figure as memo Markdown writes it: `{{ expr }}` or `{{ expr | format }}`. An expression
 * that holds a `|` gets an explicit (empty) format, `{{ a | b | }}`, since the last `|` is
 * the one that starts the format.
 */
export function figureSource(expr: string, format: string): string {
  if (format !== '') return `{{ ${expr} | ${format} }}`;
  if (expr.includes('|')) return `{{ ${expr} | }}`;
  return expr === '' ? '{{ }}' : `{{ ${expr} }}`;
}

/** The expression and format of a figure's inner text (between `{{` and `}}`). */
export function splitFigureSource(inner: string): { expr: string; format: string } {
  const bar = inner.lastIndexOf('|');
  if (bar < 0) return { expr: inner.trim(), format: '' };
  return { expr: inner.slice(0, bar).trim(), format: inner.slice(bar + 1).trim() };
}
