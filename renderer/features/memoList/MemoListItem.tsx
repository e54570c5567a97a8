import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MemoSummary } from '../../../shared/api/memoApi';
import { shownTitle } from '../../../shared/memo/shownTitle';
import { Icon } from '../../ui/Icon';
import { MemoTitle } from './MemoTitle';
import { formatWhen } from '../../ui/formatWhen';
import { MemoMenu } from './MemoMenu';
import { RenameInput } from './RenameInput';

/**
 * One memo in the sidebar. Click opens it; F2 or double-click renames it in place (Enter
 * keeps, Escape cancels); Delete moves it to the trash; the ⋯ menu has all three and Duplicate.
 */
export function MemoListItem({
  memo,
  selected,
  renaming,
  onOpen,
  onStartRename,
  onRename,
  onCancelRename,
  onDuplicate,
  onExportMarkdown,
  onTrash,
}: {
  onExportMarkdown: () => void;
  memo: MemoSummary;
  selected: boolean;
  renaming: boolean;
  onOpen: () => void;
  onStartRename: () => void;
  onRename: (title: string) => void;
  onCancelRename: () => void;
  onDuplicate: () => void;
  onTrash: () => void;
}) {
  const [menuOpen, setMenuOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);

  // After Enter or Escape in the title field, the keyboard stays on this memo.
  useEffect(() => {
    if (wasRenaming.current && !renaming && document.activeElement === document.body) {
      openButton.current?.focus();
    }
    wasRenaming.current = renaming;
  }, [renaming]);
  const onItemKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'F2') {
      event.preventDefault();
      onStartRename();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onTrash();
    }
  };

  return (
    <li
      className={`memo-item${selected ? ' selected' : ''}`}
      data-memo-id={memo.id}
      data-testid="memo-item"
    >
      {renaming ? (
        <RenameInput title={memo.title} onRename={onRename} onCancel={onCancelRename} />
      ) : (
        <button
          ref={openButton}
          type="button"
          className="memo-open"
          aria-current={selected ? 'page' : undefined}
          onClick={onOpen}
          onDoubleClick={onStartRename}
          onKeyDown={onItemKey}
        >
          <Icon name="memo" size={15} />
          <span className="memo-text">
            <MemoTitle title={memo.title} />
            <span className="memo-when">{formatWhen(memo.updatedAt)}</span>
          </span>
        </button>
      )}
      {!renaming && (
        <button
          type="button"
          className="memo-more"
          aria-label={`Actions for ${shownTitle(memo.title)}`}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <Icon name="more" size={14} />
        </button>
      )}
      {menuOpen && (
        <MemoMenu
          label={`Actions for ${shownTitle(memo.title)}`}
          onClose={() => setMenuOpen(false)}
          items={[
            { label: 'Rename', icon: 'pencil', run: onStartRename, hint: 'F2' },
            { label: 'Duplicate', icon: 'copy', run: onDuplicate },
            { label: 'Export Markdown…', icon: 'download', run: onExportMarkdown },
            { label: 'Move to trash', icon: 'trash', run: onTrash, danger: true, hint: 'Del' },
          ]}
        />
      )}
    </li>
  );
}
