import { useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorUi } from '../createEditorUi';
import { useAnchoredPosition } from '../floating/useAnchoredPosition';
import { useOutsideDismiss } from '../floating/useOutsideDismiss';

/** Writes a footnote's text. Enter (or Mod-Enter) saves, Escape cancels; an empty new note is removed. */
export function FootnotePopover({
  editor,
  ui,
  pos,
  isNew,
}: {
  editor: Editor;
  ui: EditorUi;
  pos: number;
  isNew: boolean;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const node = editor.state.doc.nodeAt(pos);
  const [text, setText] = useState(String(node?.attrs.text ?? ''));
  const style = useAnchoredPosition(
    () => (editor.view.nodeDOM(pos) as HTMLElement | null)?.getBoundingClientRect() ?? null,
    panel,
    [pos],
  );

  const finish = (save: boolean): void => {
    const current = editor.state.doc.nodeAt(pos);
    if (current?.type.name === 'footnote') {
      const tr = editor.state.tr;
      const empty = (save ? text : String(current.attrs.text)).trim() === '';
      if (empty && (isNew || save)) {
        tr.delete(pos, pos + current.nodeSize);
        tr.setSelection(TextSelection.create(tr.doc, pos));
      } else {
        if (save) tr.setNodeMarkup(pos, undefined, { text: text.trim() });
        tr.setSelection(TextSelection.create(tr.doc, pos + current.nodeSize));
      }
      editor.view.dispatch(tr);
    }
    ui.set({ footnoteEditor: null });
    editor.view.focus();
  };

  useOutsideDismiss(panel, () => finish(true));
  return (
    <div
      ref={panel}
      className="popover footnote-popover"
      style={style}
      role="dialog"
      aria-label="Footnote"
      data-testid="footnote-popover"
    >
      <label className="popover__field">
        <span className="popover__label">Footnote</span>
        <textarea
          className="popover__input popover__textarea"
          value={text}
          autoFocus
          rows={3}
          placeholder="Source or remark, printed at the foot of the page"
          data-testid="footnote-input"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              finish(true);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              finish(false);
            }
          }}
        />
      </label>
      <div className="popover__actions">
        <span className="popover__hint">Enter to save · Shift+Enter for a new line</span>
        <span className="popover__spacer" />
        <button type="button" className="button button-primary" onClick={() => finish(true)}>
          Save
        </button>
      </div>
    </div>
  );
}
