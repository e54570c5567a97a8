import { createRouter, type Router } from './router/createRouter';
import { createEventBus, type EventBus } from './events/createEventBus';
import { createWorkspaceHolder, type WorkspaceHolder } from './workspace/workspaceHolder';
import { appHandlers } from './handlers/appHandlers';
import { APP_VERSION } from './appVersion';

export interface BackendOptions {
  mode: 'electron' | 'browser' | 'test';
  /** Opened at start when given. */
  workspacePath?: string;
  /** Path to a better_sqlite3.node built for the running ABI (Electron passes its own). */
  nativeBinding?: string;
}

/** Everything the app does with the disk, behind one router. No Electron, no DOM. */
export interface Backend {
  router: Router;
  events: EventBus;
  workspace: WorkspaceHolder;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const router = createRouter();
  const events = createEventBus();
  const workspace = createWorkspaceHolder(events, options.nativeBinding);
  const context = { options, events, workspace, version: APP_VERSION };

  router.registerAll(appHandlers(context));

  if (options.workspacePath) workspace.open(options.workspacePath);
  return { router, events, workspace, close: () => workspace.close() };
}

export type BackendContext = {
  options: BackendOptions;
  events: EventBus;
  workspace: WorkspaceHolder;
  version: string;
};
