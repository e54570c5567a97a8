import { join } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/appApi';
import type { ResultOf } from '../../shared/api/contract';
import type { Backend } from '../backend/createBackend';
import { pdfFileName } from '../backend/export/pdfFileName';
import { writeFileAtomic } from '../backend/files/writeFileAtomic';
import { getMemoSummary } from '../backend/memos/memoQueries';
import type { HandlersOf } from '../backend/router/handlerMap';
import type { desktopApi } from '../../shared/api/desktopApi';
import { UserError } from '../backend/router/userError';
import { WORKSPACE_EXTENSION } from './launchArgs';

/** The system dialogs and file manager, as the handlers need them (Electron's, or a test's). */
export interface DesktopShell {
  showOpenDialog(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    properties: 'openFile'[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showItemInFolder(path: string): void;
  documentsDir(): string;
  /** The window's edited mark (macOS `setDocumentEdited`; nothing elsewhere). */
  setDocumentEdited(edited: boolean): void;
}

export interface DesktopSession {
  /** Opens a workspace as the app does (recent list, title, menu); throws the refusal. */
  open(path: string): WorkspaceInfo;
  create(path: string, sample: boolean): WorkspaceInfo;
}

const WORKSPACE_FILTERS = [{ name: 'Tickmark workspace', extensions: ['tickmark'] }];

/** The calls only the desktop app answers (shared/api/desktopApi.ts), for its router. */
export function desktopHandlers(
  backend: Backend,
  shell: DesktopShell,
  session: DesktopSession,
): HandlersOf<keyof typeof desktopApi> {
  return {
    'workspace:choose-open': async () => {
      const { canceled, filePaths } = await shell.showOpenDialog({
        title: 'Open Workspace',
        filters: WORKSPACE_FILTERS,
        properties: ['openFile'],
      });
      if (canceled || !filePaths[0]) return null;
      return session.open(filePaths[0]);
    },
    'workspace:choose-new': async ({ sample }) => {
      const { canceled, filePath } = await shell.showSaveDialog({
        title: 'New Workspace',
        defaultPath: join(shell.documentsDir(), `Untitled${WORKSPACE_EXTENSION}`),
        filters: WORKSPACE_FILTERS,
      });
      if (canceled || !filePath) return null;
      const path = filePath.endsWith(WORKSPACE_EXTENSION)
        ? filePath
        : `${filePath}${WORKSPACE_EXTENSION}`;
      return session.create(path, sample);
    },
    'export:save-pdf': async ({ memoId, options }) => {
      const { title } = getMemoSummary(backend.workspace.current().db, memoId);
      const { canceled, filePath } = await shell.showSaveDialog({
        title: 'Export PDF',
        defaultPath: join(shell.documentsDir(), pdfFileName(title)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      // Cancelled: nothing exported, no version kept.
      if (canceled || !filePath) return { path: null, pages: 0, version: 0 };
      const result = await backend.router.invoke('export:pdf', { memoId, options });
      if (!result.ok)
        throw new UserError(
          result.error.message,
          result.error.code,
          result.error.where,
          result.error.problems,
        );
      const value = result.value as ResultOf<'export:pdf'>;
      writeFileAtomic(filePath, value.bytes);
      return { path: filePath, pages: value.pages, version: value.version };
    },
    'desktop:set-edited': ({ edited }) => {
      shell.setDocumentEdited(edited);
      return {};
    },
    'desktop:show-in-folder': ({ path }) => {
      shell.showItemInFolder(path);
      return {};
    },
  };
}
