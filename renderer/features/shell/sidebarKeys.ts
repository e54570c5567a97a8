/** Hides and shows the sidebar (remembered across reloads). */
export const SIDEBAR_KEYS = 'Mod+Shift+S';
