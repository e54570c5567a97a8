import { useCallback, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { FactInput, FactPatch, FactRow } from '../../../shared/api/factsApi';

/** One fact edit made in the data browser, with what undoes it. */
export type FactEdit =
  | { kind: 'update'; id: number; label: string; before: FactPatch }
  | { kind: 'create'; id: number; label: string }
  | { kind: 'delete'; fact: FactInput; id: number; label: string };

export interface FactUndo {
  canUndo: boolean;
  /** Describes the edit Ctrl+Z would undo, e.g. `change to AMZN.capex.FY2025`. */
  nextLabel: string | null;
  record(edit: FactEdit): void;
  /** Undoes the last edit through the API; resolves with what was undone, or null. */
  undo(): Promise<string | null>;
}

const LIMIT = 100;

/**
 * The data browser's undo: each edit is undone through the API, so the undo itself is a
 * change with its own history entry and its own `facts:changed` (memos follow it too).
 */
export function useFactUndo(): FactUndo {
  const api = useApi();
  const stack = useRef<FactEdit[]>([]);
  const [size, setSize] = useState(0);
  const busy = useRef(false);

  const record = useCallback((edit: FactEdit) => {
    stack.current = [...stack.current.slice(-(LIMIT - 1)), edit];
    setSize(stack.current.length);
  }, []);

  const undo = useCallback(async (): Promise<string | null> => {
    const edit = stack.current[stack.current.length - 1];
    if (!edit || busy.current) return null;
    busy.current = true;
    try {
      if (edit.kind === 'update') {
        await api.invoke('facts:update', { ref: { id: edit.id }, set: edit.before });
      } else if (edit.kind === 'create') {
        await api.invoke('facts:delete', { refs: [{ id: edit.id }] });
      } else {
        const restored = await api.invoke('facts:create', edit.fact);
        // Later edits of the deleted fact now apply to the re-created one.
        stack.current = stack.current.map((other) =>
          other.id === edit.id ? { ...other, id: restored.id } : other,
        );
      }
      stack.current = stack.current.slice(0, -1);
      setSize(stack.current.length);
      return edit.kind === 'update'
        ? `Undid the change to ${edit.label}`
        : edit.kind === 'create'
          ? `Undid adding ${edit.label}`
          : `Restored ${edit.label}`;
    } finally {
      busy.current = false;
    }
  }, [api]);

  return useMemo(() => {
    const last = size > 0 ? stack.current[size - 1] : undefined;
    return { canUndo: size > 0, nextLabel: last ? describeEdit(last) : null, record, undo };
  }, [size, record, undo]);
}

function describeEdit(edit: FactEdit): string {
  if (edit.kind === 'update') return `change to ${edit.label}`;
  if (edit.kind === 'create') return `adding ${edit.label}`;
  return `deleting ${edit.label}`;
}

/** What re-creates a deleted fact exactly as it was. */
export function factToInput(row: FactRow): FactInput {
  return {
    entity: row.entity,
    metric: row.metric,
    period: row.period,
    scenario: row.scenario,
    value: row.value,
    unit: row.unit,
    source: row.source,
    asOf: row.asOf,
    note: row.note,
    entityName: row.entityName,
  };
}

/** A patch of one field. */
export function patchOf<K extends keyof FactPatch>(field: K, value: FactPatch[K]): FactPatch {
  return { [field]: value } as Pick<FactPatch, K>;
}
