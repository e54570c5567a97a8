/** How long quitting waits for the page to finish its last save before closing anyway. */
export const FLUSH_TIMEOUT_MS = 3000;

export interface QuitSequenceOptions {
  /** Asks the page to save what is pending; resolves when it has (or failed). */
  flush(): Promise<unknown>;
  /** Closes the workspace (a clean SQLite close folds the WAL back: no -wal/-shm left). */
  close(): void;
  /** Quits for real (called once the sequence is done). */
  quit(): void;
  timeoutMs?: number;
}

export interface QuitSequence {
  /** For `before-quit` (Cmd+Q, File > Quit, app.quit() on SIGTERM or the last window closing). */
  onBeforeQuit(event: { preventDefault(): void }): void;
  /** True once the workspace is closed and quitting may go on. */
  readonly done: boolean;
  /** Resolves when the sequence has finished. */
  finished(): Promise<void>;
}

/**
 * Quitting without loss: the first `before-quit` is held back while the page flushes its
 * pending save (at most `timeoutMs`), the workspace is closed, then the app quits for real.
 */
export function createQuitSequence(options: QuitSequenceOptions): QuitSequence {
  const timeoutMs = options.timeoutMs ?? FLUSH_TIMEOUT_MS;
  let done = false;
  let running: Promise<void> | null = null;

  const run = async (): Promise<void> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      options.flush().catch(() => undefined),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    try {
      options.close();
    } finally {
      done = true;
      options.quit();
    }
  };

  return {
    onBeforeQuit(event) {
      if (done) return;
      event.preventDefault();
      running ??= run();
    },
    get done() {
      return done;
    },
    finished: () => running ?? Promise.resolve(),
  };
}
