import type { FactColumn } from './factColumns';
import { formatFactValue } from './formatFactValue';

/** In a scenario's list, each override's value is shown beside the base value it replaces. */
export function withBaseValues(
  columns: readonly FactColumn[],
  scenario: string,
  base: ReadonlyMap<string, { value: number; unit: string }>,
): readonly FactColumn[] {
  if (scenario === '') return columns;
  return columns.map((column) =>
    column.field !== 'value'
      ? column
      : {
          ...column,
          width: 'minmax(230px, 1.6fr)',
          display: (row) => {
            const own = column.display(row);
            const replaced = base.get(`${row.entity}.${row.metric}.${row.period}`);
            return replaced
              ? `${own} (base ${formatFactValue(replaced.value, replaced.unit)})`
              : `${own} (no base)`;
          },
        },
  );
}
