import { describe, expect, it } from 'vitest';
import {
  columnsForWidth,
  minGridWidth,
  FACT_COLUMNS,
} from '../../../renderer/features/dataBrowser/factColumns';

const fields = (width: number) => columnsForWidth(width).map((column) => column.field);

describe('columnsForWidth keeps the fact key and value and drops the rest as the grid narrows', () => {
  it('shows every column when they fit, or before the grid is measured', () => {
    expect(fields(minGridWidth(FACT_COLUMNS))).toHaveLength(8);
    expect(fields(0)).toHaveLength(8);
  });

  it('drops the note first, then the source, the unit and the as-of date', () => {
    const all = minGridWidth(FACT_COLUMNS);
    expect(fields(all - 1)).not.toContain('note');
    expect(fields(all - 1)).toContain('source');
    expect(fields(300)).toEqual(['entity', 'metric', 'period', 'value']);
  });

  it('picks the widest set that fits', () => {
    for (const width of [400, 600, 700, 800, 900, 1000]) {
      const columns = columnsForWidth(width);
      if (columns.length > 4) expect(minGridWidth(columns)).toBeLessThanOrEqual(width);
    }
  });
});
