import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { DeskStatus } from '../../../shared/api/deskApi';

/** The desk status of the open workspace, kept current by `desk:status` (null until loaded). */
export function useDeskStatus(): { status: DeskStatus | null; reload: () => void } {
  const api = useApi();
  const [status, setStatus] = useState<DeskStatus | null>(null);
  const reload = useCallback(() => {
    api.invoke('desk:status', {}).then(setStatus, () => setStatus(null));
  }, [api]);
  useEffect(() => {
    reload();
    const offStatus = api.on('desk:status', setStatus);
    const offWorkspace = api.on('workspace:opened', reload);
    return () => {
      offStatus();
      offWorkspace();
    };
  }, [api, reload]);
  return { status, reload };
}
