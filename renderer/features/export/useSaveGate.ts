import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { EditorStatus } from '../memoEditor/editorStatus';

const SAVE_TIMEOUT_MS = 15_000;

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Waits for the open memo's edits to be on disk before an export reads it. The editor saves
 * when it loses focus (opening a dialog takes it), so this only watches the status line:
 * resolves once it says `saved` (or no editor is open), rejects when a save failed or
 * conflicted, or after 15 s.
 */
export function useSaveGate(status: EditorStatus | null): () => Promise<void> {
  const latest = useRef(status);
  const waiters = useRef(new Set<Waiter>());
  useLayoutEffect(() => {
    latest.current = status;
  });

  useEffect(() => {
    for (const waiter of [...waiters.current]) settle(waiter, status, waiters.current);
  }, [status]);

  useEffect(() => {
    const pending = waiters.current;
    return () => {
      for (const waiter of pending) clearTimeout(waiter.timer);
      pending.clear();
    };
  }, []);

  return useCallback(
    () =>
      new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.current.delete(waiter);
            reject(new Error('The memo is still saving. Try again in a moment.'));
          }, SAVE_TIMEOUT_MS),
        };
        waiters.current.add(waiter);
        settle(waiter, latest.current, waiters.current);
      }),
    [],
  );
}

function settle(waiter: Waiter, status: EditorStatus | null, waiters: Set<Waiter>): void {
  const failure = saveFailure(status);
  if (status && status.save !== 'saved' && !failure) return;
  clearTimeout(waiter.timer);
  waiters.delete(waiter);
  if (failure) waiter.reject(new Error(failure));
  else waiter.resolve();
}

/** Why the memo cannot be exported as it stands on screen, or null. */
export function saveFailure(status: EditorStatus | null): string | null {
  if (status?.save === 'conflict')
    return 'The memo was changed in another window and your edits are not saved yet. Choose which version to keep, then export.';
  if (status?.save === 'failed')
    return `Your latest edits are not saved${reason(status.message)}. Export once the status line says Saved.`;
  return null;
}

const reason = (message: string | undefined): string =>
  message ? ` (${message.replace(/^Not saved: /, '')})` : '';
