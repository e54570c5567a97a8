import { useState } from 'react';
import type { EditorStatus } from '../memoEditor/editorStatus';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcut';
import { IS_MAC, useShortcuts } from '../../ui/useShortcuts';
import { HistoryDialog } from './HistoryDialog';

/** The shortcut that opens the open memo's history. */
export const HISTORY_KEYS = 'Mod+Shift+H';

/** The header's History button, and its shortcut, for the open memo. */
export function HistoryButton({
  memoId,
  title,
  status,
  readOnly,
}: {
  memoId: number;
  title: string;
  status: EditorStatus | null;
  readOnly: boolean;
}) {
  const [open, setOpen] = useState(false);
  useShortcuts([{ keys: HISTORY_KEYS, run: () => setOpen(true) }]);
  return (
    <>
      <button
        type="button"
        className="button memo-history-button"
        title={`Versions of this memo: open, compare, restore (${shortcutLabel(HISTORY_KEYS, IS_MAC)})`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Icon name="history" size={14} />
        History
      </button>
      {open && (
        <HistoryDialog
          memoId={memoId}
          title={title}
          status={status}
          readOnly={readOnly}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
