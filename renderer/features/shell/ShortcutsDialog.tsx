import { EDITOR_SHORTCUTS } from '../../editor/editorShortcuts';
import { Dialog } from './Dialog';
import { shortcutLabel } from './shortcut';
import { IS_MAC } from './useShortcuts';

const groups = (newMemoKeys: string): { title: string; items: [string, string][] }[] => [
  {
    title: 'Anywhere',
    items: [
      [newMemoKeys, 'New memo'],
      ['Mod+Shift+D', 'Data browser (and back)'],
      ['Mod+\\', 'Memo and data side by side'],
      ['Mod+O', 'Open a workspace'],
      ['Mod+Shift+O', 'Import facts from a CSV file'],
      ['Mod+Shift+E', 'Export the open memo to PDF'],
      ['Mod+Shift+H', 'History of the open memo: versions, compare, restore'],
      ['Mod+/', 'This list'],
    ],
  },
  {
    title: 'In a memo',
    items: EDITOR_SHORTCUTS.map(([keys, label]): [string, string] => [keys, label]),
  },
  {
    title: 'Memo list',
    items: [
      ['F2', 'Rename the memo'],
      ['Delete', 'Move the memo to the trash'],
    ],
  },
  {
    title: 'Data browser',
    items: [
      ['↑ ↓ ← →', 'Move between cells'],
      ['Enter', 'Edit the cell; Enter again saves'],
      ['Escape', 'Cancel the edit'],
      ['Tab', 'Save and go to the next cell'],
      ['Mod+Z', 'Undo the last fact edit'],
      ['Delete', 'Delete the fact (asks first)'],
      ['Alt+H', 'Show the fact and its history'],
    ],
  },
];

/** Every keyboard shortcut, grouped by where it works. */
export function ShortcutsDialog({
  newMemoKeys,
  onClose,
}: {
  newMemoKeys: string;
  onClose: () => void;
}) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcuts-dialog">
      {groups(newMemoKeys).map((group) => (
        <section key={group.title} className="shortcut-group">
          <h3>{group.title}</h3>
          <dl>
            {group.items.map(([keys, label]) => (
              <div key={label} className="shortcut-row">
                <dt>{label}</dt>
                <dd>
                  <kbd>
                    {/\+./.test(keys) || keys === 'Delete' ? shortcutLabel(keys, IS_MAC) : keys}
                  </kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}
