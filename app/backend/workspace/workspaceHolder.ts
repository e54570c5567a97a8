import type { WorkspaceInfo } from '../../../shared/api/appApi';
import type { EventBus } from '../events/createEventBus';
import { UserError } from '../router/userError';
import { openWorkspace, type Workspace } from './openWorkspace';
import { createWorkspace } from './createWorkspace';

/** The one open workspace of a backend; handlers ask it for the database. */
export interface WorkspaceHolder {
  open(path: string): WorkspaceInfo;
  create(path: string, options: { sample: boolean }): WorkspaceInfo;
  info(): WorkspaceInfo | null;
  /** The open workspace, or a `no_workspace` error the UI shows. */
  current(): Workspace;
  close(): void;
}

export function createWorkspaceHolder(events: EventBus, nativeBinding?: string): WorkspaceHolder {
  let workspace: Workspace | null = null;
  const opts = nativeBinding ? { nativeBinding } : {};

  const replace = (next: Workspace): WorkspaceInfo => {
    workspace?.close();
    workspace = next;
    const info = next.info();
    events.emit('workspace:opened', info);
    return info;
  };

  return {
    open: (path) => replace(openWorkspace(path, opts)),
    create: (path, { sample }) => replace(createWorkspace(path, { ...opts, sample })),
    info: () => workspace?.info() ?? null,
    current() {
      if (!workspace) throw new UserError('No workspace is open.', 'no_workspace');
      return workspace;
    },
    close() {
      workspace?.close();
      workspace = null;
    },
  };
}
