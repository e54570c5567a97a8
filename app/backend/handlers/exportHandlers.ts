import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { exportWorkspaceMemo } from '../export/exportWorkspaceMemo';
import { userChangeContext } from '../facts/changeContext';

/** `export:*`: a PDF of a memo, as bytes for the renderer to save or download. */
export function exportHandlers({ workspace, events }: BackendContext): AreaHandlers<'export'> {
  return {
    'export:pdf': async ({ memoId, options }) => {
      const current = workspace.current();
      const result = await exportWorkspaceMemo(current.db, memoId, options, {
        readOnly: current.readOnly,
        who: userChangeContext('ui').who,
        inWorker: true,
      });
      if (result.version !== null) {
        events.emit('memos:changed', { id: memoId, version: result.version, action: 'versioned' });
      }
      return {
        fileName: result.fileName,
        bytes: result.bytes,
        pages: result.pages,
        version: result.version ?? 0,
      };
    },
  };
}
