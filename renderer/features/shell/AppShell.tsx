import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { ResultOf } from '../../../shared/api/contract';
import type { MemoSummary } from '../../../shared/api/memoApi';
import { DataBrowser } from '../dataBrowser/DataBrowser';
import { ExportPdf } from '../export/ExportPdf';
import { HistoryButton } from '../history/HistoryButton';
import { HouseStyleDialog } from '../houseStyle/HouseStyleDialog';
import { MemoEditor } from '../memoEditor/MemoEditor';
import type { EditorStatus } from '../memoEditor/editorStatus';
import { exportMarkdown } from '../memoList/exportMarkdown';
import { ImportMarkdownDialog } from '../memoList/ImportMarkdownDialog';
import { memoAfter } from '../memoList/memoAfter';
import { NewMemoDialog } from '../memoList/NewMemoDialog';
import { Sidebar } from '../memoList/Sidebar';
import { useMemoActions } from '../memoList/useMemoActions';
import { useMemos } from '../memoList/useMemos';
import { describeError } from '../../ui/describeError';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcut';
import { parseLayout, toggleData, toggleSplit, type ShellLayout } from './shellLayout';
import { SIDEBAR_KEYS } from './sidebarKeys';
import { useStoredChoice } from './storedChoice';
import { useNarrowWindow } from './useNarrowWindow';
import { PaneErrorBoundary } from './PaneErrorBoundary';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SplitPanes } from './SplitPanes';
import { StatusLine } from './StatusLine';
import { useToasts } from '../../ui/ToastProvider';
import { useReportError } from '../../ui/useReportError';
import { IS_MAC, useShortcuts } from '../../ui/useShortcuts';
import { WorkspaceHeader } from './WorkspaceHeader';
import { StartScreen } from '../workspace/StartScreen';
import { useAppCommands } from '../workspace/useAppCommands';
import { chooseWorkspace, workspaceLabel, type PathDialog } from '../workspace/workspaceChoice';
import { WorkspacePathDialog } from '../workspace/WorkspacePathDialog';

type AppInfo = ResultOf<'app:info'>;

/** Import facts from a CSV file (Ctrl/Cmd+O opens a workspace). */
export const IMPORT_CSV_KEYS = 'Mod+Shift+O';

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
  const [layout, setLayout] = useStoredChoice<ShellLayout>('tickmark.layout', 'memo', parseLayout);
  const [sidebarHidden, setSidebarHidden] = useStoredChoice(
    'tickmark.sidebarHidden',
    false,
    (stored) => stored === 'true',
  );
  const narrow = useNarrowWindow();
  const [previousLayout, setPreviousLayout] = useState<ShellLayout>('memo');
  const [trashOpen, setTrashOpen] = useState(false);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [status, setStatus] = useState<EditorStatus | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [newMemoOpen, setNewMemoOpen] = useState(false);
  const [markdownImportOpen, setMarkdownImportOpen] = useState(false);
  const [houseStyleOpen, setHouseStyleOpen] = useState(false);
  const toasts = useToasts();
  const reportError = useReportError();
  const [pathDialog, setPathDialog] = useState<PathDialog>(null);
  const [openFailure, setOpenFailure] = useState<{ path: string; message: string } | null>(null);

  useEffect(() => {
    const load = (): void => {
      api.invoke('app:info', {}).then(setInfo, (e: unknown) => setInfoError(describeError(e)));
    };
    load();
    return api.on('workspace:opened', load);
  }, [api]);

  // The open memo left the list (trashed, purged, another workspace): open the next one.
  // A memo just created or duplicated is opened before the list has it.
  const memos = lists.memos;
  const arriving = useRef<number | null>(null);
  useEffect(() => {
    if (!memos) return;
    if (selectedId !== null && memos.some((memo) => memo.id === selectedId)) {
      if (arriving.current === selectedId) arriving.current = null;
      return;
    }
    if (selectedId !== null && arriving.current === selectedId) return;
    setSelectedId(memos[0]?.id ?? null);
    setStatus(null);
  }, [memos, selectedId]);

  const changeLayout = useCallback(
    (next: ShellLayout) => {
      setPreviousLayout(layout);
      setLayout(next);
    },
    [layout, setLayout],
  );

  const openMemo = (id: number): void => {
    // A memo already in the list is not arriving (clicking the open memo again must not
    // hold its place once it is trashed).
    arriving.current = memos?.some((memo) => memo.id === id) ? null : id;
    setSelectedId(id);
    if (layout === 'data') changeLayout('memo');
  };

  const createMemo = async (title: string): Promise<boolean> => {
    const created = await actions.create(title);
    if (!created) return false;
    setTrashOpen(false);
    arriving.current = created.id;
    setSelectedId(created.id);
    if (layout === 'data') changeLayout('memo');
    return true;
  };
  const trashMemo = async (memo: MemoSummary): Promise<void> => {
    const next = selectedId === memo.id && memos ? memoAfter(memos, memo.id) : selectedId;
    if (!(await actions.trash(memo))) return;
    if (selectedId !== memo.id) return;
    arriving.current = null;
    setSelectedId(next);
    setStatus(null);
  };
  const exportMemoMarkdown = (memo: MemoSummary): void => {
    exportMarkdown(api, memo.id).then(
      (fileName) => toasts.show({ kind: 'success', message: `Exported ${fileName}` }),
      (error: unknown) => reportError(`Could not export “${memo.title}” as Markdown`, error),
    );
  };
  const memoImported = (memo: MemoSummary): void => {
    setTrashOpen(false);
    arriving.current = memo.id;
    setSelectedId(memo.id);
    if (layout === 'data') changeLayout('memo');
    toasts.show({ kind: 'success', message: `Imported “${memo.title}”` });
  };
  const newMemo = (): void => setNewMemoOpen(true);
  const importCsv = (): void => {
    if (layout === 'memo') changeLayout(selectedId === null ? 'data' : 'split');
    setImportOpen(true);
  };
  const choose = (kind: 'open' | 'new'): void => {
    setOpenFailure(null);
    chooseWorkspace(api, kind, (k) => setPathDialog({ kind: k })).catch((error: unknown) =>
      setOpenFailure({ path: '', message: describeError(error) }),
    );
  };

  useShortcuts([
    { keys: ['Mod+N', 'Mod+Alt+N'], run: () => newMemo() },
    { keys: 'Mod+Shift+D', run: () => changeLayout(toggleData(layout, previousLayout)) },
    {
      keys: 'Mod+\\',
      run: () => changeLayout(selectedId === null ? 'data' : toggleSplit(layout)),
      enabled: !narrow,
    },
    { keys: SIDEBAR_KEYS, run: () => setSidebarHidden(!sidebarHidden) },
    { keys: IMPORT_CSV_KEYS, run: () => importCsv(), enabled: info?.workspace != null },
    // In the desktop app the File menu's Open… answers Ctrl/Cmd+O (in the main process).
    { keys: 'Mod+O', run: () => choose('open'), enabled: api.kind !== 'electron' },
    { keys: ['Mod+/', 'Mod+?'], run: () => setShortcutsOpen((open) => !open) },
  ]);
  useAppCommands({
    'import-csv': () => importCsv(),
    'new-memo': () => newMemo(),
    'show-shortcuts': () => setShortcutsOpen(true),
    'import-markdown': () => setMarkdownImportOpen(true),
    'house-style': () => setHouseStyleOpen(true),
    'export-markdown': () => {
      const open = memos?.find((memo) => memo.id === selectedId);
      if (open) exportMemoMarkdown(open);
      else toasts.show({ kind: 'info', message: 'Open a memo to export it as Markdown.' });
    },
  });

  const selected = memos?.find((memo) => memo.id === selectedId) ?? null;
  // A narrow window shows the memo where side by side was chosen (and remembered).
  const shownLayout: ShellLayout = narrow && layout === 'split' ? 'memo' : layout;
  const effectiveLayout: ShellLayout = selected || shownLayout === 'data' ? shownLayout : 'memo';
  const showMemo = effectiveLayout !== 'data';
  const showData = effectiveLayout !== 'memo';
  const onStatus = useCallback((next: EditorStatus) => setStatus(next), []);
  const workspacePath = info?.workspace?.path ?? '';
  // The open memo's one title (its title block, as the list reads it), then the workspace.
  const memoTitle = selected?.title.trim() ?? '';
  useEffect(() => {
    const parts = [memoTitle, workspacePath && workspaceLabel(workspacePath), 'Tickmark'];
    document.title = parts.filter(Boolean).join(' — ');
  }, [memoTitle, workspacePath]);
  // A browser keeps Ctrl+N for itself; in browser mode the app answers Ctrl+Alt+N too and says so.
  const newMemoKeys = info?.mode === 'browser' ? 'Mod+Alt+N' : 'Mod+N';

  const pathDialogView = pathDialog && (
    <WorkspacePathDialog
      kind={pathDialog.kind}
      onClose={() => setPathDialog(null)}
      onFailure={setOpenFailure}
    />
  );

  if (info && !info.workspace) {
    return (
      <div className="app">
        <StartScreen onChoose={choose} failure={openFailure} />
        {pathDialogView}
      </div>
    );
  }

  return (
    <div className={`app${sidebarHidden ? ' sidebar-hidden' : ''}${narrow ? ' app-narrow' : ''}`}>
      {!sidebarHidden && (
        <Sidebar
          lists={lists}
          actions={actions}
          selectedId={showMemo ? selectedId : null}
          onOpenMemo={openMemo}
          onTrashMemo={(memo) => void trashMemo(memo)}
          onImportMarkdown={() => setMarkdownImportOpen(true)}
          onHouseStyle={() => setHouseStyleOpen(true)}
          onExportMarkdown={exportMemoMarkdown}
          onNewMemo={() => newMemo()}
          renamingId={renamingId}
          onRenamingChange={setRenamingId}
          dataActive={showData}
          onOpenData={() => changeLayout(layout === 'data' ? 'data' : selected ? 'split' : 'data')}
          trashOpen={trashOpen}
          onTrashOpenChange={setTrashOpen}
          workspaceName={workspacePath.split(/[\\/]/).pop() ?? ''}
          newMemoKeys={newMemoKeys}
          onHide={() => setSidebarHidden(true)}
        />
      )}
      <main className="app-main">
        <WorkspaceHeader
          title={
            effectiveLayout === 'data'
              ? 'Deal data'
              : (selected?.title ?? (selectedId === null ? 'No memo open' : ''))
          }
          subtitle={effectiveLayout === 'split' ? 'with deal data' : undefined}
          layout={effectiveLayout}
          onLayout={changeLayout}
          memoAvailable={selected !== null}
          splitOffered={!narrow}
          {...(sidebarHidden ? { onShowSidebar: () => setSidebarHidden(false) } : {})}
          actions={
            showMemo &&
            selected && (
              <>
                <HistoryButton
                  memoId={selected.id}
                  title={selected.title}
                  status={status}
                  readOnly={info?.workspace?.readOnly ?? false}
                />
                <ExportPdf memoId={selected.id} status={status} workspace={workspacePath} />
              </>
            )
          }
        />
        {infoError && (
          <p className="inline-error app-error" role="alert">
            Tickmark could not reach its workspace: {infoError}
          </p>
        )}
        <SplitPanes
          layout={effectiveLayout}
          memo={
            selected ? (
              <PaneErrorBoundary what="this memo" resetKey={selected.id}>
                <MemoEditor key={selected.id} memoId={selected.id} onStatus={onStatus} />
              </PaneErrorBoundary>
            ) : (
              memos &&
              selectedId === null && (
                <EmptyState
                  icon="memo"
                  title={memos.length === 0 ? 'Write your first memo' : 'No memo open'}
                  action={
                    <div className="empty-actions">
                      <button
                        type="button"
                        className="button button-primary"
                        onClick={() => newMemo()}
                      >
                        <Icon name="plus" /> New memo{' '}
                        <kbd className="kbd-on-primary">{shortcutLabel(newMemoKeys, IS_MAC)}</kbd>
                      </button>
                      <button type="button" className="button" onClick={() => changeLayout('data')}>
                        <Icon name="database" /> Open deal data
                      </button>
                    </div>
                  }
                >
                  A memo is prose whose figures are computed, live, from your deal data. Edit a fact
                  and every figure that reads it changes.
                </EmptyState>
              )
            )
          }
          data={
            <PaneErrorBoundary what="the data browser" resetKey="data">
              <DataBrowser
                importOpen={importOpen}
                onImportOpenChange={setImportOpen}
                titled={effectiveLayout === 'split'}
                readOnly={info?.workspace?.readOnly ?? false}
              />
            </PaneErrorBoundary>
          }
        />
      </main>
      <StatusLine info={info} status={showMemo && selected ? status : null} />
      {shortcutsOpen && (
        <ShortcutsDialog newMemoKeys={newMemoKeys} onClose={() => setShortcutsOpen(false)} />
      )}
      {markdownImportOpen && (
        <ImportMarkdownDialog
          onImported={memoImported}
          onClose={() => setMarkdownImportOpen(false)}
        />
      )}
      {houseStyleOpen && <HouseStyleDialog onClose={() => setHouseStyleOpen(false)} />}
      {newMemoOpen && <NewMemoDialog onCreate={createMemo} onClose={() => setNewMemoOpen(false)} />}
      {pathDialogView}
    </div>
  );
}
