import type { ApiClient } from '../../api/createApiClient';
import type { WorkspaceInfo } from '../../../shared/api/appApi';

/** Which dialog the page shows for New/Open: none in Electron (the system's), a path form in a browser. */
export type PathDialog = { kind: 'open' } | { kind: 'new' } | null;

/**
 * New/Open a workspace. In the desktop app the main process shows the system's dialog and opens
 * the file (null when cancelled); in browser mode the page has no file dialog that yields a
 * path, so it asks for one (`askPath`) and the server opens that path.
 */
export async function chooseWorkspace(
  api: ApiClient,
  kind: 'open' | 'new',
  askPath: (kind: 'open' | 'new') => void,
): Promise<WorkspaceInfo | null> {
  if (api.kind === 'electron') {
    return kind === 'open'
      ? api.invoke('workspace:choose-open', {})
      : api.invoke('workspace:choose-new', { sample: false });
  }
  askPath(kind);
  return null;
}

/** The name a workspace is shown by: its file name without `.tickmark`. */
export function workspaceLabel(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.tickmark$/i, '');
}
