/** What the workspace area shows: the memo, the data browser, or both side by side. */
export type ShellLayout = 'memo' | 'data' | 'split';

/** Ctrl+Shift+D: to the data browser, and back to where you were. */
export function toggleData(layout: ShellLayout, previous: ShellLayout): ShellLayout {
  if (layout === 'data') return previous === 'data' ? 'memo' : previous;
  return 'data';
}

/** Ctrl+\: side by side, and back to the memo. */
export function toggleSplit(layout: ShellLayout): ShellLayout {
  return layout === 'split' ? 'memo' : 'split';
}

/** A stored layout, if it still is one. */
export function parseLayout(text: string): ShellLayout | null {
  return text === 'memo' || text === 'data' || text === 'split' ? text : null;
}
