import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { MemoSummary } from '../../../shared/api/memoApi';
import { describeError } from '../../ui/describeError';

export interface MemoLists {
  /** Memos not in the trash, most recently changed first; null until loaded. */
  memos: MemoSummary[] | null;
  trash: MemoSummary[] | null;
  error: string | null;
  reload(): void;
}

/** The memo list and the trash, kept current by `memos:changed` (from any window). */
export function useMemos(): MemoLists {
  const api = useApi();
  const [memos, setMemos] = useState<MemoSummary[] | null>(null);
  const [trash, setTrash] = useState<MemoSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    api.invoke('memos:list', { trash: 'include' }).then(
      (result) => {
        const sorted = [...result.memos].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        setMemos(sorted.filter((memo) => memo.deletedAt === null));
        setTrash(
          sorted
            .filter((memo) => memo.deletedAt !== null)
            .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '')),
        );
        setError(null);
      },
      (e: unknown) => setError(describeError(e)),
    );
  }, [api]);

  useEffect(() => {
    reload();
    const offMemos = api.on('memos:changed', reload);
    const offWorkspace = api.on('workspace:opened', reload);
    return () => {
      offMemos();
      offWorkspace();
    };
  }, [api, reload]);

  return { memos, trash, error, reload };
}
