import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../../../../renderer/api/createApiClient';
import { pickTransport } from '../../../../renderer/api/pickTransport';
import { ApiProvider } from '../../../../renderer/api/ApiContext';
import { MemoEditor } from '../../../../renderer/features/memoEditor/MemoEditor';
import type { EditorStatus } from '../../../../renderer/features/memoEditor/editorStatus';
import '../../../../renderer/styles/app.css';

/**
 * A page with only the memo editor (memo `?memo=ID`) and its status, for the editor's e2e
 * tests and benchmarks: the app shell is tested on its own.
 */
function Harness({ memoId }: { memoId: number }) {
  const [status, setStatus] = useState<EditorStatus | null>(null);
  return (
    <div style={{ display: 'grid', gridTemplateRows: '1fr auto', height: '100%' }}>
      <MemoEditor memoId={memoId} onStatus={setStatus} />
      <footer className="status-line" aria-label="Status">
        <span data-testid="save-state">{status?.save ?? ''}</span>
        <span data-testid="save-message">{status?.message ?? ''}</span>
        <span data-testid="error-count">{status ? String(status.errorCount) : ''}</span>
        <span data-testid="warning-count">{status ? String(status.warningCount ?? 0) : ''}</span>
      </footer>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
const memoId = Number(new URL(window.location.href).searchParams.get('memo') ?? '1');
const api = createApiClient(pickTransport(window));
createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <Harness memoId={memoId} />
    </ApiProvider>
  </StrictMode>,
);
