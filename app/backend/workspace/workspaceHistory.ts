import type { WorkspaceInfo } from '../../../shared/api/appApi';
import type { EventBus } from '../events/createEventBus';
import type { HandlersOf } from '../router/handlerMap';
import {
  recentWorkspacesFile,
  recentWorkspacesInMemory,
  workspaceName,
  type RecentWorkspaces,
} from './recentWorkspaces';

export interface WorkspaceFailure {
  path: string;
  message: string;
}

/** The workspaces this user opened (newest first) and why the last open failed. */
export interface WorkspaceHistory {
  recent: RecentWorkspaces;
  lastFailure(): WorkspaceFailure | null;
  /** `path` was refused with `message` (kept until a workspace opens). */
  failed(path: string, message: string): void;
  /** `workspace:recent`, for the router. */
  handlers(): HandlersOf<'workspace:recent'>;
}

/**
 * Follows `workspace:opened`: however a workspace opens (a menu, a dialog, the start screen,
 * a path typed in browser mode, the command line), it joins the recent list kept in `file`
 * (the user's `recent-workspaces.json`, shared by the desktop app and browser mode), or in
 * memory when there is no file.
 */
export function createWorkspaceHistory(events: EventBus, file?: string): WorkspaceHistory {
  const recent = file ? recentWorkspacesFile(file) : recentWorkspacesInMemory();
  let lastFailure: WorkspaceFailure | null = null;
  events.subscribe((name, payload) => {
    if (name !== 'workspace:opened') return;
    recent.add((payload as WorkspaceInfo).path);
    lastFailure = null;
  });
  return {
    recent,
    lastFailure: () => lastFailure,
    failed: (path, message) => void (lastFailure = { path, message }),
    handlers: () => ({
      'workspace:recent': () => ({
        recent: recent.list().map((path) => ({ path, name: workspaceName(path) })),
        lastFailure,
      }),
    }),
  };
}
