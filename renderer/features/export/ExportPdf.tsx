import { useState } from 'react';
import type { EditorStatus } from '../memoEditor/editorStatus';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcut';
import { IS_MAC, useShortcuts } from '../../ui/useShortcuts';
import { ExportDialog } from './ExportDialog';
import { useAppCommands } from '../workspace/useAppCommands';

/** The shortcut that opens the export dialog. */
export const EXPORT_PDF_KEYS = 'Mod+Shift+E';

/** The header's Export PDF button, and its shortcut, for the open memo. */
export function ExportPdf({
  memoId,
  status,
  workspace,
}: {
  memoId: number;
  status: EditorStatus | null;
  workspace: string;
}) {
  const [open, setOpen] = useState(false);
  useShortcuts([{ keys: EXPORT_PDF_KEYS, run: () => setOpen(true) }]);
  useAppCommands({ 'export-pdf': () => setOpen(true) });
  return (
    <>
      <button
        type="button"
        className="button export-button"
        title={`Export the memo to PDF (${shortcutLabel(EXPORT_PDF_KEYS, IS_MAC)})`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Icon name="download" size={14} />
        Export PDF
      </button>
      {open && (
        <ExportDialog
          memoId={memoId}
          status={status}
          workspace={workspace}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
