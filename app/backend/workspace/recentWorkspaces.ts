import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { writeFileAtomic } from '../files/writeFileAtomic';

export const RECENT_LIMIT = 10;

/** `path` first, without its older entry, at most `limit` entries. */
export function withRecent(list: readonly string[], path: string, limit = RECENT_LIMIT): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, limit);
}

/** The name a workspace is shown by: its file name without `.tickmark`. */
export function workspaceName(path: string): string {
  return basename(path, extname(path));
}

export interface RecentWorkspaces {
  list(): string[];
  add(path: string): void;
  remove(path: string): void;
}

/** A recent list kept in memory only (a backend with no user folder: tests). */
export function recentWorkspacesInMemory(): RecentWorkspaces {
  let recent: string[] = [];
  return {
    list: () => [...recent],
    add: (path) => void (recent = withRecent(recent, path)),
    remove: (path) => void (recent = recent.filter((p) => p !== path)),
  };
}

/** The recent list kept per user in `file` (JSON, written to a temporary name then renamed). */
export function recentWorkspacesFile(file: string): RecentWorkspaces {
  const read = (): string[] => {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { recent?: unknown };
      return Array.isArray(data.recent)
        ? data.recent.filter((p): p is string => typeof p === 'string')
        : [];
    } catch {
      return [];
    }
  };
  const write = (recent: string[]): void => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, `${JSON.stringify({ recent }, null, 2)}\n`);
  };
  return {
    list: read,
    add: (path) => write(withRecent(read(), path)),
    remove: (path) => write(read().filter((p) => p !== path)),
  };
}
