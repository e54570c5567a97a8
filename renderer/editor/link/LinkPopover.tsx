import { useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { EditorUi } from '../createEditorUi';
import { useAnchoredPosition } from '../floating/useAnchoredPosition';
import { useOutsideDismiss } from '../floating/useOutsideDismiss';
import { safeHref } from './safeHref';

/** Mod-K: add, change or remove the link on the selection. Only http, https and mailto links. */
export function LinkPopover({ editor, ui }: { editor: Editor; ui: EditorUi }) {
  const panel = useRef<HTMLDivElement>(null);
  const existing = String(editor.getAttributes('link').href ?? '');
  const [text, setText] = useState(existing);
  const [error, setError] = useState<string | null>(null);
  const from = editor.state.selection.from;
  const style = useAnchoredPosition(
    () => {
      const c = editor.view.coordsAtPos(from);
      return new DOMRect(c.left, c.top, 0, c.bottom - c.top);
    },
    panel,
    [from],
  );

  const close = (): void => {
    ui.set({ linkEditor: false });
    editor.commands.focus();
  };

  const apply = (): void => {
    if (text.trim() === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return close();
    }
    const href = safeHref(text);
    if (!href) {
      setError('A link must be a web address (https://…) or an e-mail address (mailto:…).');
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({
          type: 'text',
          text: text.trim(),
          marks: [{ type: 'link', attrs: { href } }],
        })
        .run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    close();
  };

  useOutsideDismiss(panel, () => close());
  return (
    <div
      ref={panel}
      className="popover link-popover"
      style={style}
      role="dialog"
      aria-label="Link"
      data-testid="link-popover"
    >
      <label className="popover__field">
        <span className="popover__label">Link address</span>
        <input
          className="popover__input"
          value={text}
          autoFocus
          spellCheck={false}
          placeholder="https://example.com or name@example.com"
          aria-invalid={error ? true : undefined}
          data-testid="link-input"
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        />
      </label>
      {error && (
        <p className="popover__error" role="alert">
          {error}
        </p>
      )}
      <div className="popover__actions">
        {existing && (
          <button
            type="button"
            className="button button-quiet button-danger"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              close();
            }}
          >
            Remove link
          </button>
        )}
        <span className="popover__spacer" />
        <button type="button" className="button button-quiet" onClick={close}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={apply}>
          Apply
        </button>
      </div>
    </div>
  );
}
