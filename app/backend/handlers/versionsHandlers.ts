import type { BackendContext } from '../backendContext';
import { userChangeContext } from '../facts/changeContext';
import { compareVersionIds } from '../memos/compareVersions';
import { getVersion, restoreVersion } from '../memos/memoVersions';
import type { AreaHandlers } from '../router/handlerMap';

/** `versions:*`: a kept version with its numbers, the diff of two, a restore. */
export function versionsHandlers({ workspace, events }: BackendContext): AreaHandlers<'versions'> {
  const db = () => workspace.current().db;
  return {
    'versions:get': ({ versionId }) => getVersion(db(), versionId),
    'versions:diff': ({ from, to }) => compareVersionIds(db(), from, to),
    'versions:restore': (input) => {
      const restored = restoreVersion(db(), input, userChangeContext('ui').who);
      events.emit('memos:changed', {
        id: restored.id,
        version: restored.kept.version,
        action: 'versioned',
      });
      events.emit('memos:changed', { id: restored.id, version: restored.version, action: 'saved' });
      return restored;
    },
  };
}
