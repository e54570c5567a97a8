import { useCallback, useSyncExternalStore } from 'react';
import type { EditorUi, EditorUiState } from './createEditorUi';

/** One slice of the editor UI state; re-renders only when that slice changes. */
export function useEditorUi<T>(ui: EditorUi, select: (state: EditorUiState) => T): T {
  const snapshot = useCallback(() => select(ui.get()), [ui, select]);
  return useSyncExternalStore(ui.subscribe, snapshot, snapshot);
}
