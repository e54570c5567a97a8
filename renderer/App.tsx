import { AppShell } from './features/shell/AppShell';
import { ToastProvider } from './features/shell/ToastProvider';
import './styles/tokens.css';
import './styles/fonts.css';
import './styles/app.css';
import './features/shell/shell.css';
import './features/memoList/memoList.css';
import './features/dataBrowser/dataBrowser.css';
import './features/importCsv/importCsv.css';
import './features/linkWorkbook/linkWorkbook.css';
import './features/export/export.css';
import './features/history/history.css';
import './features/workspace/workspace.css';

/** The app: toasts around the shell (sidebar, workspace, status line). */
export function App() {
  return (
    <ToastProvider>
      <AppShell />
    </ToastProvider>
  );
}
