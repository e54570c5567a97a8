import type { VariableInput } from '../calc/calcTypes';
import type { MemoProblem } from './memoEvaluation';
import type { DocNode } from './memoTypes';
import { parseCalcBlock, calcLinePlace, type CalcBlockLine } from './parseCalcBlock';
import { walkMemo, type MemoItem } from './walkMemo';

export interface CollectedVariables {
  /** Every `name = expression` line of every calc block, in document order (duplicates too). */
  variables: VariableInput[];
  /** Lines that are not `name = expression`, `# comment` or blank, and names defined twice. */
  problems: MemoProblem[];
  /** The parsed lines of each calc block, by 0-based block index. */
  blocks: CalcBlockLine[][];
}

/**
 * The memo variables of every calc block (`where`: `calc block N, line M`), ready for the
 * engine's `setVariables`. A name defined twice is a problem naming both places (the engine
 * also makes it a `duplicate_name` error, so figures using it are blocked, not guessed).
 */
export function collectVariables(doc: DocNode): CollectedVariables {
  return variablesOf(walkMemo(doc));
}

export function variablesOf(items: readonly MemoItem[]): CollectedVariables {
  const variables: VariableInput[] = [];
  const problems: MemoProblem[] = [];
  const blocks: CalcBlockLine[][] = [];
  const first = new Map<string, VariableInput>();
  for (const item of items) {
    if (item.kind !== 'calcBlock') continue;
    const parsed = parseCalcBlock(calcBlockText(item.node.content), item.blockIndex);
    blocks.push(parsed.lines);
    for (const line of parsed.lines) {
      if (line.kind === 'invalid') {
        problems.push({
          place: calcLinePlace(item.blockIndex, line.line),
          message: line.message ?? 'Invalid line.',
        });
      }
    }
    for (const variable of parsed.variables) {
      const earlier = first.get(variable.name);
      if (earlier) {
        problems.push({
          place: variable.where,
          message: `"${variable.name}" is defined twice: at ${earlier.where} and at ${variable.where}.`,
        });
      } else {
        first.set(variable.name, variable);
      }
      variables.push(variable);
    }
  }
  return { variables, problems, blocks };
}

/** The text of a calc block (its text nodes joined). */
export function calcBlockText(content: readonly { text: string }[] | undefined): string {
  return (content ?? []).map((node) => node.text).join('');
}
