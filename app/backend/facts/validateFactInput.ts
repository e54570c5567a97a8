import { factFieldProblem, type FactFieldValues } from '../../../shared/api/factFields';
import { UserError } from '../router/userError';

export type { FactFieldValues } from '../../../shared/api/factFields';

/** Throws (the rules and their wording: shared/api/factFields.ts)  a UserError naming the first field that is not acceptable (`where` = the field). */
export function validateFactFields(fact: FactFieldValues, label = 'fact'): void {
  for (const field of Object.keys(fact) as (keyof FactFieldValues)[]) {
    const problem = factFieldProblem(field, fact[field]);
    if (problem)
      throw new UserError(`Cannot write ${label}: ${field} ${problem}.`, 'invalid_args', field);
  }
}
