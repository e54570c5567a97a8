import type { FactField } from './parseFactField';
import type { FactRow } from '../../../shared/api/factsApi';
import { valueToEditText } from './parseFactValue';
import { formatFactValue } from './formatFactValue';

export interface FactColumn {
  field: FactField;
  label: string;
  /** A CSS grid track. */
  width: string;
  align: 'left' | 'right';
  /** Monospaced-digit cells (codes, periods, dates). */
  numeric?: boolean;
  display(row: FactRow): string;
  editText(row: FactRow): string;
}

/** The grid's columns, in order: the fact's key, its value, then where it came from. */
export const FACT_COLUMNS: readonly FactColumn[] = [
  text('entity', 'Entity', 'minmax(124px, 0.9fr)'),
  text('metric', 'Metric', 'minmax(140px, 1.4fr)'),
  text('period', 'Period', '120px', true),
  {
    field: 'value',
    label: 'Value',
    width: 'minmax(116px, 1fr)',
    align: 'right',
    numeric: true,
    display: (row) => formatFactValue(row.value, row.unit),
    editText: (row) => valueToEditText(row.value, row.unit),
  },
  text('unit', 'Unit', '60px'),
  text('source', 'Source', 'minmax(120px, 1.2fr)'),
  {
    field: 'asOf',
    label: 'As of',
    width: '116px',
    align: 'left',
    numeric: true,
    display: (row) => row.asOf ?? '',
    editText: (row) => row.asOf ?? '',
  },
  text('note', 'Note', 'minmax(140px, 2fr)'),
];

function text(
  field: 'entity' | 'metric' | 'period' | 'unit' | 'source' | 'note',
  label: string,
  width: string,
  numeric = false,
): FactColumn {
  return {
    field,
    label,
    width,
    align: 'left',
    numeric,
    display: (row) => row[field],
    editText: (row) => row[field],
  };
}

/** Columns dropped first when the grid is narrow: what the fact panel shows anyway. */
const DROP_ORDER: readonly FactField[] = ['note', 'source', 'unit', 'asOf'];

/** Pixels the row actions take beside the columns. */
export const ACTIONS_WIDTH = 60;

/** The sum of the columns' minimum widths, with the row actions. */
export function minGridWidth(columns: readonly FactColumn[]): number {
  return columns.reduce(
    (sum, column) => sum + Number(/(\d+)px/.exec(column.width)?.[1] ?? 0),
    ACTIONS_WIDTH,
  );
}

/**
 * The most columns that fit a grid this many pixels wide: side by side with a memo the grid
 * keeps the fact's key and value, and the fact panel shows the rest. 0 (not measured) is wide.
 */
export function columnsForWidth(width: number): readonly FactColumn[] {
  let columns = FACT_COLUMNS;
  for (const field of DROP_ORDER) {
    if (width <= 0 || minGridWidth(columns) <= width) return columns;
    columns = columns.filter((column) => column.field !== field);
  }
  return columns;
}
