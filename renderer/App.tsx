import { useEffect, useState } from 'react';
import { useApi } from './api/ApiContext';
import type { ResultOf } from '../shared/api/contract';

type AppInfo = ResultOf<'app:info'>;

/** The app shell. (The editor issue fills the sidebar, the memo editor and the data browser.) */
export function App() {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.invoke('app:info', {}).then(setInfo, (e: unknown) => setError(String(e)));
    return api.on('workspace:opened', () => {
      api.invoke('app:info', {}).then(setInfo, (e: unknown) => setError(String(e)));
    });
  }, [api]);

  return (
    <div className="app">
      <main className="app-main">
        <h1>Tickmark</h1>
        {error && <p role="alert">{error}</p>}
      </main>
      <footer className="status-line" aria-label="Status">
        <span data-testid="workspace-path">{info?.workspace?.path ?? 'No workspace open'}</span>
        {info?.workspace?.readOnly && <span> (read-only)</span>}
        <span className="status-version">Tickmark {info?.version}</span>
      </footer>
    </div>
  );
}
