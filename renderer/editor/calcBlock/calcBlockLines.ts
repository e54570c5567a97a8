import type { VariableInput } from '../../../shared/calc/calcTypes';
import { isIdentifier } from '../../../shared/calc/identifiers';

/** One line of a calc block as the editor shows it. */
export interface CalcLine {
  /** 0-based line number in the block. */
  line: number;
  kind: 'variable' | 'comment' | 'blank' | 'invalid';
  name: string | null;
  expr: string | null;
  /** For `invalid`: what is wrong with the line. */
  message?: string;
}

/** The lines of calc block number `blockIndex` (0-based), and the variables they define. */
export function calcBlockLines(
  text: string,
  blockIndex: number,
): { lines: CalcLine[]; variables: VariableInput[] } {
  const lines: CalcLine[] = text.split('\n').map((raw, line): CalcLine => {
    const trimmed = raw.trim();
    if (trimmed === '') return { line, kind: 'blank', name: null, expr: null };
    if (trimmed.startsWith('#')) return { line, kind: 'comment', name: null, expr: null };
    const eq = trimmed.indexOf('=');
    if (eq < 0)
      return { line, kind: 'invalid', name: null, expr: null, message: 'Write name = expression.' };
    const name = trimmed.slice(0, eq).trim();
    const expr = trimmed.slice(eq + 1).trim();
    if (!isIdentifier(name)) {
      return {
        line,
        kind: 'invalid',
        name: null,
        expr,
        message: `"${name}" is not a name (a letter, then letters, digits or _).`,
      };
    }
    if (expr === '')
      return { line, kind: 'invalid', name, expr: null, message: `${name} has no expression.` };
    return { line, kind: 'variable', name, expr };
  });
  const variables = lines.flatMap((l) =>
    l.kind === 'variable' && l.name && l.expr
      ? [{ name: l.name, expr: l.expr, where: `calc block ${blockIndex + 1}, line ${l.line + 1}` }]
      : [],
  );
  return { lines, variables };
}
