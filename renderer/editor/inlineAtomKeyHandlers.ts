import type { Editor } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { NodeSelection, TextSelection, type EditorState } from '@tiptap/pm/state';

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

function step(editor: Editor, type: NodeType, dir: 1 | -1): boolean {
  const { state, view } = editor;
  const { selection } = state;
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
  const { selection } = state;
  if (!selection.empty || !(selection instanceof TextSelection)) return false;
  const $pos = selection.$head;
  const node = dir > 0 ? $pos.nodeAfter : $pos.nodeBefore;
  if (!node || node.type !== type) return false;
  const from = dir > 0 ? $pos.pos : $pos.pos - node.nodeSize;
  view.dispatch(state.tr.delete(from, from + node.nodeSize).scrollIntoView());
  return true;
}
