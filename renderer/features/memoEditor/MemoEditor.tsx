import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { MemoRecord } from '../../../shared/api/memoApi';
import { createScenarioEngine } from '../../../shared/calc/createScenarioEngine';
import { createCalcStore } from '../../calc/createCalcStore';
import { CalcStoreProvider } from '../../calc/CalcStoreContext';
import { useFactsFeed } from '../../calc/useFactsFeed';
import type { EditorStatus } from './editorStatus';
import { MemoEditorSurface } from './MemoEditorSurface';
import '../../styles/tokens.css';
import '../../styles/fonts.css';
import '../../styles/editor.css';

/**
 * The memo editor: loads memo `memoId` and the workspace's facts, edits the memo with its
 * figures live, autosaves, and reports its save state and error count through `onStatus`.
 */
export function MemoEditor(props: { memoId: number; onStatus: (s: EditorStatus) => void }) {
  return <MemoLoader key={props.memoId} {...props} />;
}

function MemoLoader({ memoId, onStatus }: { memoId: number; onStatus: (s: EditorStatus) => void }) {
  const api = useApi();
  const [calc] = useState(() => createCalcStore(createScenarioEngine()));
  const facts = useFactsFeed(api, calc);
  const [record, setRecord] = useState<MemoRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.invoke('memos:get', { id: memoId }).then(
      (loaded) => !cancelled && setRecord(loaded),
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, memoId]);

  const failure =
    error ?? (facts.status === 'failed' ? `The facts could not be loaded: ${facts.message}` : null);
  if (failure) {
    return (
      <div
        className="memo-editor memo-editor--message"
        role="alert"
        data-testid="memo-editor-error"
      >
        <p className="memo-editor__message-title">This memo could not be opened.</p>
        <p>{failure}</p>
      </div>
    );
  }
  if (!record || facts.status !== 'ready') {
    return (
      <div
        className="memo-editor memo-editor--loading"
        aria-busy="true"
        data-testid="memo-editor-loading"
      />
    );
  }
  return (
    <CalcStoreProvider store={calc}>
      <MemoEditorSurface record={record} calc={calc} onStatus={onStatus} />
    </CalcStoreProvider>
  );
}
