import type { Fact } from '../calc/calcTypes';
import { isIdentifier } from '../calc/identifiers';
import { isIsoDate } from '../calc/isIsoDate';
import { isPeriod } from '../calc/periods';
import { isCurrencyUnit } from '../format/currencyPrefix';

export { isIsoDate } from '../calc/isIsoDate';

/**
 * THE rules of a fact's fields (CALC.md section 1), read by the zod contract, the backend's
 * writers (API, CSV import, `tickmark set`, links, desk sync) and the data grid, so each field
 * is refused in one wording everywhere.
 */

/** A fact's fields as a write sets them: shared/calc's `Fact` with its scenario and a note. */
export type FactFieldValues = Omit<Fact, 'note'> & { scenario: string; note: string };
export type FactFieldName = keyof FactFieldValues;

/** Units of CALC.md section 1: an ISO 4217 currency code, `pct`, `x`, `count`, or empty. */
export function isFactUnit(text: string): boolean {
  return text === '' || text === 'pct' || text === 'x' || text === 'count' || isCurrencyUnit(text);
}

export const FACT_UNIT_RULE = 'a currency code such as USD, pct, x, count, or empty';
export const IDENTIFIER_RULE = 'a letter, then letters, digits or _';
export const PERIOD_RULE = 'FY2025, CY2025, H1_2025, Q3_2025, LTM or D2025_09_30';

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

/** A scenario's name: '' (the base case) or an identifier. */
export function isScenarioName(text: string): boolean {
  return text === '' || isIdentifier(text);
}

/**
 * Why `value` is not acceptable for `field`, or null when it is: one sentence naming the value,
 * no trailing period (`"2025" is not a period (FY2025, …)`), so callers can say where first.
 */
export function factFieldProblem(field: FactFieldName | 'kind', value: unknown): string | null {
  const text = typeof value === 'string' ? value : null;
  switch (field) {
    case 'entity':
    case 'metric':
      return text !== null && isIdentifier(text)
        ? null
        : `${quote(value)} is not an identifier (${IDENTIFIER_RULE})`;
    case 'scenario':
      return text !== null && isScenarioName(text)
        ? null
        : `${quote(value)} is not a scenario name (an identifier, or empty for the base case)`;
    case 'period':
      return text !== null && isPeriod(text)
        ? null
        : `${quote(value)} is not a period (${PERIOD_RULE})`;
    case 'value':
      return isFiniteFactValue(value) ? null : `${quote(value)} is not a finite number`;
    case 'unit':
      return text !== null && isFactUnit(text)
        ? null
        : `${quote(value)} is not a unit (${FACT_UNIT_RULE})`;
    case 'asOf':
      return value === null || (text !== null && isIsoDate(text))
        ? null
        : `${quote(value)} is not a date written YYYY-MM-DD`;
    case 'kind':
      return text !== null && isEntityKind(text)
        ? null
        : `${quote(value)} is not a kind (${ENTITY_KINDS.slice(0, -1).join(', ')} or ${ENTITY_KINDS.at(-1)})`;
    case 'source':
    case 'note':
      return text !== null ? null : `${quote(value)} is not text`;
  }
}

/** What a required field that was left empty is told. */
export const REQUIRED_PROBLEM = 'is empty (it is required)';

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
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
  if (text === '') return { ok: false, problem: REQUIRED_PROBLEM };
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
