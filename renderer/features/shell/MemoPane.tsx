import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { MemoRecord } from '../../../shared/api/memoApi';
import { describeError } from './describeError';
import type { SaveStatus } from './StatusLine';

/**
 * The memo side of the workspace. A stand-in that shows the memo's title and text until
 * the memo editor (renderer/features/memoEditor/MemoEditor.tsx) is mounted here.
 */
export function MemoPane({
  memoId,
  onStatus,
}: {
  memoId: number;
  onStatus: (status: SaveStatus) => void;
}) {
  const api = useApi();
  const [record, setRecord] = useState<MemoRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('memos:get', { id: memoId }).then(
      (result) => {
        if (!live) return;
        setRecord(result);
        onStatus({ save: 'saved', errorCount: 0 });
      },
      (e: unknown) => live && setError(describeError(e)),
    );
    return () => {
      live = false;
    };
  }, [api, memoId, onStatus]);

  if (error)
    return (
      <p className="inline-error memo-load-error" role="alert">
        Could not open the memo: {error}
      </p>
    );
  if (!record) return null;
  return (
    <article className="memo-placeholder" data-testid="memo-placeholder">
      <h1>{record.memo.meta.title || record.title}</h1>
      {record.memo.doc.content.map((block, i) => (
        <p key={i}>
          {'content' in block && Array.isArray(block.content)
            ? block.content.map((n) => ('text' in n ? n.text : '')).join('')
            : ''}
        </p>
      ))}
    </article>
  );
}
