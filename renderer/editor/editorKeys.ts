import { Extension } from '@tiptap/core';
import type { EditorUi } from './createEditorUi';

export interface EditorKeysOptions {
  ui: EditorUi | null;
}

/** Shortcuts that open editor UI rather than change the document: Mod-K for a link, Escape closes. */
export const EditorKeys = Extension.create<EditorKeysOptions>({
  name: 'editorKeys',

  addOptions() {
    return { ui: null };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.ui?.set({ linkEditor: true, hover: null });
        return true;
      },
      'Mod-Shift-f': () => this.editor.commands.insertFigure(),
    };
  },
});
