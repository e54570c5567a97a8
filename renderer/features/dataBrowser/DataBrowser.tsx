import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Entity, FactInput, FactRow } from '../../../shared/api/factsApi';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { describeError } from '../shell/describeError';
import { EmptyState } from '../shell/EmptyState';
import { matchesShortcut, shortcutLabel } from '../shell/shortcut';
import { useToasts } from '../shell/ToastProvider';
import { IS_MAC } from '../shell/useShortcuts';
import { useReportError } from '../shell/useReportError';
import { useElementWidth } from '../shell/useElementWidth';
import { ImportDialog } from '../importCsv/ImportDialog';
import { LinkWorkbookDialog } from '../linkWorkbook/LinkWorkbookDialog';
import { useLinkChangeNotices } from '../linkWorkbook/useLinkChangeNotices';
import { EntityPanel } from './EntityPanel';
import { FactDetailsPanel } from './FactDetailsPanel';
import { DataToolbar } from './DataToolbar';
import { FactsEmptyState } from './FactsEmptyState';
import { FactGrid } from './FactGrid';
import { columnsForWidth } from './factColumns';
import { factLabel } from './factLabel';
import { DEFAULT_FACT_QUERY, isFiltered, isSortColumn, type FactQuery } from './factQuery';
import type { CellPosition } from './moveCell';
import { EntityDialog } from './EntityDialog';
import { FactUsageLine } from './FactUsageLine';
import { NewFactForm } from './NewFactForm';
import type { FactField, FactFieldValues } from './parseFactField';
import { factToInput, patchOf, useFactUndo } from './useFactUndo';
import { useEntities } from './useEntities';
import { useFactSuggestions } from './useFactSuggestions';
import { usePagedFacts } from './usePagedFacts';
import { ScenarioBar, useBaseValues } from './ScenarioBar';
import { withBaseValues } from './withBaseValues';

type ActiveCell = CellPosition & { factId: number | null };

/**
 * The data browser: entities, a grid of facts with in-place editing, a fact's history, and
 * CSV import. Every write goes through the API; `facts:changed` (from here, another window,
 * an import or the command line) refreshes the rows on screen and keeps the focused cell.
 */
export function DataBrowser({
  importOpen,
  onImportOpenChange,
  titled = true,
  readOnly = false,
}: {
  /** The workspace file cannot be written: browsing only. */
  readOnly?: boolean;
  /** Shows its own title (side by side); alone, the workspace header names it. */
  titled?: boolean;
  /** The CSV import dialog is open (the shell opens it from a shortcut too). */
  importOpen: boolean;
  onImportOpenChange: (open: boolean) => void;
}) {
  const api = useApi();
  const toasts = useToasts();
  const reportError = useReportError();
  const [query, setQuery] = useState<FactQuery>(DEFAULT_FACT_QUERY);
  const paged = usePagedFacts(query);
  const { entities, error: entitiesError } = useEntities();
  const { suggestions, want } = useFactSuggestions();
  const undo = useFactUndo();
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [revealToken, setRevealToken] = useState(0);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  /** The link dialog is open (on the preview of `path` when a linked workbook changed). */
  const [linking, setLinking] = useState<{ path?: string } | null>(null);
  useLinkChangeNotices((path) => setLinking({ path }));
  const [pendingDelete, setPendingDelete] = useState<FactRow | null>(null);
  const [editingEntity, setEditingEntity] = useState<{ entity: Entity | null } | null>(null);
  const focusAfterLoad = useRef<number | null>(null);
  const { refresh, getRow, indexOf, applyChange } = paged;
  const [gridWrapRef, gridWidth] = useElementWidth<HTMLDivElement>();
  const baseValues = useBaseValues(query.scenario !== '');
  const columns = useMemo(
    () => withBaseValues(columnsForWidth(gridWidth), query.scenario, baseValues),
    [gridWidth, query.scenario, baseValues],
  );

  // Any change to facts, from anywhere, refreshes the rows on screen (once per burst).
  useEffect(() => {
    let frame = 0;
    const off = api.on('facts:changed', (change) => {
      applyChange(change);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void refresh());
    });
    return () => {
      cancelAnimationFrame(frame);
      off();
    };
  }, [api, refresh, applyChange]);

  // Rows moved (a sort, an insert above): the focus follows its fact, not its row number.
  useEffect(() => {
    const wanted = focusAfterLoad.current;
    if (wanted !== null) {
      const index = indexOf(wanted);
      if (index >= 0) {
        focusAfterLoad.current = null;
        setActive({ row: index, col: 0, factId: wanted });
        setRevealToken((t) => t + 1);
        return;
      }
    }
    if (!active || active.factId === null || getRow(active.row)?.id === active.factId) return;
    const index = indexOf(active.factId);
    if (index >= 0) setActive({ ...active, row: index });
  }, [paged, active, getRow, indexOf]);

  const activeFact = active ? getRow(active.row) : undefined;

  const onCommit = useCallback(
    async <F extends FactField>(row: FactRow, field: F, value: FactFieldValues[F]) => {
      try {
        const updated = await api.invoke('facts:update', {
          ref: { id: row.id },
          set: patchOf(field, value),
        });
        undo.record({
          kind: 'update',
          id: row.id,
          label: factLabel(updated),
          before: patchOf(field, row[field]),
        });
        await refresh();
      } catch (error) {
        throw new Error(describeError(error));
      }
    },
    [api, undo, refresh],
  );

  // The form stays open for the next fact and says what was added; the grid shows the new row.
  const onCreate = async (input: FactInput): Promise<string> => {
    const created = await api.invoke('facts:create', input);
    undo.record({ kind: 'create', id: created.id, label: factLabel(created) });
    focusAfterLoad.current = created.id;
    await refresh();
    return factLabel(created);
  };

  const confirmDelete = async (row: FactRow): Promise<void> => {
    setPendingDelete(null);
    try {
      await api.invoke('facts:delete', { refs: [{ id: row.id }] });
      undo.record({ kind: 'delete', id: row.id, fact: factToInput(row), label: factLabel(row) });
      toasts.show({
        kind: 'info',
        message: `Deleted ${factLabel(row)}`,
        action: { label: 'Undo', run: () => void runUndo() },
      });
      await refresh();
    } catch (error) {
      reportError(`Could not delete ${factLabel(row)}`, error);
    }
  };

  const runUndo = async (): Promise<void> => {
    try {
      const done = await undo.undo();
      if (done) toasts.show({ kind: 'info', message: done });
      await refresh();
    } catch (error) {
      reportError('Could not undo', error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const target = event.target as HTMLElement;
    const typing = target.matches('input, textarea, select, [contenteditable="true"]');
    if (!typing && matchesShortcut(event, 'Mod+Z', IS_MAC)) {
      event.preventDefault();
      void runUndo();
    } else if (!typing && matchesShortcut(event, 'Alt+H', IS_MAC)) {
      event.preventDefault();
      setDetailsOpen((open) => !open);
    }
  };

  const onSort = useCallback((field: FactField) => {
    if (!isSortColumn(field)) return;
    setQuery((q) => ({
      ...q,
      sort: { column: field, desc: q.sort.column === field ? !q.sort.desc : false },
    }));
  }, []);

  const filters = useMemo(
    () => ({ text: query.text, metric: query.metric, period: query.period }),
    [query.text, query.metric, query.period],
  );
  const onFilters = useCallback((next: typeof filters) => setQuery((q) => ({ ...q, ...next })), []);
  const total = paged.total;
  const filtered = isFiltered(query);

  const empty = (
    <FactsEmptyState
      filtered={filtered}
      onClearFilters={() =>
        setQuery((q) => ({ ...DEFAULT_FACT_QUERY, scenario: q.scenario, sort: q.sort }))
      }
      onImport={() => onImportOpenChange(true)}
      onAdd={() => setAdding(true)}
    />
  );

  return (
    <section
      className="data-browser"
      aria-label="Data browser"
      onKeyDown={onKeyDown}
      data-testid="data-browser"
    >
      <DataToolbar
        titled={titled}
        readOnly={readOnly}
        total={total}
        filtered={filtered}
        filters={filters}
        onFilters={onFilters}
        suggestions={suggestions}
        onWantSuggestions={want}
        entities={entities}
        entity={query.entity}
        onEntity={(entity) => setQuery((q) => ({ ...q, entity }))}
        undoLabel={undo.nextLabel}
        onUndo={() => void runUndo()}
        detailsOpen={detailsOpen}
        onToggleDetails={() => setDetailsOpen((open) => !open)}
        onImport={() => onImportOpenChange(true)}
        onLink={() => setLinking({})}
        adding={adding}
        onAdd={() => setAdding(true)}
      />
      <ScenarioBar
        value={query.scenario}
        onChange={(scenario) => setQuery((q) => ({ ...q, scenario }))}
        onAddOverride={() => setAdding(true)}
        readOnly={readOnly}
      />
      {adding && (
        <NewFactForm
          scenario={query.scenario}
          baseValues={baseValues}
          defaults={query.entity ? { entity: query.entity } : {}}
          onCreate={onCreate}
          onCancel={() => setAdding(false)}
        />
      )}
      <div className="data-body">
        <EntityPanel
          entities={entities}
          error={entitiesError}
          selected={query.entity}
          onSelect={(entity) => setQuery((q) => ({ ...q, entity }))}
          {...(readOnly ? {} : { onEdit: (entity: Entity | null) => setEditingEntity({ entity }) })}
        />
        <div className="data-grid-wrap" ref={gridWrapRef}>
          {paged.error && (
            <div className="inline-error grid-error" role="alert">
              Could not load facts: {paged.error}
              <button type="button" className="button" onClick={() => void refresh()}>
                Retry
              </button>
            </div>
          )}
          <FactGrid
            columns={columns}
            rowCount={total ?? 0}
            getRow={getRow}
            sort={query.sort}
            onSort={onSort}
            active={active}
            onActiveChange={(position, row) => setActive({ ...position, factId: row?.id ?? null })}
            onCommit={onCommit}
            onDelete={(row) => !readOnly && setPendingDelete(row)}
            onHistory={(row) => {
              const index = indexOf(row.id);
              if (index >= 0) setActive({ row: index, col: active?.col ?? 0, factId: row.id });
              setDetailsOpen(true);
            }}
            onRangeChange={paged.loadRange}
            empty={total === null ? null : empty}
            revealToken={revealToken}
            readOnly={readOnly}
          />
        </div>
        {detailsOpen &&
          (activeFact ? (
            <FactDetailsPanel fact={activeFact} onClose={() => setDetailsOpen(false)} />
          ) : (
            <aside className="fact-details fact-details-empty">
              <EmptyState icon="history" title="No fact selected">
                Select a cell to see where its fact came from and how it changed.
              </EmptyState>
            </aside>
          ))}
      </div>
      {pendingDelete && (
        <ConfirmDialog
          title={`Delete ${factLabel(pendingDelete)}?`}
          confirmLabel="Delete fact"
          danger
          onConfirm={() => void confirmDelete(pendingDelete)}
          onCancel={() => setPendingDelete(null)}
        >
          <FactUsageLine factId={pendingDelete.id} />
          Figures that read this fact will show an error until it is back. You can undo this with{' '}
          <kbd>{shortcutLabel('Mod+Z', IS_MAC)}</kbd>.
        </ConfirmDialog>
      )}
      {editingEntity && (
        <EntityDialog
          entity={editingEntity.entity}
          takenCodes={(entities ?? []).map((e) => e.code)}
          onClose={() => setEditingEntity(null)}
          onSaved={(code) =>
            toasts.show({
              kind: 'success',
              message: editingEntity.entity ? `Saved ${code}` : `Added entity ${code}`,
            })
          }
        />
      )}
      {importOpen && (
        <ImportDialog onClose={() => onImportOpenChange(false)} onImported={() => void refresh()} />
      )}
      {linking && (
        <LinkWorkbookDialog
          {...(linking.path ? { initialPath: linking.path } : {})}
          onClose={() => setLinking(null)}
          onLinked={() => void refresh()}
        />
      )}
    </section>
  );
}
