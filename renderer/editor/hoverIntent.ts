import type { EditorUi, EditorUiState } from './createEditorUi';

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;
const timers = new WeakMap<EditorUi, ReturnType<typeof setTimeout>>();

/** Shows a hover card after the pointer rests on its anchor, so skimming the text opens nothing. */
export function hoverEnter(ui: EditorUi, hover: NonNullable<EditorUiState['hover']>): void {
  clearTimeout(timers.get(ui));
  const open = ui.get().hover;
  const delay = open ? 0 : OPEN_DELAY_MS;
  timers.set(
    ui,
    setTimeout(() => ui.set({ hover }), delay),
  );
}

/** Hides the hover card shortly after the pointer leaves, so it can move into the card. */
export function hoverLeave(ui: EditorUi): void {
  clearTimeout(timers.get(ui));
  timers.set(
    ui,
    setTimeout(() => ui.set({ hover: null }), CLOSE_DELAY_MS),
  );
}

/** The pointer is inside the card: keep it open. */
export function hoverKeep(ui: EditorUi): void {
  clearTimeout(timers.get(ui));
}
