import type { ApiProblem } from '../../../shared/api/apiError';
import { UserError } from '../router/userError';

/** One thing wrong with an import file: where (1-based line, column name) and what. */
export interface ImportProblem {
  line: number;
  /** The column name, or several joined by `/`; absent for problems of a whole line. */
  column?: string;
  message: string;
}

const LISTED = 5;

/** `line 3, column period` (or `line 3` for a whole line). */
export function importPlace(p: ImportProblem): string {
  return `line ${p.line}${p.column ? `, column ${p.column}` : ''}`;
}

export function describeProblem(p: ImportProblem): string {
  return `${importPlace(p)}: ${p.message}`;
}

/** The problem as data for the UI: `bad_field` names a column, `bad_line` a whole line. */
export function importApiProblem(p: ImportProblem): ApiProblem {
  return { code: p.column ? 'bad_field' : 'bad_line', message: p.message, place: importPlace(p) };
}

/**
 * The error that rejects a whole file: the first problem with its line and column, then up
 * to a few more, and that nothing was imported. `where` is the first problem's place.
 */
export function importRejection(
  fileName: string,
  problems: ImportProblem[],
  truncated = false,
): UserError {
  const [first, ...rest] = problems;
  if (!first)
    return new UserError(
      `${fileName} could not be imported. Nothing was imported.`,
      'invalid_args',
    );
  const listed = rest.slice(0, LISTED - 1).map(describeProblem);
  const more = rest.length + (truncated ? 1 : 0) - listed.length;
  const others =
    rest.length === 0
      ? ''
      : ` (and ${truncated ? `over ${rest.length}` : rest.length} more problem${rest.length === 1 && !truncated ? '' : 's'}: ${listed.join('; ')}${more > 0 ? '; ...' : ''})`;
  return new UserError(
    `${fileName}, ${describeProblem(first)}${others}. Nothing was imported.`,
    'invalid_args',
    importPlace(first),
    problems.map(importApiProblem),
  );
}
