import { useMemo } from 'react';
import { useApi } from '../../api/ApiContext';
import type { MemoSummary } from '../../../shared/api/memoApi';
import { useToasts } from '../../ui/ToastProvider';
import { useReportError } from '../../ui/useReportError';

export interface MemoActions {
  create(title: string): Promise<MemoSummary | null>;
  rename(memo: MemoSummary, title: string): Promise<boolean>;
  duplicate(memo: MemoSummary): Promise<MemoSummary | null>;
  /** Moves to the trash, with Undo in the toast. */
  trash(memo: MemoSummary): Promise<boolean>;
  restore(memo: MemoSummary): Promise<boolean>;
  purge(memo: MemoSummary): Promise<boolean>;
}

/** What the memo list can do, each call reporting its own failure in a toast. */
export function useMemoActions(): MemoActions {
  const api = useApi();
  const toasts = useToasts();
  const reportError = useReportError();

  return useMemo(() => {
    const attempt = async <T>(what: string, run: () => Promise<T>): Promise<T | null> => {
      try {
        return await run();
      } catch (error) {
        reportError(what, error);
        return null;
      }
    };
    const restore = async (memo: MemoSummary): Promise<boolean> =>
      (await attempt(`Could not restore “${memo.title}”`, () =>
        api.invoke('memos:restore', { id: memo.id }),
      )) !== null;
    return {
      create: (title) =>
        attempt('Could not create a memo', () => api.invoke('memos:create', { title })),
      async rename(memo, title) {
        const done = await attempt(`Could not rename “${memo.title}”`, () =>
          api.invoke('memos:rename', { id: memo.id, title }),
        );
        return done !== null;
      },
      duplicate: (memo) =>
        attempt(`Could not duplicate “${memo.title}”`, () =>
          api.invoke('memos:duplicate', { id: memo.id, title: `${memo.title} (copy)` }),
        ),
      async trash(memo) {
        const done = await attempt(`Could not move “${memo.title}” to the trash`, () =>
          api.invoke('memos:delete', { id: memo.id }),
        );
        if (done) {
          toasts.show({
            kind: 'info',
            message: `Moved “${memo.title}” to the trash`,
            action: { label: 'Undo', run: () => void restore(memo) },
          });
        }
        return done !== null;
      },
      restore,
      async purge(memo) {
        const done = await attempt(`Could not delete “${memo.title}”`, () =>
          api.invoke('memos:purge', { id: memo.id }),
        );
        return done !== null;
      },
    };
  }, [api, toasts, reportError]);
}
