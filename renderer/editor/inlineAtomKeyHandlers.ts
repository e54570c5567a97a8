import type { Editor } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { NodeSelection, TextSelection, type EditorState, type Selection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

type KeyHandler = (props: { editor: Editor }) => boolean;

/**
 * Caret behaviour around an inline atom (a figure, a footnote), made explicit rather than left
 * to the browser (inline atoms are where contenteditable caret traps live): an arrow key onto
 * the atom selects it (so it is reachable from the keyboard), the next press steps past it;
 * Backspace and Delete remove it as one unit; Enter on a selected one (arrowed onto, clicked,
 * or Shift+Arrow over it) opens its popover and never splits the paragraph.
 */
export function inlineAtomKeyHandlers(
  type: NodeType,
  edit: () => boolean,
): Record<string, KeyHandler> {
  return {
    ArrowRight: ({ editor }) => step(editor, type, 1),
    ArrowLeft: ({ editor }) => step(editor, type, -1),
    Backspace: ({ editor }) => remove(editor, type, -1),
    Delete: ({ editor }) => remove(editor, type, 1),
    Enter: ({ editor }) => selectSpannedAtom(editor, type) && edit(),
  };
}

function isAtomSelected(state: EditorState, type: NodeType): boolean {
  const { selection } = state;
  return selection instanceof NodeSelection && selection.node.type === type;
}

/** A node selection of the atom, or a text selection spanning exactly one (Shift+Arrow over it), is its selection. */
function selectSpannedAtom(editor: Editor, type: NodeType): boolean {
  const { state, view } = editor;
  if (isAtomSelected(state, type)) return true;
  const { from, to, empty } = state.selection;
  const node = empty ? null : state.doc.nodeAt(from);
  if (!node || node.type !== type || to !== from + node.nodeSize) return false;
  view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, from)));
  return true;
}

/**
 * The caret as the page has it. A key pressed right after the browser moved the caret itself
 * (the first of two quick arrow presses) arrives before ProseMirror has read that move (it reads
 * it on `selectionchange`, which comes later), so the state's caret can be one step behind.
 */
function caretNow(view: EditorView, state: EditorState): Selection {
  const { selection } = state;
  if (!selection.empty || !(selection instanceof TextSelection)) return selection;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.focusNode || !dom.isCollapsed || !view.dom.contains(dom.focusNode)) return selection;
  try {
    const pos = view.posAtDOM(dom.focusNode, dom.focusOffset);
    if (pos === selection.head) return selection;
    const moved = TextSelection.create(state.doc, pos);
    return moved.$head.parent.inlineContent ? moved : selection;
  } catch {
    return selection;
  }
}

function step(editor: Editor, type: NodeType, dir: 1 | -1): boolean {
  const { state, view } = editor;
  const selection = caretNow(view, state);
  if (isAtomSelected(state, type)) {
    const pos = dir > 0 ? selection.to : selection.from;
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos)).scrollIntoView());
    return true;
  }
  if (!selection.empty || !(selection instanceof TextSelection)) return false;
  const $pos = selection.$head;
  const node = dir > 0 ? $pos.nodeAfter : $pos.nodeBefore;
  if (!node || node.type !== type) return false;
  const from = dir > 0 ? $pos.pos : $pos.pos - node.nodeSize;
  view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, from)).scrollIntoView());
  return true;
}

function remove(editor: Editor, type: NodeType, dir: 1 | -1): boolean {
  const { state, view } = editor;
  const selection = caretNow(view, state);
  if (!selection.empty || !(selection instanceof TextSelection)) return false;
  const $pos = selection.$head;
  const node = dir > 0 ? $pos.nodeAfter : $pos.nodeBefore;
  if (!node || node.type !== type) return false;
  const from = dir > 0 ? $pos.pos : $pos.pos - node.nodeSize;
  view.dispatch(state.tr.delete(from, from + node.nodeSize).scrollIntoView());
  return true;
}
