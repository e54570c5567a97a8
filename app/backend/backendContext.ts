import type { BackendOptions } from './backendOptions';
import type { EventBus } from './events/createEventBus';
import type { WorkspaceHolder } from './workspace/workspaceHolder';

/** What every group of handlers receives: the options, the event bus and the open workspace. */
export interface BackendContext {
  options: BackendOptions;
  events: EventBus;
  workspace: WorkspaceHolder;
  version: string;
}
