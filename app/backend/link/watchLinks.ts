import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { LinkInfo, LinkState } from '../../../shared/api/linksApi';

export interface LinkWatcher {
  /** Watches exactly these links (closing watches of links no longer listed). */
  sync(links: readonly Pick<LinkInfo, 'path'>[]): void;
  close(): void;
}

export interface LinkWatcherOptions {
  /** The state of a linked file now (stat, then hash if it looks changed). */
  stateOf(path: string): LinkState | null;
  /** Called once per burst of file events, when the file is no longer as last read. */
  onChange(path: string, state: LinkState): void;
  /** Quiet time after the last file event before the file is checked (Excel writes in steps). */
  debounceMs?: number;
}

/**
 * Watches each linked workbook's folder (Excel saves by writing a new file and renaming it
 * over the old, which would end a watch on the file itself) and reports a file that changed,
 * once per burst of events.
 */
export function createLinkWatcher(options: LinkWatcherOptions): LinkWatcher {
  const debounceMs = options.debounceMs ?? 500;
  const watched = new Map<string, { watcher: FSWatcher; timer: NodeJS.Timeout | null }>();

  const check = (path: string): void => {
    const entry = watched.get(path);
    if (!entry) return;
    entry.timer = null;
    let state: LinkState | null;
    try {
      state = options.stateOf(path);
    } catch {
      return; // No workspace open any more, or the file cannot be read: nothing to offer.
    }
    if (state && state !== 'current') options.onChange(path, state);
  };

  const add = (path: string): void => {
    const name = basename(path);
    let watcher: FSWatcher;
    try {
      watcher = watch(dirname(path), { persistent: false }, (_event, file) => {
        if (file !== null && file.toString() !== name) return;
        const entry = watched.get(path);
        if (!entry) return;
        if (entry.timer) clearTimeout(entry.timer);
        entry.timer = setTimeout(() => check(path), debounceMs);
      });
    } catch {
      return; // The folder is gone: the list shows the link as missing.
    }
    watcher.on('error', () => undefined);
    watched.set(path, { watcher, timer: null });
  };

  const remove = (path: string): void => {
    const entry = watched.get(path);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.watcher.close();
    watched.delete(path);
  };

  return {
    sync(links) {
      const wanted = new Set(links.map((l) => l.path));
      for (const path of [...watched.keys()]) if (!wanted.has(path)) remove(path);
      for (const path of wanted) if (!watched.has(path)) add(path);
    },
    close() {
      for (const path of [...watched.keys()]) remove(path);
    },
  };
}
