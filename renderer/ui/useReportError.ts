import { useCallback } from 'react';
import { describeError } from './describeError';
import { useToasts } from './ToastProvider';

/** Shows a failed call as an error toast: what we tried, then why it failed. */
export function useReportError(): (what: string, error: unknown) => void {
  const toasts = useToasts();
  return useCallback(
    (what: string, error: unknown) => {
      toasts.show({ kind: 'error', message: what, detail: describeError(error) });
    },
    [toasts],
  );
}
