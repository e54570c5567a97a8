import type { MenuItemConstructorOptions } from 'electron';

/** The parts of Electron's `context-menu` params the menu reads. */
export interface ContextParams {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: {
    canCut: boolean;
    canCopy: boolean;
    canPaste: boolean;
    canSelectAll: boolean;
  };
}

export interface ContextActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/**
 * The right-click menu: spelling suggestions for a misspelled word (and Add to Dictionary),
 * then Cut/Copy/Paste/Select All as the spot allows. Empty when there is nothing to offer.
 */
export function contextMenuTemplate(
  params: ContextParams,
  actions: ContextActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 6);
    items.push(
      ...(suggestions.length
        ? suggestions.map((word) => ({
            label: word,
            click: () => actions.replaceMisspelling(word),
          }))
        : [{ label: 'No Suggestions', enabled: false }]),
      {
        label: 'Add to Dictionary',
        click: () => actions.addToDictionary(params.misspelledWord),
      },
      { type: 'separator' },
    );
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy', enabled: params.editFlags.canCopy });
    items.push({ role: 'selectAll', enabled: params.editFlags.canSelectAll });
  }
  return items;
}
