import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  net,
  protocol,
  session,
  shell,
  type MessageBoxOptions,
} from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLUSH_HOOK, type AppCommand } from '../../shared/api/desktopApi';
import type { WorkspaceInfo } from '../../shared/api/appApi';
import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge';
import { createBackend } from '../backend/createBackend';
import { defaultWorkspacePath, userDataDir } from '../backend/workspace/defaultWorkspacePath';
import { ensureDefaultWorkspace } from '../backend/workspace/ensureDefaultWorkspace';
import { APP_SCHEME, APP_START_URL, isAppUrl } from './appProtocol';
import { createAppProtocolHandler } from './appProtocolHandler';
import { appMenuTemplate } from './appMenu';
import { contextMenuTemplate } from './contextMenu';
import { desktopHandlers } from './desktopHandlers';
import { workspaceFromArgv } from './launchArgs';
import { allowPermission, externalUrlToOpen } from './navigationPolicy';
import { electronNativeBinding } from './nativeBinding';
import { createQuitSequence, FLUSH_TIMEOUT_MS } from './quitSequence';
import { workspaceName } from '../backend/workspace/recentWorkspaces';
import { registerIpc } from './registerIpc';
import { registerWorkbookPicker } from './registerWorkbookPicker';
import { mainWindowOptions, spellcheckEnabled } from './windowOptions';

// Bundled to dist/app/main.mjs; the renderer is built to dist/renderer.
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const projectRoot = join(here, '..', '..');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// One process per user: a second launch (a double-clicked .tickmark file) hands its command
// line to this one (`second-instance`) and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startDesktop();
}

function startDesktop(): void {
  // Paths to open, from the command line, `open-file` (macOS, can arrive before `ready`) or a
  // second launch; handled once the backend is up.
  const pending: string[] = [];
  let openPath: ((path: string) => void) | null = null;
  const requestOpen = (path: string): void => (openPath ? openPath(path) : void pending.push(path));

  const fromArgv = workspaceFromArgv(process.argv, process.cwd());
  if (fromArgv) pending.push(fromArgv);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestOpen(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = workspaceFromArgv(argv, workingDirectory);
    if (path) requestOpen(path);
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app
    .whenReady()
    .then(() => {
      openPath = ready(pending.splice(0));
    })
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox('Tickmark could not start', String(error));
      app.exit(1);
    });
}

/** Everything after `ready`; returns how to open a workspace from then on. */
function ready(initial: string[]): (path: string) => void {
  const nativeBinding = app.isPackaged ? undefined : electronNativeBinding(projectRoot);
  const backend = createBackend({
    mode: 'electron',
    recentWorkspacesFile: join(userDataDir(), 'recent-workspaces.json'),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  const recent = backend.history.recent;
  let mainWindow: BrowserWindow | null = null;

  const sendCommand = (command: AppCommand): void => {
    mainWindow?.webContents.send(IPC_EVENT_CHANNEL, { name: 'app:command', payload: { command } });
  };
  const showMessage = (options: MessageBoxOptions): void => {
    const win = mainWindow;
    if (!win) void dialog.showMessageBox(options);
    else if (win.isVisible()) void dialog.showMessageBox(win, options);
    else win.once('show', () => void dialog.showMessageBox(win, options));
  };

  const rebuildMenu = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          platform: process.platform,
          isPackaged: app.isPackaged,
          recent: recent.list(),
          workspaceOpen: backend.workspace.info() !== null,
          actions: {
            newWorkspace: () => void chooseNew(),
            openWorkspace: () => void chooseOpen(),
            openRecent: (path) => void tryOpen(path),
            clearRecent: () => {
              for (const path of recent.list()) recent.remove(path);
              app.clearRecentDocuments();
              rebuildMenu();
            },
            command: sendCommand,
            about: () =>
              showMessage({
                type: 'info',
                title: 'About Tickmark',
                message: `Tickmark ${app.getVersion()}`,
                detail: 'Investment memos whose figures are computed from your deal database.',
              }),
          },
        }),
      ),
    );
  };

  const showWorkspace = (info: WorkspaceInfo | null): void => {
    const title = info ? `${workspaceName(info.path)} — Tickmark` : 'Tickmark';
    mainWindow?.setTitle(title);
    if (process.platform === 'darwin') mainWindow?.setRepresentedFilename(info?.path ?? '');
    rebuildMenu();
  };

  const refuse = (path: string, error: unknown): never => {
    backend.history.failed(path, error instanceof Error ? error.message : String(error));
    showWorkspace(backend.workspace.info());
    throw error;
  };
  // However a workspace opens (menu, dialog, start screen, argv), it joins the recent list
  // (backend.history, already told), the system's recent documents, and names the window.
  backend.events.subscribe((name, payload) => {
    if (name !== 'workspace:opened') return;
    app.addRecentDocument((payload as WorkspaceInfo).path);
    showWorkspace(payload as WorkspaceInfo);
  });
  const session_ = {
    open: (path: string) => {
      try {
        return backend.workspace.open(path);
      } catch (error) {
        return refuse(path, error);
      }
    },
    create: (path: string, sample: boolean) => {
      try {
        return backend.workspace.create(path, { sample });
      } catch (error) {
        return refuse(path, error);
      }
    },
  };

  /** Opens `path`; a refusal is shown to the user with its exact message (the file untouched). */
  const tryOpen = (path: string): boolean => {
    try {
      session_.open(path);
      return true;
    } catch (error) {
      showMessage({
        type: 'error',
        title: 'Tickmark',
        message: `Tickmark could not open ${workspaceName(path)}`,
        detail: error instanceof Error ? error.message : String(error),
      });
      return false;
    }
  };
  const chooseOpen = (): Promise<unknown> =>
    backend.router.invoke('workspace:choose-open', {}).then(reportFailure);
  const chooseNew = (): Promise<unknown> =>
    backend.router.invoke('workspace:choose-new', { sample: false }).then(reportFailure);
  const reportFailure = (result: { ok: boolean; error?: { message: string } }): void => {
    if (!result.ok)
      showMessage({ type: 'error', title: 'Tickmark', message: result.error?.message ?? '' });
  };

  backend.router.registerAll(
    desktopHandlers(
      backend,
      {
        showOpenDialog: (options) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        showItemInFolder: (path) => shell.showItemInFolder(path),
        documentsDir: () => app.getPath('documents'),
        setDocumentEdited: (edited) => {
          if (process.platform === 'darwin') mainWindow?.setDocumentEdited(edited);
        },
      },
      session_,
    ),
  );

  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererDir, (url) => net.fetch(url)),
  );
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) =>
    allowPermission(permission),
  );
  // macOS checks spelling with the OS's checker; elsewhere Chromium would download Hunspell
  // dictionaries from Google, so spelling is off there (no network request, ever).
  session.defaultSession.setSpellCheckerEnabled(spellcheckEnabled(process.platform));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrlToOpen(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('context-menu', (_e, params) => {
      const template = contextMenuTemplate(params, {
        replaceMisspelling: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      });
      if (template.length) Menu.buildFromTemplate(template).popup();
    });
  });

  const unbind = registerIpc(backend, () => mainWindow?.webContents ?? null);
  registerWorkbookPicker(backend.router, (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
  );

  /** Asks the page to finish its pending save (renderer/features/workspace/pendingSaves.ts). */
  const flushPage = async (): Promise<unknown> => {
    const contents = mainWindow?.webContents;
    if (!contents || contents.isDestroyed()) return;
    return contents.executeJavaScript(`globalThis.${FLUSH_HOOK}?.()`, true);
  };
  const quit = createQuitSequence({
    flush: flushPage,
    close: () => {
      unbind();
      backend.close();
    },
    quit: () => app.quit(),
  });
  app.on('before-quit', (event) => quit.onBeforeQuit(event));
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => app.quit());
  }
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs')));
    mainWindow = win;
    let flushed = false;
    win.once('ready-to-show', () => win.show());
    // Closing the window: the page saves first (bounded), then the window goes.
    win.on('close', (event) => {
      if (flushed || quit.done) return;
      event.preventDefault();
      let timer: ReturnType<typeof setTimeout> | undefined;
      void Promise.race([
        flushPage().catch(() => undefined),
        new Promise((resolve) => {
          timer = setTimeout(resolve, FLUSH_TIMEOUT_MS);
        }),
      ]).then(() => {
        clearTimeout(timer);
        flushed = true;
        win.close();
      });
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      void dialog
        .showMessageBox(win, {
          type: 'error',
          title: 'Tickmark',
          message: 'The Tickmark window stopped working.',
          detail: `Reason: ${details.reason}. Your saved work is in the workspace; reload to go on.`,
          buttons: ['Reload', 'Close'],
          defaultId: 0,
        })
        .then(({ response }) => (response === 0 ? win.reload() : win.close()));
    });
    win.on('unresponsive', () => {
      void dialog
        .showMessageBox(win, {
          type: 'warning',
          title: 'Tickmark',
          message: 'The Tickmark window is not responding.',
          buttons: ['Wait', 'Reload'],
          defaultId: 0,
        })
        .then(({ response }) => {
          if (response === 1) win.webContents.reload();
        });
    });
    showWorkspace(backend.workspace.info());
    void win.loadURL(APP_START_URL);
    return win;
  };
  app.on('activate', () => {
    if (!mainWindow) createWindow();
  });

  // The first workspace: one named at launch, else the last one used, else the sample.
  const named = initial.at(-1) ?? process.env.TICKMARK_WORKSPACE;
  createWindow();
  if (named) tryOpen(named);
  else {
    const last = recent.list().find((path) => existsSync(path));
    tryOpen(last ?? ensureDefaultWorkspace(defaultWorkspacePath(), nativeBinding));
  }
  return (path) => void tryOpen(path);
}
