import { describe, expect, it } from 'vitest';
import type { FactChange } from '../../../shared/api/factsApi';
import { describeFactChange } from '../../../renderer/features/dataBrowser/describeFactChange';

const base = {
  id: 1,
  entity: 'AMZN',
  metric: 'capex',
  period: 'FY2025',
  scenario: '',
  who: 'ana',
  at: '2026-01-30T10:00:00Z',
  origin: 'ui',
} as const;
const snapshot = { value: 125e9, unit: 'USD', source: 'article', asOf: '2026-01-30', note: '' };

describe('describeFactChange says what changed, from what, to what, in the fact’s unit', () => {
  it('shows an updated value old -> new, formatted by its unit', () => {
    const change: FactChange = {
      ...base,
      action: 'update',
      oldValue: 125e9,
      newValue: 130e9,
      before: snapshot,
      after: { ...snapshot, value: 130e9 },
    };
    expect(describeFactChange(change)).toEqual([
      { field: 'Value', from: '$125 billion', to: '$130 billion' },
    ]);
  });

  it('lists each field an update changed', () => {
    const change: FactChange = {
      ...base,
      action: 'update',
      oldValue: 125e9,
      newValue: 125e9,
      before: snapshot,
      after: { ...snapshot, source: '10-K', note: 'checked' },
    };
    expect(describeFactChange(change)).toEqual([
      { field: 'Source', from: 'article', to: '10-K' },
      { field: 'Note', from: '(empty)', to: 'checked' },
    ]);
  });

  it('shows the value a fact was created with, and the value it had when deleted', () => {
    const created: FactChange = {
      ...base,
      action: 'create',
      oldValue: null,
      newValue: 0.202,
      before: null,
      after: { ...snapshot, value: 0.202, unit: 'pct' },
    };
    expect(describeFactChange(created)).toEqual([{ field: 'Value', from: null, to: '20.2%' }]);
    const deleted: FactChange = {
      ...base,
      action: 'delete',
      oldValue: 19.3,
      newValue: null,
      before: { ...snapshot, value: 19.3, unit: 'x' },
      after: null,
    };
    expect(describeFactChange(deleted)).toEqual([{ field: 'Value', from: '19.3x', to: null }]);
  });
});
