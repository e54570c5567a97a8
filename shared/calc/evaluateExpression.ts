import type { CalcValue, Fact, VariableInput } from './calcTypes';
import { createEngine } from './createEngine';

/**
 * One expression over `facts` (and memo variables, if given), computed once: what
 * `tickmark eval` prints. Never throws; problems are error values.
 */
export function evaluateExpression(
  expr: string,
  facts: Fact[],
  variables: VariableInput[] = [],
): CalcValue {
  const engine = createEngine();
  engine.setFacts(facts);
  engine.setVariables(variables);
  return engine.figureValue(expr);
}
