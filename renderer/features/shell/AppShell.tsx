import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { ResultOf } from '../../../shared/api/contract';
import { DataBrowser } from '../dataBrowser/DataBrowser';
import { Sidebar } from '../memoList/Sidebar';
import { useMemoActions } from '../memoList/useMemoActions';
import { useMemos } from '../memoList/useMemos';
import { describeError } from './describeError';
import { EmptyState } from './EmptyState';
import { Icon } from './Icon';
import { MemoPane } from './MemoPane';
import { shortcutLabel } from './shortcut';
import { toggleData, toggleSplit, type ShellLayout } from './shellLayout';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StatusLine, type SaveStatus } from './StatusLine';
import { IS_MAC, useShortcuts } from './useShortcuts';
import { WorkspaceHeader } from './WorkspaceHeader';

type AppInfo = ResultOf<'app:info'>;

/**
 * The app around the editor: the sidebar (memos, data, trash), the workspace (a memo, the
 * data browser, or both side by side so an edited fact re-words the memo as you watch),
 * and the status line.
 */
export function AppShell() {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<string | null>(null);
  const lists = useMemos();
  const actions = useMemoActions();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [layout, setLayout] = useState<ShellLayout>('memo');
  const [previousLayout, setPreviousLayout] = useState<ShellLayout>('memo');
  const [trashOpen, setTrashOpen] = useState(false);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  useEffect(() => {
    const load = (): void => {
      api.invoke('app:info', {}).then(setInfo, (e: unknown) => setInfoError(describeError(e)));
    };
    load();
    return api.on('workspace:opened', load);
  }, [api]);

  // The open memo left the list (trashed, purged, another workspace): open the next one.
  const memos = lists.memos;
  useEffect(() => {
    if (!memos) return;
    if (selectedId !== null && memos.some((memo) => memo.id === selectedId)) return;
    setSelectedId(memos[0]?.id ?? null);
    setStatus(null);
  }, [memos, selectedId]);

  const changeLayout = useCallback(
    (next: ShellLayout) => {
      setPreviousLayout(layout);
      setLayout(next);
    },
    [layout],
  );

  const openMemo = (id: number): void => {
    setSelectedId(id);
    if (layout === 'data') changeLayout('memo');
  };

  const newMemo = async (): Promise<void> => {
    const created = await actions.create();
    if (!created) return;
    setTrashOpen(false);
    setSelectedId(created.id);
    if (layout === 'data') changeLayout('memo');
    setRenamingId(created.id);
  };

  useShortcuts([
    { keys: ['Mod+N', 'Mod+Alt+N'], run: () => void newMemo() },
    { keys: 'Mod+Shift+D', run: () => changeLayout(toggleData(layout, previousLayout)) },
    { keys: 'Mod+\\', run: () => changeLayout(selectedId === null ? 'data' : toggleSplit(layout)) },
    {
      keys: 'Mod+O',
      run: () => {
        if (layout === 'memo') changeLayout(selectedId === null ? 'data' : 'split');
        setImportOpen(true);
      },
    },
    { keys: ['Mod+/', 'Mod+?'], run: () => setShortcutsOpen((open) => !open) },
  ]);

  const selected = memos?.find((memo) => memo.id === selectedId) ?? null;
  const effectiveLayout: ShellLayout = selected || layout === 'data' ? layout : 'memo';
  const showMemo = effectiveLayout !== 'data';
  const showData = effectiveLayout !== 'memo';
  const onStatus = useCallback((next: SaveStatus) => setStatus(next), []);
  const workspacePath = info?.workspace?.path ?? '';

  return (
    <div className="app">
      <Sidebar
        lists={lists}
        actions={actions}
        selectedId={showMemo ? selectedId : null}
        onOpenMemo={openMemo}
        onNewMemo={() => void newMemo()}
        renamingId={renamingId}
        onRenamingChange={setRenamingId}
        dataActive={showData}
        onOpenData={() => changeLayout(layout === 'data' ? 'data' : selected ? 'split' : 'data')}
        trashOpen={trashOpen}
        onTrashOpenChange={setTrashOpen}
        workspaceName={workspacePath.split(/[\\/]/).pop() ?? ''}
      />
      <main className="app-main">
        <WorkspaceHeader
          title={effectiveLayout === 'data' ? 'Deal data' : (selected?.title ?? 'No memo open')}
          subtitle={effectiveLayout === 'split' ? 'with deal data' : undefined}
          layout={effectiveLayout}
          onLayout={changeLayout}
          memoAvailable={selected !== null}
        />
        {infoError && (
          <p className="inline-error app-error" role="alert">
            Tickmark could not reach its workspace: {infoError}
          </p>
        )}
        <div className={`workspace-body${effectiveLayout === 'split' ? ' split' : ''}`}>
          {showMemo && (
            <div className="pane pane-memo" data-testid="memo-pane">
              {selected ? (
                <MemoPane key={selected.id} memoId={selected.id} onStatus={onStatus} />
              ) : (
                memos && (
                  <EmptyState
                    icon="memo"
                    title={memos.length === 0 ? 'Write your first memo' : 'No memo open'}
                    action={
                      <div className="empty-actions">
                        <button
                          type="button"
                          className="button button-primary"
                          onClick={() => void newMemo()}
                        >
                          <Icon name="plus" /> New memo{' '}
                          <kbd className="kbd-on-primary">{shortcutLabel('Mod+N', IS_MAC)}</kbd>
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() => changeLayout('data')}
                        >
                          <Icon name="database" /> Open deal data
                        </button>
                      </div>
                    }
                  >
                    A memo is prose whose figures are computed, live, from your deal data. Edit a
                    fact and every figure that reads it changes.
                  </EmptyState>
                )
              )}
            </div>
          )}
          {showData && (
            <div className="pane pane-data" data-testid="data-pane">
              <DataBrowser
                importOpen={importOpen}
                onImportOpenChange={setImportOpen}
                titled={effectiveLayout === 'split'}
              />
            </div>
          )}
        </div>
      </main>
      <StatusLine info={info} status={showMemo && selected ? status : null} />
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}
