import type { Editor } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/**
 * What the calc block and the chart block share: a block of plain text (no marks), read as
 * code, whose Mod-Enter and Shift-Enter (leave the block) come before the hard break's.
 */
export const CODE_TEXT_BLOCK = {
  group: 'block',
  content: 'text*',
  marks: '',
  code: true,
  defining: true,
  priority: 150,
} as const;

/** Leaves a code text block: the caret goes to the block after it (a new paragraph if none). */
export function leaveCodeTextBlock(editor: Editor, type: NodeType): boolean {
  const { state, view } = editor;
  const { $head, empty } = state.selection;
  if (!empty || $head.parent.type !== type) return false;
  const after = $head.after();
  const next = state.doc.resolve(after).nodeAfter;
  const tr = state.tr;
  if (!next || !next.isTextblock) tr.insert(after, state.schema.nodes.paragraph!.create());
  tr.setSelection(TextSelection.near(tr.doc.resolve(after + 1)));
  view.dispatch(tr.scrollIntoView());
  return true;
}

/** The keys of a code text block: leave it with Mod-Enter or Shift-Enter; Tab indents. */
export function codeTextBlockKeys(editor: Editor, type: NodeType) {
  const leave = (): boolean => leaveCodeTextBlock(editor, type);
  return {
    'Mod-Enter': leave,
    'Shift-Enter': leave,
    Tab: () =>
      editor.state.selection.$head.parent.type === type && editor.commands.insertContent('  '),
  };
}
