import type { Editor } from '@tiptap/react';

/**
 * Whether the user is typing in a field elsewhere (a title being renamed in the list, a
 * filter): an opening memo must not take the focus from there.
 */
export function isTypingElsewhere(active: Element | null, editorDom: Element): boolean {
  if (!active || active === document.body || editorDom.contains(active)) return false;
  if (active instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(active.type);
  }
  return (
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement ||
    (active instanceof HTMLElement && active.isContentEditable)
  );
}

/**
 * The editor takes the focus, caret at the start, when a memo opens, unless the user has
 * meanwhile clicked into the text (the caret stays where they put it) or started typing
 * somewhere else (a double-click on a memo opens it with the first
 * click and starts renaming it with the second; on a slow machine the memo arrives after).
 */
export function focusOnOpen(editor: Editor): () => void {
  const timer = setTimeout(() => {
    if (editor.isDestroyed) return;
    // Already clicked into (the caret is where the user put it) or typing elsewhere.
    if (editor.view.dom.contains(document.activeElement)) return;
    if (isTypingElsewhere(document.activeElement, editor.view.dom)) return;
    editor.commands.focus('start');
  }, 0);
  return () => clearTimeout(timer);
}
