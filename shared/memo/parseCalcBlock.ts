import type { VariableInput } from '../calc/calcTypes';
import { isIdentifier } from '../calc/identifiers';

/** One line of a calc block. */
export interface CalcBlockLine {
  /** 0-based index of the line in the block (shown to people as `line + 1`). */
  line: number;
  kind: 'variable' | 'comment' | 'blank' | 'invalid';
  /** The line as written. */
  text: string;
  /** For `variable`: the name before `=`. */
  name: string | null;
  /** For `variable`: the expression after `=` (up to the first `|`), trimmed. */
  expr: string | null;
  /** For `variable`: the format after the first `|` (CALC.md §3), trimmed; '' for the unit's default. */
  format: string;
  /** For `variable`: the label for readers after the second `|`, trimmed; '' for none (the name is shown). */
  label: string;
  /** For `invalid`: what is wrong, in one sentence. */
  message?: string;
}

export interface ParsedCalcBlock {
  lines: CalcBlockLine[];
  /** The `variable` lines, with their place: `calc block N, line M` (1-based). */
  variables: VariableInput[];
}

const ASSIGNMENT = /^([^=]*?)\s*=(?!=)\s*(.*)$/;

/**
 * Reads a calc block's text (CALC.md §2): each line is `name = expression`, optionally
 * `| format` and `| format | label` after it, a `# comment`, or blank (an expression never
 * holds `|`, so the first `|` starts the format and the second the label). Anything else is an `invalid` line that says what is wrong (no `=`, a name that is
 * not an identifier, nothing after `=`); the other lines still count.
 * `blockIndex` is the 0-based number of the block in the memo, for the places.
 */
export function parseCalcBlock(text: string, blockIndex = 0): ParsedCalcBlock {
  const lines = text.split('\n').map((raw, line) => parseLine(raw, line));
  const variables = lines.flatMap((line) =>
    line.kind === 'variable' && line.name !== null && line.expr !== null
      ? [{ name: line.name, expr: line.expr, where: calcLinePlace(blockIndex, line.line) }]
      : [],
  );
  return { lines, variables };
}

/** `calc block 2, line 3` for block index 1, line index 2. */
export function calcLinePlace(blockIndex: number, line: number): string {
  return `calc block ${blockIndex + 1}, line ${line + 1}`;
}

function parseLine(text: string, line: number): CalcBlockLine {
  const trimmed = text.trim();
  const base = { line, text, name: null, expr: null, format: '', label: '' };
  if (trimmed === '') return { ...base, kind: 'blank' };
  if (trimmed.startsWith('#')) return { ...base, kind: 'comment' };
  const match = ASSIGNMENT.exec(trimmed);
  if (!match) {
    return {
      ...base,
      kind: 'invalid',
      message: trimmed.includes('=')
        ? `Line ${line + 1} is not "name = expression" (a comparison needs a name: x = a == b).`
        : `Line ${line + 1} has no "=": write it as name = expression (or start a comment with #).`,
    };
  }
  const name = match[1] ?? '';
  const [exprPart = '', formatPart = '', ...labelParts] = (match[2] ?? '').split('|');
  const expr = exprPart.trim();
  const format = formatPart.trim();
  const label = labelParts.join('|').trim();
  if (!isIdentifier(name)) {
    return {
      ...base,
      kind: 'invalid',
      message:
        name === ''
          ? `Line ${line + 1} has no name before "=".`
          : `"${name}" is not a name: a name is a letter, then letters, digits or _ (line ${line + 1}).`,
    };
  }
  if (expr === '') {
    return {
      ...base,
      kind: 'invalid',
      message: `"${name}" has no expression after "=" (line ${line + 1}).`,
    };
  }
  return { ...base, kind: 'variable', name, expr, format, label };
}
