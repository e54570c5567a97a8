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
