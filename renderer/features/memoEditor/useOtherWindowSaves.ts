import { useEffect, useRef } from 'react';
import type { ApiClient } from '../../api/createApiClient';
import type { MemoRecord } from '../../../shared/api/memoApi';
import type { Autosaver } from './createAutosaver';

/**
 * Another window saved this memo, or it was renamed (a new version of its title block): when
 * nothing here is unsaved, take its version at once (so the next edit does not start from a
 * stale copy). With unsaved changes here, nothing
 * happens until the next save, which is refused as stale and shown to the writer.
 */
export function useOtherWindowSaves({
  api,
  memoId,
  autosaver,
  onTheirs,
}: {
  api: ApiClient;
  memoId: number;
  autosaver: Autosaver;
  onTheirs: (record: MemoRecord) => void;
}): void {
  const latest = useRef(onTheirs);
  latest.current = onTheirs;
  useEffect(() => {
    let cancelled = false;
    const off = api.on('memos:changed', (change) => {
      if (change.id !== memoId || (change.action !== 'saved' && change.action !== 'renamed'))
        return;
      if (change.version <= autosaver.baseVersion() || autosaver.hasUnsavedChanges()) return;
      api.invoke('memos:get', { id: memoId }).then(
        (record) => {
          if (
            cancelled ||
            record.version <= autosaver.baseVersion() ||
            autosaver.hasUnsavedChanges()
          )
            return;
          latest.current(record);
          autosaver.adopt(record.version);
        },
        () => undefined,
      );
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [api, memoId, autosaver]);
}
