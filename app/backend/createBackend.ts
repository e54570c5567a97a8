import { createRouter, type Router } from './router/createRouter';
import type { HandlerMap } from './router/handlerMap';
import { createEventBus, type EventBus } from './events/createEventBus';
import { createWorkspaceHolder, type WorkspaceHolder } from './workspace/workspaceHolder';
import { createWorkspaceHistory, type WorkspaceHistory } from './workspace/workspaceHistory';
import { appHandlers } from './handlers/appHandlers';
import { exportHandlers } from './handlers/exportHandlers';
import { factsHandlers } from './handlers/factsHandlers';
import { scenariosHandlers } from './handlers/scenariosHandlers';
import { importHandlers } from './handlers/importHandlers';
import { createBackendLinkWatcher, linksHandlers } from './handlers/linksHandlers';
import { memoHandlers } from './handlers/memoHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import { houseStyleHandlers } from './houseStyle/houseStyleHandlers';
import { deskHandlers } from './handlers/deskHandlers';
import { createDeskService } from './desk/createDeskService';
import { versionsHandlers } from './handlers/versionsHandlers';
import { APP_VERSION } from './appVersion';
import type { BackendOptions } from './backendOptions';
import type { BackendContext } from './backendContext';

export type { BackendOptions } from './backendOptions';

/** Everything the app does with the disk, behind one router. No Electron, no DOM. */
export interface Backend {
  router: Router;
  events: EventBus;
  workspace: WorkspaceHolder;
  /** Recent workspaces and the last refusal (the start screen, Open Recent). */
  history: WorkspaceHistory;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const router = createRouter();
  const events = createEventBus();
  const workspace = createWorkspaceHolder(events, options.nativeBinding);
  const context: BackendContext = { options, events, workspace, version: APP_VERSION };
  const history = createWorkspaceHistory(events, options.recentWorkspacesFile);

  const desk = createDeskService(events, workspace);
  const linkWatcher = createBackendLinkWatcher(context);
  // Total over the contract (less the desktop's dialogs): a handler left out fails compilation.
  const handlers: HandlerMap = {
    ...appHandlers(context),
    ...history.handlers(),
    ...factsHandlers(context),
    ...scenariosHandlers(context),
    ...importHandlers(context),
    ...memoHandlers(context),
    ...settingsHandlers(context),
    ...houseStyleHandlers(context),
    ...exportHandlers(context),
    ...deskHandlers(context, desk),
    ...linksHandlers(context, linkWatcher),
    ...versionsHandlers(context),
  };
  router.registerAll(handlers);

  if (options.workspacePath) workspace.open(options.workspacePath);
  return {
    router,
    events,
    workspace,
    history,
    close: () => {
      desk.close();
      linkWatcher.close();
      workspace.close();
    },
  };
}
