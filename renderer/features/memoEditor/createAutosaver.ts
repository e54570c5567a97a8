import type { EditorStatus } from './editorStatus';

export type SaveState = Pick<EditorStatus, 'save' | 'message'>;

/** Why a save failed, as the autosaver needs to know it. */
export interface SaveFailure {
  conflict: boolean;
  message: string;
  /** Another program holds the workspace's write lock (API code `busy`): retry soon. */
  busy?: boolean;
}

export interface AutosaverOptions<T> {
  /** Reads the document to save (called only when a save starts, never per keystroke). */
  read(): T;
  /** Saves on top of `baseVersion`; resolves with the new version, rejects on failure. */
  save(value: T, baseVersion: number): Promise<number>;
  /** Turns a rejection into what the status line says (and whether it is a stale save). */
  describe(error: unknown): SaveFailure;
  onState(state: SaveState): void;
  baseVersion: number;
  /** Quiet time after the last change before saving. */
  idleMs?: number;
  /** Longest a change waits while typing goes on (what a crash can lose). */
  maxWaitMs?: number;
  /** Wait before retrying a failed save. */
  retryMs?: number;
  /** Wait before retrying a save refused because another program was writing the workspace. */
  busyRetryMs?: number;
  timers?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
}

export interface Autosaver {
  /** The document changed. */
  changed(): void;
  /** Saves now if anything is unsaved; resolves when the document is saved or the save failed. */
  flush(): Promise<void>;
  /** After a conflict: save ours on top of `version` (the other window's save stays in history). */
  overwrite(version: number): Promise<void>;
  /** After a conflict: adopt `version` as the base (the caller replaced the document with theirs). */
  adopt(version: number): void;
  hasUnsavedChanges(): boolean;
  /** The version the next save builds on (the last one saved or adopted). */
  baseVersion(): number;
  dispose(): void;
}

/**
 * Autosave: about a second after typing stops, and at least once a second while it goes on,
 * so a killed process loses at most the last second. One save in flight at a time; changes
 * made meanwhile are saved right after. A failed save is retried; a stale save (another
 * window saved first) stops autosaving until the writer chooses, and nothing is lost.
 */
export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver {
  const idleMs = options.idleMs ?? 800;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const retryMs = options.retryMs ?? 3000;
  const busyRetryMs = options.busyRetryMs ?? 1000;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let baseVersion = options.baseVersion;
  let lastState: SaveState | null = null;
  // Only real changes reach the UI: a re-render per keystroke would cost every keystroke.
  const report = (state: SaveState): void => {
    if (lastState && lastState.save === state.save && lastState.message === state.message) return;
    lastState = state;
    options.onState(state);
  };
  let dirty = false;
  let conflict = false;
  let failed: string | null = null;
  let inFlight: Promise<void> | null = null;
  let idleTimer: unknown = null;
  let maxTimer: unknown = null;
  let disposed = false;

  const clearTimers = (): void => {
    if (idleTimer !== null) timers.clear(idleTimer);
    if (maxTimer !== null) timers.clear(maxTimer);
    idleTimer = maxTimer = null;
  };

  const schedule = (idle: number): void => {
    if (disposed || conflict) return;
    if (idleTimer !== null) timers.clear(idleTimer);
    idleTimer = timers.set(() => void flush(), idle);
    maxTimer ??= timers.set(() => void flush(), Math.max(idle, maxWaitMs));
  };

  const flush = async (): Promise<void> => {
    while (inFlight) await inFlight;
    clearTimers();
    if (!dirty || conflict) return;
    const value = options.read();
    dirty = false;
    report({ save: 'saving' });
    const run = options.save(value, baseVersion).then(
      (version) => {
        baseVersion = version;
        failed = null;
        report(dirty ? { save: 'unsaved' } : { save: 'saved' });
      },
      (error: unknown) => {
        dirty = true;
        const failure = options.describe(error);
        if (failure.conflict) {
          conflict = true;
          clearTimers();
          report({ save: 'conflict', message: failure.message });
        } else {
          failed = failure.message;
          report({ save: 'failed', message: failure.message });
          schedule(failure.busy === true ? busyRetryMs : retryMs);
        }
      },
    );
    inFlight = run;
    await run;
    if (inFlight === run) inFlight = null;
  };

  return {
    changed() {
      dirty = true;
      if (conflict) return;
      if (!inFlight && failed === null) report({ save: 'unsaved' });
      schedule(idleMs);
    },
    flush,
    async overwrite(version) {
      baseVersion = version;
      conflict = false;
      failed = null;
      dirty = true;
      await flush();
    },
    adopt(version) {
      baseVersion = version;
      conflict = false;
      failed = null;
      dirty = false;
      clearTimers();
      report({ save: 'saved' });
    },
    hasUnsavedChanges: () => dirty || inFlight !== null,
    baseVersion: () => baseVersion,
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}
