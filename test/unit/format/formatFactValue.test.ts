import { describe, expect, it } from 'vitest';
import { formatFactValue } from '../../../shared/format/formatFactValue';
import { describeFactChange } from '../../../renderer/features/dataBrowser/describeFactChange';
import { FACT_COLUMNS } from '../../../renderer/features/dataBrowser/factColumns';

describe('a fact shown at its precision (grid, history, provenance card)', () => {
  it.each([
    [65.39, 'USD', '$65.39'],
    [65.1, 'USD', '$65.10'],
    [95, 'USD', '$95'],
    [12345.5, 'USD', '$12,345.50'],
    [-3.25, 'EUR', '-€3.25'],
    [125e9, 'USD', '$125 billion'],
    [1.25e6, 'USD', '$1.3m'],
    [0.202, 'pct', '20.2%'],
    [0.2025, 'pct', '20.25%'],
    [3.83, 'x', '3.83x'],
    [19.3, 'x', '19.3x'],
    [1234567, 'count', '1,234,567'],
    [0.123456, '', '0.123456'],
    [42, '', '42'],
  ])('%d %s shows %s', (value, unit, shows) => {
    expect(formatFactValue(value, unit)).toBe(shows);
  });

  it('the history reads $65.39 → $65.10, not $65 → $65', () => {
    const snapshot = { value: 65.39, unit: 'USD', source: '', asOf: null, note: '' };
    const rows = describeFactChange({
      id: 1,
      entity: 'ATVI',
      metric: 'close',
      period: 'D2022_01_14',
      scenario: '',
      who: 'ana',
      at: '2026-01-30T10:00:00Z',
      origin: 'ui',
      action: 'update',
      oldValue: 65.39,
      newValue: 65.1,
      before: snapshot,
      after: { ...snapshot, value: 65.1 },
    });
    expect(rows).toEqual([{ field: 'Value', from: '$65.39', to: '$65.10' }]);
  });

  it('the grid’s value column keeps the cents', () => {
    const value = FACT_COLUMNS.find((c) => c.field === 'value');
    expect(value?.display({ value: 65.39, unit: 'USD' } as never)).toBe('$65.39');
  });
});
