import { isIdentifier } from '../../../shared/calc/identifiers';
import { isPeriod } from '../../../shared/calc/periods';
import { parseFactValue, type Parsed } from './parseFactValue';

/** The editable fields of a fact, as the grid names its columns. */
export type FactField =
  | 'entity'
  | 'metric'
  | 'period'
  | 'value'
  | 'unit'
  | 'source'
  | 'asOf'
  | 'note';

/** What each field holds once parsed. */
export interface FactFieldValues {
  entity: string;
  metric: string;
  period: string;
  value: number;
  unit: string;
  source: string;
  asOf: string | null;
  note: string;
}

const UNIT = /^(pct|x|count|[A-Z]{3})$/;

/**
 * Checks what was typed into one cell against CALC.md §1, before anything is sent:
 * the message says what is wrong with the text (the grid adds which cell).
 */
export function parseFactField<F extends FactField>(
  field: F,
  text: string,
): Parsed<FactFieldValues[F]> {
  return parse(field, text) as Parsed<FactFieldValues[F]>;
}

function parse(field: FactField, text: string): Parsed<FactFieldValues[FactField]> {
  const trimmed = text.trim();
  switch (field) {
    case 'value':
      return parseFactValue(trimmed);
    case 'entity':
    case 'metric':
      if (trimmed === '')
        return {
          ok: false,
          message: `An ${field === 'entity' ? 'entity code' : 'metric'} is required.`,
        };
      return isIdentifier(trimmed)
        ? { ok: true, value: trimmed }
        : {
            ok: false,
            message: `“${trimmed}” is not an identifier: start with a letter, then letters, digits or _ (e.g. ${field === 'entity' ? 'AMZN' : 'ev_ebitda'}).`,
          };
    case 'period':
      if (trimmed === '') return { ok: false, message: 'A period is required, e.g. FY2025.' };
      return isPeriod(trimmed)
        ? { ok: true, value: trimmed }
        : {
            ok: false,
            message: `“${trimmed}” is not a period. Use FY2025, CY2025, H1_2025, Q3_2025, LTM or D2025_09_30.`,
          };
    case 'unit':
      return trimmed === '' || UNIT.test(trimmed)
        ? { ok: true, value: trimmed }
        : {
            ok: false,
            message: `“${trimmed}” is not a unit. Use a currency code (USD), pct, x, count, or leave it empty.`,
          };
    case 'asOf':
      if (trimmed === '') return { ok: true, value: null };
      return isIsoDate(trimmed)
        ? { ok: true, value: trimmed }
        : { ok: false, message: `“${trimmed}” is not a date. Use YYYY-MM-DD, e.g. 2026-01-30.` };
    case 'source':
    case 'note':
      return { ok: true, value: text };
  }
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
