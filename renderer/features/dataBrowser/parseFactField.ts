import {
  factFieldProblem,
  REQUIRED_PROBLEM,
  type FactFieldValues as FactFields,
} from '../../../shared/api/factFields';
import { parseFactValue, type Parsed } from './parseFactValue';

/** The editable fields of a fact, as the grid names its columns (the scenario is chosen apart). */
export type FactField = Exclude<keyof FactFields, 'scenario'>;

/** What each field holds once parsed. */
export type FactFieldValues = Omit<FactFields, 'scenario'>;

const REQUIRED: ReadonlySet<FactField> = new Set(['entity', 'metric', 'period']);

/**
 * Checks what was typed into one cell against CALC.md §1 (the rules of shared/api/factFields,
 * in their one wording), before anything is sent: the grid adds which cell.
 */
export function parseFactField<F extends FactField>(
  field: F,
  text: string,
): Parsed<FactFieldValues[F]> {
  return parse(field, text) as Parsed<FactFieldValues[F]>;
}

function parse(field: FactField, text: string): Parsed<FactFieldValues[FactField]> {
  if (field === 'value') return parseFactValue(text);
  if (field === 'source' || field === 'note') return { ok: true, value: text };
  const trimmed = text.trim();
  if (trimmed === '' && REQUIRED.has(field)) return sentence(REQUIRED_PROBLEM);
  const value = field === 'asOf' && trimmed === '' ? null : trimmed;
  const problem = factFieldProblem(field, value);
  return problem ? sentence(problem) : { ok: true, value };
}

function sentence(problem: string): { ok: false; message: string } {
  return { ok: false, message: `${problem}.` };
}
