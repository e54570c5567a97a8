import type { HandlerMap } from '../router/createRouter';
import type { BackendContext } from '../backendContext';

export function appHandlers({ options, workspace, version }: BackendContext): HandlerMap {
  return {
    'app:info': () => ({ version, mode: options.mode, workspace: workspace.info() }),
    'workspace:open': ({ path }) => workspace.open(path),
    'workspace:create': ({ path, sample }) => workspace.create(path, { sample }),
  };
}
