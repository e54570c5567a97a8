import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorUi } from '../createEditorUi';
import { filterSlashCommands } from './slashCommands';

export interface SlashMenuOptions {
  ui: EditorUi | null;
}

const TRIGGER = /(?:^|\s)\/([A-Za-z0-9]{0,20})$/;

/** Where a `/query` is being typed, if anywhere: at the start of a block or after a space. */
export function findSlashQuery(
  state: EditorState,
): { from: number; to: number; query: string } | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const $pos = selection.$from;
  if (!$pos.parent.isTextblock || $pos.parent.type.spec.code) return null;
  const start = Math.max(0, $pos.parentOffset - 24);
  const before = $pos.parent.textBetween(start, $pos.parentOffset, undefined, '\ufffc');
  const match = TRIGGER.exec(before);
  if (!match) return null;
  const query = match[1] ?? '';
  return { from: $pos.pos - query.length - 1, to: $pos.pos, query };
}

/** Runs the highlighted (or given) command of the open `/` menu, replacing the typed `/query`. */
export function runSlashCommand(editor: Editor, ui: EditorUi, index?: number): boolean {
  const menu = ui.get().slashMenu;
  if (!menu) return false;
  const command = filterSlashCommands(menu.query)[index ?? menu.index];
  ui.set({ slashMenu: null });
  if (!command) return false;
  editor.chain().focus().deleteRange({ from: menu.from, to: menu.to }).run();
  command.run(editor);
  return true;
}

/**
 * The `/` command menu: typing `/` at the start of a block or after a space opens it, the
 * following letters filter it, arrows move, Enter or Tab runs, Escape dismisses.
 */
export const SlashMenu = Extension.create<SlashMenuOptions>({
  name: 'slashMenu',
  priority: 1100,

  addOptions() {
    return { ui: null };
  },

  addProseMirrorPlugins() {
    const ui = this.options.ui;
    const editor = this.editor;
    if (!ui) return [];
    let dismissedAt: number | null = null;
    return [
      new Plugin({
        key: new PluginKey('slashMenu'),
        view: () => ({
          update: (view) => {
            const found = findSlashQuery(view.state);
            if (found && dismissedAt === found.from) return;
            if (!found) dismissedAt = null;
            const open = ui.get().slashMenu;
            if (!found) {
              if (open) ui.set({ slashMenu: null });
              return;
            }
            if (
              open &&
              open.from === found.from &&
              open.query === found.query &&
              open.to === found.to
            )
              return;
            const index = open && open.query === found.query ? open.index : 0;
            ui.set({ slashMenu: { ...found, index } });
          },
          destroy: () => ui.set({ slashMenu: null }),
        }),
        props: {
          handleKeyDown: (_view, event) => {
            const menu = ui.get().slashMenu;
            if (!menu) return false;
            const count = filterSlashCommands(menu.query).length;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              if (count === 0) return false;
              const delta = event.key === 'ArrowDown' ? 1 : -1;
              ui.set({ slashMenu: { ...menu, index: (menu.index + delta + count) % count } });
              return true;
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              if (count === 0) return false;
              event.preventDefault();
              return runSlashCommand(editor, ui);
            }
            if (event.key === 'Escape') {
              dismissedAt = menu.from;
              ui.set({ slashMenu: null });
              return true;
            }
            return false;
          },
        },
      }),
    ];
  },
});
