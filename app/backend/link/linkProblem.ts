import { UserError } from '../router/userError';

/** Where in a workbook a link found a problem: the defined name, the sheet and the cell it names. */
export interface WorkbookPlace {
  name?: string;
  sheet?: string;
  /** An A1 reference such as `$C$7` (or `C7:C9` for a range). */
  cell?: string;
}

/** `name AMZN.capex.FY2025, sheet Valuation, cell $C$7`: the parts that are known. */
export function describePlace(place: WorkbookPlace): string {
  const parts: string[] = [];
  if (place.name !== undefined) parts.push(`name ${place.name}`);
  if (place.sheet !== undefined) parts.push(`sheet ${place.sheet}`);
  if (place.cell !== undefined) parts.push(`cell ${place.cell}`);
  return parts.join(', ');
}

/**
 * The error that refuses a whole link: the workbook, the place of the first problem, what is
 * wrong, and that nothing changed. `where` is the place.
 */
export function linkRejection(fileName: string, place: WorkbookPlace, message: string): UserError {
  const where = describePlace(place);
  return new UserError(
    `${fileName}${where ? `, ${where}` : ''}: ${message}. Nothing was linked.`,
    'invalid_args',
    where || fileName,
    [{ code: 'bad_cell', message, place: where }],
  );
}
