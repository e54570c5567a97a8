/**
 * A figure as the engines key it: its expression, and the scenario it names (`@bull`), if any.
 * The key is the text Markdown writes between the braces before the format: `irr` or
 * `irr @bull`. `@` is no part of the expression language, so the split is unambiguous.
 */
export interface FigureRef {
  expr: string;
  /** The scenario the figure names; null: whichever scenario the memo is shown in. */
  scenario: string | null;
}

const SCENARIO_SUFFIX = /^(.*?)\s*@\s*([A-Za-z][A-Za-z0-9_]*)$/s;

export function figureKey(expr: string, scenario: string | null | undefined): string {
  return scenario ? `${expr} @${scenario}` : expr;
}

/** Splits `irr @bull` into expression and scenario; text without a trailing `@name` has none. */
export function splitFigureKey(key: string): FigureRef {
  const match = SCENARIO_SUFFIX.exec(key);
  if (!match) return { expr: key, scenario: null };
  return { expr: match[1]!.trim(), scenario: match[2]! };
}
