import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import type { EditorUi } from '../createEditorUi';
import { findMatches } from './findMatches';
import { findKey, type FindMeta } from './findPlugin';
import { replaceMatches } from './replaceMatches';

/**
 * The find bar (Mod-F), with Replace (Mod-H): finds text and figures by expression, Enter
 * goes to the next match and Shift+Enter to the previous one; Replace and Replace all are one
 * undo step each; Escape closes it and returns to the text.
 */
export function FindBar({
  editor,
  ui,
  replace,
  opened,
}: {
  editor: Editor;
  ui: EditorUi;
  replace: boolean;
  opened: number;
}) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(0);
  const [version, setVersion] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [opened]);
  useEffect(() => {
    const onUpdate = () => setVersion((v) => v + 1);
    editor.on('update', onUpdate);
    return () => void editor.off('update', onUpdate);
  }, [editor]);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` marks a changed document
  const matches = useMemo(() => findMatches(editor.state.doc, query), [editor, query, version]);
  const at = matches.length === 0 ? 0 : Math.min(current, matches.length - 1);

  useEffect(() => {
    const meta: FindMeta = { query, current: at };
    editor.view.dispatch(editor.state.tr.setMeta(findKey, meta).setMeta('addToHistory', false));
  }, [editor, query, at, version]);
  useEffect(
    () => () => {
      if (editor.isDestroyed) return;
      const meta: FindMeta = { query: '', current: 0 };
      editor.view.dispatch(editor.state.tr.setMeta(findKey, meta).setMeta('addToHistory', false));
    },
    [editor],
  );

  const show = (index: number): void => {
    const match = matches[index];
    if (!match) return;
    setCurrent(index);
    const { doc } = editor.state;
    const selection =
      match.kind === 'figure'
        ? NodeSelection.create(doc, match.from)
        : TextSelection.create(doc, match.from, match.to);
    editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
  };
  const step = (delta: 1 | -1): void => {
    if (matches.length === 0) return;
    show((at + delta + matches.length) % matches.length);
  };
  const replaceOne = (): void => {
    const match = matches[at];
    if (!match) return;
    editor.view.dispatch(replaceMatches(editor.state.tr, [match], query, replacement));
    input.current?.focus();
  };
  const replaceAll = (): void => {
    if (matches.length === 0) return;
    editor.view.dispatch(replaceMatches(editor.state.tr, matches, query, replacement));
    // The button turns disabled when nothing is left to replace: the keyboard stays in the bar.
    input.current?.focus();
  };
  const close = (): void => {
    ui.set({ find: null });
    editor.view.focus();
  };

  const figures = matches.filter((m) => m.kind === 'figure').length;
  const count =
    query === ''
      ? ''
      : matches.length === 0
        ? 'No match'
        : `${at + 1} of ${matches.length}${figures > 0 ? ` (${figures} in figures)` : ''}`;

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find in the memo"
      data-testid="find-bar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <div className="find-bar__row">
        <FindInput
          inputRef={input}
          value={query}
          placeholder="Find text, or a figure's expression"
          label="Find"
          testId="find-input"
          onChange={(text) => {
            setQuery(text);
            setCurrent(0);
          }}
          onEnter={(shift) => step(shift ? -1 : 1)}
        />
        <span className="find-bar__count" aria-live="polite" data-testid="find-count">
          {count}
        </span>
        <button type="button" aria-label="Previous match" onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" aria-label="Next match" onClick={() => step(1)}>
          ↓
        </button>
        <button type="button" aria-label="Close find" onClick={close}>
          ×
        </button>
      </div>
      {replace && (
        <div className="find-bar__row">
          <FindInput
            value={replacement}
            placeholder="Replace with"
            label="Replace with"
            testId="replace-input"
            onChange={setReplacement}
            onEnter={replaceOne}
          />
          <button type="button" onClick={replaceOne} disabled={matches.length === 0}>
            Replace
          </button>
          <button type="button" onClick={replaceAll} disabled={matches.length === 0}>
            Replace all
          </button>
        </div>
      )}
    </div>
  );
}

/** One of the bar's text boxes: Enter (Shift+Enter says `shift`) acts instead of typing. */
function FindInput({
  inputRef,
  value,
  placeholder,
  label,
  testId,
  onChange,
  onEnter,
}: {
  inputRef?: RefObject<HTMLInputElement | null>;
  value: string;
  placeholder: string;
  label: string;
  testId: string;
  onChange: (value: string) => void;
  onEnter: (shift: boolean) => void;
}) {
  return (
    <input
      ref={inputRef}
      className="popover__input find-bar__input"
      value={value}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onEnter(event.shiftKey);
        }
      }}
    />
  );
}
