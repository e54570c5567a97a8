import { FLUSH_HOOK } from '../../../shared/api/desktopApi';

const pending = new Set<() => Promise<void>>();

/** Registers a pending-save flusher (an open memo's autosaver); returns how to unregister it. */
export function registerPendingSave(flush: () => Promise<void>): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

/** Writes every pending save; resolves when all have finished (a failed one is shown where it is). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...pending].map((flush) => flush()));
}

/**
 * Puts `flushPendingSaves` where the desktop app calls it before a window closes or the app
 * quits (app/main/main.ts runs `globalThis.tickmarkFlushPendingSaves?.()` and waits, bounded).
 */
export function installFlushHook(target: object = globalThis): void {
  Object.defineProperty(target, FLUSH_HOOK, {
    value: flushPendingSaves,
    configurable: true,
  });
}

const edited = new Set<object>();
let reportEdited: ((edited: boolean) => void) | null = null;

/**
 * `owner` (an open memo's autosaver) has unsaved changes, or not; the reporter hears only when
 * the page as a whole turns edited or saved (the desktop app's `desktop:set-edited`).
 */
export function markEdited(owner: object, isEdited: boolean): void {
  const before = edited.size > 0;
  if (isEdited) edited.add(owner);
  else edited.delete(owner);
  if (reportEdited && before !== edited.size > 0) reportEdited(edited.size > 0);
}

/** Who hears the page's edited state (main.tsx, in the desktop app only). */
export function installEditedReporter(report: (edited: boolean) => void): void {
  reportEdited = report;
}
