/** Units of CALC.md section 1: an ISO 4217 currency code, `pct`, `x`, `count`, or empty. */
export function isFactUnit(text: string): boolean {
  return (
    text === '' || text === 'pct' || text === 'x' || text === 'count' || /^[A-Z]{3}$/.test(text)
  );
}

export const FACT_UNIT_RULE = 'a currency code such as USD, pct, x, count, or empty';

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export const ENTITY_KINDS = ['company', 'deal', 'fund', 'segment', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isEntityKind(text: string): text is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(text);
}

/**
 * A fact's value is a finite number: never NaN or ±Infinity. The one rule for every writer
 * (the API, CSV import, `tickmark set`, the Excel link, desk sync): check with this before
 * writing, so a non-finite value can never reach the workspace.
 */
export function isFiniteFactValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A fact value written as text (a CSV cell, a command-line argument): a plain decimal number,
 * optionally with an exponent (`1.25e11`). `problem` completes a sentence naming the text
 * (`"1e400" is too large a number …`).
 */
export function readFactValueText(
  text: string,
): { ok: true; value: number } | { ok: false; problem: string } {
  if (text === '') return { ok: false, problem: 'is empty (it is required)' };
  if (!NUMBER_TEXT.test(text))
    return { ok: false, problem: `${JSON.stringify(text)} is not a number` };
  const value = Number(text);
  if (!isFiniteFactValue(value)) {
    return {
      ok: false,
      problem: `${JSON.stringify(text)} is too large a number (beyond ±1.8e308, not a finite number)`,
    };
  }
  return { ok: true, value };
}
