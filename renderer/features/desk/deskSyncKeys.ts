/** Sync with the desk now. */
export const DESK_SYNC_KEYS = 'Mod+Alt+S';
