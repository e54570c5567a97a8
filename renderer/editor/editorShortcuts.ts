/**
 * The memo editor's keyboard gestures, as the shortcut list shows them (`Mod` is Ctrl, or Cmd
 * on a Mac). The keys themselves are bound where they act: `editorKeys.ts`, the figure node's
 * `inlineAtomKeyHandlers.ts`, the find bar.
 */
export const EDITOR_SHORTCUTS: readonly (readonly [keys: string, label: string])[] = [
  ['Mod+Shift+F', 'Insert a figure (or type {{)'],
  ['← →', 'Onto a figure: selects it; again: past it'],
  ['Enter', 'On a selected figure: edit it'],
  ['Tab', 'In a figure: from the expression to its format'],
  ['Mod+K', 'Link the selected text'],
  ['Mod+F', 'Find in the memo (text, or figures by expression)'],
  ['Mod+H', 'Find and replace'],
];
