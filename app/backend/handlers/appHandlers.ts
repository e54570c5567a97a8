import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';

export function appHandlers({
  options,
  workspace,
  version,
}: BackendContext): Omit<AreaHandlers<'app' | 'workspace'>, 'workspace:recent'> {
  // `workspace:recent` is answered by the workspace history (createWorkspaceHistory).
  return {
    'app:info': () => ({ version, mode: options.mode, workspace: workspace.info() }),
    'workspace:open': ({ path }) => workspace.open(path),
    'workspace:create': ({ path, sample }) => workspace.create(path, { sample }),
  };
}
