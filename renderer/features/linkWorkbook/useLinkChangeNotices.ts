import { useEffect, useRef } from 'react';
import { useApi } from '../../api/ApiContext';
import { useToasts } from '../../ui/ToastProvider';

/**
 * Offers "model.xlsx changed: refresh?" when a linked workbook is saved while the app is open
 * (the backend watches each linked file). One notice per workbook at a time.
 */
export function useLinkChangeNotices(onRefresh: (path: string) => void): void {
  const api = useApi();
  const toasts = useToasts();
  const shown = useRef(new Map<string, number>());
  const refresh = useRef(onRefresh);
  useEffect(() => {
    refresh.current = onRefresh;
  });
  useEffect(
    () =>
      api.on('links:fileChanged', ({ path, fileName, state }) => {
        const earlier = shown.current.get(path);
        if (earlier !== undefined) toasts.dismiss(earlier);
        const id = toasts.show(
          state === 'missing'
            ? { kind: 'info', message: `${fileName} was moved or deleted`, detail: path }
            : {
                kind: 'info',
                message: `${fileName} changed: refresh?`,
                detail: 'The linked workbook was saved since Tickmark read it.',
                action: {
                  label: 'Refresh',
                  run: () => {
                    shown.current.delete(path);
                    refresh.current(path);
                  },
                },
                duration: 60_000,
              },
        );
        shown.current.set(path, id);
      }),
    [api, toasts],
  );
}
