import { useEffect, useRef, useState } from 'react';
import type { Memo } from '../../../shared/memo/memoTypes';
import type { ApiClient } from '../../api/createApiClient';
import { ApiCallError } from '../../api/createApiClient';
import {
  createAutosaver,
  type Autosaver,
  type SaveFailure,
  type SaveState,
} from './createAutosaver';
import { markEdited, registerPendingSave } from '../workspace/pendingSaves';

/**
 * Autosave for one open memo: saves through `memos:save` about a second after typing stops
 * (at least once a second while it goes on), when the editor loses focus, and when the page
 * is hidden or closed. On unmount (another memo opened) it saves what is left.
 */
export function useAutosave({
  api,
  memoId,
  baseVersion,
  read,
}: {
  api: ApiClient;
  memoId: number;
  baseVersion: number;
  read: () => Memo;
}): { state: SaveState; autosaver: Autosaver } {
  const [state, setState] = useState<SaveState>({ save: 'saved' });
  const readRef = useRef(read);
  readRef.current = read;
  const [autosaver] = useState(() =>
    createAutosaver<Memo>({
      read: () => readRef.current(),
      save: async (memo, base) =>
        (await api.invoke('memos:save', { id: memoId, baseVersion: base, memo })).version,
      describe: describeSaveError,
      onState: setState,
      baseVersion,
    }),
  );

  // The desktop app waits for this before a window closes or the app quits.
  useEffect(() => registerPendingSave(() => autosaver.flush()), [autosaver]);
  // ...and shows whether anything is unsaved (macOS: the window's edited mark).
  useEffect(() => markEdited(autosaver, state.save !== 'saved'), [autosaver, state.save]);
  useEffect(() => () => markEdited(autosaver, false), [autosaver]);

  useEffect(() => {
    const flush = () => void autosaver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosaver.flush();
      autosaver.dispose();
    };
  }, [autosaver]);

  return { state, autosaver };
}

function describeSaveError(error: unknown): SaveFailure {
  if (error instanceof ApiCallError) {
    if (error.error.code === 'conflict') {
      return {
        conflict: true,
        message: 'Another window saved this memo while you were editing it.',
      };
    }
    if (error.error.code === 'busy') {
      return {
        conflict: false,
        busy: true,
        message: `Not saved yet: ${error.error.message.replace(/; try again\.$/, '')}; retrying…`,
      };
    }
    return { conflict: false, message: `Not saved: ${error.error.message}` };
  }
  return {
    conflict: false,
    message: `Not saved: ${error instanceof Error ? error.message : String(error)}`,
  };
}
