import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApiClient } from './api/createApiClient';
import { pickTransport } from './api/pickTransport';
import { ApiProvider } from './api/ApiContext';
import './styles/app.css';
import { installEditedReporter, installFlushHook } from './features/workspace/pendingSaves';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const api = createApiClient(pickTransport(window));
installFlushHook();
// The desktop app marks its window edited while a memo has unsaved changes.
if ((window as { tickmark?: unknown }).tickmark)
  installEditedReporter((edited) => {
    api.invoke('desktop:set-edited', { edited }).catch(() => undefined);
  });
createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
