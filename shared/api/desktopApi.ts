import { z } from 'zod';
import { workspaceInfoSchema } from './appApi';
import { exportApi } from './exportApi';

/** The commands the application menu sends to the page (it owns the dialogs they open). */
export const APP_COMMANDS = [
  'import-csv',
  'export-pdf',
  'new-memo',
  'show-shortcuts',
  'import-markdown',
  'export-markdown',
  'house-style',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/**
 * Calls only the desktop app answers (app/main registers them; browser mode has none of the
 * dialogs, so they are unknown there): the system's open and save dialogs, the edited mark.
 */
export const desktopApi = {
  /** The system's open dialog, then opens the file; null when cancelled. */
  'workspace:choose-open': {
    args: z.object({}),
    result: workspaceInfoSchema.nullable(),
  },
  /** The system's save dialog, then creates the workspace there; null when cancelled. */
  'workspace:choose-new': {
    args: z.object({ sample: z.boolean().default(false) }),
    result: workspaceInfoSchema.nullable(),
  },
  /** The save dialog first (a cancel exports nothing and keeps no version), then the export. */
  'export:save-pdf': {
    args: exportApi['export:pdf'].args,
    result: z.object({
      /** Null when the user cancelled the dialog. */
      path: z.string().nullable(),
      pages: z.number().int(),
      version: z.number().int(),
    }),
  },
  /**
   * Whether the open memo has changes not yet saved (the page reports each change of its
   * save state); macOS shows it in the window's close button and title bar.
   */
  'desktop:set-edited': {
    args: z.object({ edited: z.boolean() }),
    result: z.object({}),
  },
  /** Shows a saved file in the system's file manager. */
  'desktop:show-in-folder': {
    args: z.object({ path: z.string().min(1) }),
    result: z.object({}),
  },
} as const;

export const desktopEvents = {
  /** A menu command for the page to carry out. */
  'app:command': z.object({ command: z.enum(APP_COMMANDS) }),
} as const;

/**
 * The function the page puts on `globalThis` for the desktop app to call before a window
 * closes or the app quits: it resolves once every pending save has been written.
 */
export const FLUSH_HOOK = 'tickmarkFlushPendingSaves';
