import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type { EditorUi, EditorUiState } from '../createEditorUi';
import { useAnchoredPosition } from '../floating/useAnchoredPosition';
import { filterSlashCommands } from './slashCommands';
import { runSlashCommand } from './slashMenuExtension';

/** The `/` menu under the caret: the commands matching what follows the slash. */
export function SlashMenuView({
  editor,
  ui,
  menu,
}: {
  editor: Editor;
  ui: EditorUi;
  menu: NonNullable<EditorUiState['slashMenu']>;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const style = useAnchoredPosition(
    () => {
      const c = editor.view.coordsAtPos(menu.from);
      return new DOMRect(c.left, c.top, 0, c.bottom - c.top);
    },
    panel,
    [menu.from],
  );
  const commands = filterSlashCommands(menu.query);
  useEffect(() => {
    panel.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [menu.index]);
  return (
    <div ref={panel} className="popover slash-menu" style={style} data-testid="slash-menu">
      {commands.length === 0 ? (
        <div className="slash-menu__empty">No command matches “{menu.query}”</div>
      ) : (
        <ul role="listbox" aria-label="Insert">
          {commands.map((command, index) => (
            <li
              key={command.id}
              role="option"
              aria-selected={index === menu.index}
              className={`slash-menu__item${index === menu.index ? ' slash-menu__item--active' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault();
                runSlashCommand(editor, ui, index);
              }}
              onMouseEnter={() => ui.set({ slashMenu: { ...menu, index } })}
            >
              <span className="slash-menu__title">{command.title}</span>
              <span className="slash-menu__hint">{command.hint}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
