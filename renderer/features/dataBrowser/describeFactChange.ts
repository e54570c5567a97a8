import type { FactChange, FactSnapshot } from '../../../shared/api/factsApi';
import { formatFactValue } from './formatFactValue';

/** One line of a fact's history, in words: what changed, from what, to what. */
export interface ChangeLine {
  field: string;
  from: string | null;
  to: string | null;
}

const FIELDS: { key: keyof FactSnapshot; label: string }[] = [
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
  { key: 'source', label: 'Source' },
  { key: 'asOf', label: 'As of' },
  { key: 'note', label: 'Note' },
];

/**
 * The lines of one change-log entry: for an update, each field that differs (old -> new);
 * for a create, the value it was created with; for a delete, the value it had. A move
 * (entity, metric or period changed) shows as the delete and create it is.
 */
export function describeFactChange(change: FactChange): ChangeLine[] {
  const { before, after } = change;
  if (change.action === 'create') {
    return [
      {
        field: 'Value',
        from: null,
        to: after ? show('value', after) : numberText(change.newValue, ''),
      },
    ];
  }
  if (change.action === 'delete') {
    return [
      {
        field: 'Value',
        from: before ? show('value', before) : numberText(change.oldValue, ''),
        to: null,
      },
    ];
  }
  if (!before || !after) {
    return [
      {
        field: 'Value',
        from: numberText(change.oldValue, ''),
        to: numberText(change.newValue, ''),
      },
    ];
  }
  const lines = FIELDS.filter(({ key }) => before[key] !== after[key]).map(({ key, label }) => ({
    field: label,
    from: show(key, before),
    to: show(key, after),
  }));
  return lines.length
    ? lines
    : [{ field: 'Value', from: show('value', before), to: show('value', after) }];
}

function show(key: keyof FactSnapshot, snapshot: FactSnapshot): string {
  if (key === 'value') return formatFactValue(snapshot.value, snapshot.unit);
  const text = snapshot[key];
  return text === null || text === '' ? '(empty)' : String(text);
}

function numberText(value: number | null, unit: string): string | null {
  return value === null ? null : formatFactValue(value, unit);
}
