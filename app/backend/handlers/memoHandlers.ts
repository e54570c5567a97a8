import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { getMemo, listMemos } from '../memos/memoQueries';
import {
  createMemo,
  duplicateMemo,
  purgeMemo,
  renameMemo,
  restoreMemo,
  saveMemo,
  trashMemo,
} from '../memos/memoWrites';
import { getVersion, keepVersion, listVersions } from '../memos/memoVersions';
import { userChangeContext } from '../facts/changeContext';

/** `memos:*`: each change pushes `memos:changed`. */
export function memoHandlers({ workspace, events }: BackendContext): AreaHandlers<'memos'> {
  const db = () => workspace.current().db;
  return {
    'memos:list': ({ trash }) => ({ memos: listMemos(db(), trash) }),
    'memos:get': ({ id }) => getMemo(db(), id),
    'memos:create': (input) => {
      const memo = createMemo(db(), input);
      events.emit('memos:changed', { id: memo.id, version: memo.version, action: 'created' });
      return memo;
    },
    'memos:rename': ({ id, title }) => {
      const memo = renameMemo(db(), id, title);
      events.emit('memos:changed', { id, version: memo.version, action: 'renamed' });
      return memo;
    },
    'memos:duplicate': ({ id, title }) => {
      const memo = duplicateMemo(db(), id, title);
      events.emit('memos:changed', { id: memo.id, version: memo.version, action: 'created' });
      return memo;
    },
    'memos:delete': ({ id }) => {
      const memo = trashMemo(db(), id);
      events.emit('memos:changed', { id, version: memo.version, action: 'deleted' });
      return memo;
    },
    'memos:restore': ({ id }) => {
      const memo = restoreMemo(db(), id);
      events.emit('memos:changed', { id, version: memo.version, action: 'restored' });
      return memo;
    },
    'memos:purge': ({ id }) => {
      const result = purgeMemo(db(), id);
      events.emit('memos:changed', { id, version: 0, action: 'purged' });
      return result;
    },
    'memos:save': (input) => {
      const saved = saveMemo(db(), input);
      events.emit('memos:changed', { id: saved.id, version: saved.version, action: 'saved' });
      return saved;
    },
    'memos:versions': ({ id }) => ({ versions: listVersions(db(), id) }),
    'memos:getVersion': ({ versionId }) => getVersion(db(), versionId),
    'memos:keepVersion': ({ id }) => {
      const kept = keepVersion(db(), id, 'manual', { who: userChangeContext('ui').who });
      events.emit('memos:changed', { id, version: kept.version, action: 'versioned' });
      return kept;
    },
  };
}
