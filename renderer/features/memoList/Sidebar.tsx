import { useMemo, useState } from 'react';
import type { MemoSummary } from '../../../shared/api/memoApi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcut';
import { SIDEBAR_KEYS } from '../shell/sidebarKeys';
import { IS_MAC } from '../../ui/useShortcuts';
import { MemoListItem } from './MemoListItem';
import { TrashList } from './TrashList';
import type { MemoActions } from './useMemoActions';
import type { MemoLists } from './useMemos';
import { SearchField } from '../../ui/SearchField';

export interface SidebarProps {
  lists: MemoLists;
  actions: MemoActions;
  selectedId: number | null;
  onOpenMemo: (id: number) => void;
  /** Delete on an item and its menu's Move to trash: one path, which opens the next memo. */
  onTrashMemo: (memo: MemoSummary) => void;
  /** File > Import Markdown… and Export Markdown…, also offered here. */
  onImportMarkdown: () => void;
  /** The workspace's House style dialog (firm, logo, certification, disclosures). */
  onHouseStyle: () => void;
  onExportMarkdown: (memo: MemoSummary) => void;
  onNewMemo: () => void;
  renamingId: number | null;
  onRenamingChange: (id: number | null) => void;
  dataActive: boolean;
  onOpenData: () => void;
  trashOpen: boolean;
  onTrashOpenChange: (open: boolean) => void;
  workspaceName: string;
  /** The new-memo shortcut as this window answers it. */
  newMemoKeys: string;
  /** Hides the sidebar (the workspace header then has the button that brings it back). */
  onHide: () => void;
}

/** The sidebar: new memo, the memo list (filter, rename, duplicate, trash), the data browser and the trash. */
export function Sidebar(props: SidebarProps) {
  const { lists, actions, selectedId } = props;
  const [filter, setFilter] = useState('');
  const [purging, setPurging] = useState<MemoSummary | null>(null);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (lists.memos ?? []).filter((memo) => memo.title.toLowerCase().includes(needle));
  }, [lists.memos, filter]);
  const trashCount = lists.trash?.length ?? 0;

  return (
    <aside className="sidebar" aria-label="Memos">
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden>
          <Icon name="check" size={14} />
        </span>
        <span className="brand-name">Tickmark</span>
        <span className="brand-workspace" title={props.workspaceName}>
          {props.workspaceName}
        </span>
        <button
          type="button"
          className="icon-button house-style-open"
          aria-label="House style…"
          title="House style… (firm, logo, certification, disclosures on every PDF)"
          onClick={props.onHouseStyle}
        >
          <Icon name="pencil" size={14} />
        </button>
        <button
          type="button"
          className="icon-button sidebar-toggle"
          aria-label="Hide the sidebar"
          title={`Hide the sidebar (${shortcutLabel(SIDEBAR_KEYS, IS_MAC)})`}
          onClick={props.onHide}
        >
          <Icon name="sidebar" size={16} />
        </button>
      </div>
      <button type="button" className="button button-primary new-memo" onClick={props.onNewMemo}>
        <Icon name="plus" /> New memo
        <kbd className="kbd-on-primary">{shortcutLabel(props.newMemoKeys, IS_MAC)}</kbd>
      </button>
      {props.trashOpen ? (
        <>
          <div className="sidebar-section">
            <button
              type="button"
              className="icon-button"
              aria-label="Back to memos"
              onClick={() => props.onTrashOpenChange(false)}
            >
              ‹
            </button>
            <span className="section-label">Trash</span>
            <span className="section-count">{trashCount}</span>
          </div>
          <TrashList
            memos={lists.trash ?? []}
            onRestore={(memo) => void actions.restore(memo)}
            onPurge={setPurging}
          />
        </>
      ) : (
        <>
          <SearchField
            className="sidebar-filter"
            placeholder="Filter memos"
            label="Filter memos by title"
            value={filter}
            onChange={setFilter}
          />
          <div className="sidebar-section">
            <span className="section-label">Memos</span>
            <span className="section-count">{lists.memos?.length ?? ''}</span>
            <button
              type="button"
              className="icon-button import-markdown"
              aria-label="Import Markdown…"
              title="Import Markdown… (a .md file becomes a memo)"
              onClick={props.onImportMarkdown}
            >
              <Icon name="upload" size={14} />
            </button>
          </div>
          {lists.error && (
            <p className="sidebar-error" role="alert">
              Could not load memos: {lists.error}
            </p>
          )}
          {lists.memos && shown.length === 0 && (
            <p className="sidebar-empty">
              {lists.memos.length === 0
                ? 'No memos yet. Create one to start writing.'
                : `No memo title contains “${filter}”.`}
            </p>
          )}
          <ul className="memo-list" aria-label="Memo list">
            {shown.map((memo) => (
              <MemoListItem
                key={memo.id}
                memo={memo}
                selected={memo.id === selectedId}
                renaming={memo.id === props.renamingId}
                onOpen={() => props.onOpenMemo(memo.id)}
                onStartRename={() => props.onRenamingChange(memo.id)}
                onCancelRename={() => props.onRenamingChange(null)}
                onRename={(title) => {
                  props.onRenamingChange(null);
                  void actions.rename(memo, title);
                }}
                onDuplicate={() =>
                  void actions.duplicate(memo).then((copy) => copy && props.onOpenMemo(copy.id))
                }
                onExportMarkdown={() => props.onExportMarkdown(memo)}
                onTrash={() => props.onTrashMemo(memo)}
              />
            ))}
          </ul>
        </>
      )}
      <nav className="sidebar-nav" aria-label="Places">
        <button
          type="button"
          className={`nav-item${props.dataActive ? ' active' : ''}`}
          aria-current={props.dataActive ? 'page' : undefined}
          onClick={props.onOpenData}
        >
          <Icon name="database" />
          <span>Deal data</span>
          <kbd>{shortcutLabel('Mod+Shift+D', IS_MAC)}</kbd>
        </button>
        <button
          type="button"
          className={`nav-item${props.trashOpen ? ' active' : ''}`}
          aria-pressed={props.trashOpen}
          onClick={() => props.onTrashOpenChange(!props.trashOpen)}
        >
          <Icon name="trash" />
          <span>Trash</span>
          {trashCount > 0 && <span className="nav-count">{trashCount}</span>}
        </button>
      </nav>
      {purging && (
        <ConfirmDialog
          title={`Delete “${purging.title}” for good?`}
          confirmLabel="Delete for good"
          danger
          onCancel={() => setPurging(null)}
          onConfirm={() => {
            const memo = purging;
            setPurging(null);
            void actions.purge(memo);
          }}
        >
          The memo and its kept versions are removed from the workspace. This cannot be undone.
        </ConfirmDialog>
      )}
    </aside>
  );
}
