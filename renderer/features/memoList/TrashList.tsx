import type { MemoSummary } from '../../../shared/api/memoApi';
import { shownTitle } from '../../../shared/memo/shownTitle';
import { Icon } from '../../ui/Icon';
import { MemoTitle } from './MemoTitle';
import { formatWhen } from '../../ui/formatWhen';

/** Memos in the trash: each can be restored, or deleted for good (after a confirm). */
export function TrashList({
  memos,
  onRestore,
  onPurge,
}: {
  memos: MemoSummary[];
  onRestore: (memo: MemoSummary) => void;
  onPurge: (memo: MemoSummary) => void;
}) {
  if (memos.length === 0) {
    return (
      <p className="sidebar-empty">
        The trash is empty. Memos you delete wait here until you restore them.
      </p>
    );
  }
  return (
    <ul className="memo-list trash-list" aria-label="Memos in the trash">
      {memos.map((memo) => (
        <li
          key={memo.id}
          className="memo-item trash-item"
          data-memo-id={memo.id}
          data-testid="trash-item"
        >
          <div className="memo-open">
            <Icon name="memo" size={15} />
            <span className="memo-text">
              <MemoTitle title={memo.title} />
              <span className="memo-when">
                Deleted{' '}
                {formatWhen(memo.deletedAt ?? memo.updatedAt).replace(/^(Today|Yesterday)/, (w) =>
                  w.toLowerCase(),
                )}
              </span>
            </span>
          </div>
          <div className="trash-actions">
            <button type="button" className="button trash-restore" onClick={() => onRestore(memo)}>
              <Icon name="restore" size={13} /> Restore
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete “${shownTitle(memo.title)}” for good`}
              title="Delete for good"
              onClick={() => onPurge(memo)}
            >
              <Icon name="trash" size={14} />
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
