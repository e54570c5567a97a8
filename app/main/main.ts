import { app, BrowserWindow, dialog, net, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { createBackend } from '../backend/createBackend';
import { defaultWorkspacePath } from '../backend/workspace/defaultWorkspacePath';
import { ensureDefaultWorkspace } from '../backend/workspace/ensureDefaultWorkspace';
import { APP_SCHEME, APP_START_URL, isAppUrl, resolveAppFile } from './appProtocol';
import { allowPermission, externalUrlToOpen } from './navigationPolicy';
import { electronNativeBinding } from './nativeBinding';
import { registerIpc } from './registerIpc';
import { registerWorkbookPicker } from './registerWorkbookPicker';
import { mainWindowOptions } from './windowOptions';

// Bundled to dist/app/main.mjs; the renderer is built to dist/renderer.
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const projectRoot = join(here, '..', '..');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  const nativeBinding = app.isPackaged ? undefined : electronNativeBinding(projectRoot);
  const workspacePath =
    process.env.TICKMARK_WORKSPACE ?? ensureDefaultWorkspace(defaultWorkspacePath(), nativeBinding);
  const backend = createBackend({
    mode: 'electron',
    workspacePath,
    ...(nativeBinding ? { nativeBinding } : {}),
  });

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });

  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) =>
    allowPermission(permission),
  );

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
  });

  const unbind = registerIpc(backend, () => mainWindow?.webContents ?? null);
  registerWorkbookPicker(backend.router, (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
  );
  mainWindow = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_START_URL);

  app.on('window-all-closed', () => {
    unbind();
    backend.close();
    app.quit();
  });
}

start().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
