import { isIdentifier } from '../../../shared/calc/identifiers';
import { isPeriod } from '../../../shared/calc/periods';
import {
  FACT_UNIT_RULE,
  isFactUnit,
  isFiniteFactValue,
  isIsoDate,
} from '../../../shared/api/factFields';
import { UserError } from '../router/userError';

/** The fields of a fact a write may set; each is checked by `checkFactField`. */
export interface FactFieldValues {
  entity: string;
  metric: string;
  period: string;
  scenario: string;
  value: number;
  unit: string;
  source: string;
  asOf: string | null;
  note: string;
}

/** Why `value` is not acceptable for `field`, or null when it is. One sentence, no trailing period. */
export function factFieldProblem(field: keyof FactFieldValues, value: unknown): string | null {
  switch (field) {
    case 'entity':
    case 'metric':
      return typeof value === 'string' && isIdentifier(value)
        ? null
        : `${quote(value)} is not an identifier (a letter, then letters, digits or _)`;
    case 'scenario':
      return value === '' || (typeof value === 'string' && isIdentifier(value))
        ? null
        : `${quote(value)} is not a scenario name (an identifier, or empty for the base case)`;
    case 'period':
      return typeof value === 'string' && isPeriod(value)
        ? null
        : `${quote(value)} is not a period (FY2025, CY2025, H1_2025, Q3_2025, LTM or D2025_09_30)`;
    case 'value':
      return isFiniteFactValue(value) ? null : `${quote(value)} is not a finite number`;
    case 'unit':
      return typeof value === 'string' && isFactUnit(value)
        ? null
        : `${quote(value)} is not a unit (${FACT_UNIT_RULE})`;
    case 'asOf':
      return value === null || (typeof value === 'string' && isIsoDate(value))
        ? null
        : `${quote(value)} is not a date written YYYY-MM-DD`;
    case 'source':
    case 'note':
      return typeof value === 'string' ? null : `${quote(value)} is not text`;
  }
}

/** Throws a UserError naming the first field that is not acceptable (`where` = the field). */
export function validateFactFields(fact: FactFieldValues, label = 'fact'): void {
  for (const field of Object.keys(fact) as (keyof FactFieldValues)[]) {
    const problem = factFieldProblem(field, fact[field]);
    if (problem)
      throw new UserError(`Cannot write ${label}: ${field} ${problem}.`, 'invalid_args', field);
  }
}

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
