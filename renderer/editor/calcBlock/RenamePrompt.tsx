import type { Editor } from '@tiptap/core';
import { renameInDocument, countUses } from './renameInDocument';

/**
 * Offers to carry a variable's new name into the figures (and other calc lines) that still
 * use the old one. One click, one undoable step.
 */
export function RenamePrompt({
  editor,
  from,
  to,
  onDone,
  onDismiss,
}: {
  editor: Editor;
  from: string;
  to: string;
  onDone: () => void;
  onDismiss: () => void;
}) {
  const uses = countUses(editor.state.doc, from);
  if (uses.figures + uses.lines === 0) return null;
  const what = [
    uses.figures > 0 ? `${uses.figures} figure${uses.figures === 1 ? '' : 's'}` : '',
    uses.lines > 0 ? `${uses.lines} calc line${uses.lines === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <div
      className="rename-prompt"
      contentEditable={false}
      role="status"
      data-testid="rename-prompt"
    >
      <span>
        Renamed <code>{from}</code> to <code>{to}</code>: {what} still use <code>{from}</code>.
      </span>
      <button
        type="button"
        className="rename-prompt__apply"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          editor.view.dispatch(renameInDocument(editor.state, from, to));
          onDone();
        }}
      >
        Update {uses.figures + uses.lines === 1 ? 'it' : 'them'}
      </button>
      <button type="button" className="rename-prompt__dismiss" onClick={onDismiss}>
        Keep
      </button>
    </div>
  );
}
