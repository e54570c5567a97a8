import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/desktopApi';
import { workspaceName } from '../backend/workspace/recentWorkspaces';

/** What the menu's own items do (main.ts binds them to dialogs and to the page). */
export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  /** A command the page carries out (it owns the import and export dialogs). */
  command(command: AppCommand): void;
  about(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** A packaged build has no Reload and no developer tools. */
  isPackaged: boolean;
  recent: readonly string[];
  /** False while no workspace is open: the memo and data commands are disabled. */
  workspaceOpen: boolean;
  actions: MenuActions;
}

/**
 * The application menu: Tickmark (macOS), File, Edit, View, Window, Help. Pure: built from
 * the context alone, so tests read it without Electron.
 */
export function appMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, isPackaged, recent, workspaceOpen, actions } = context;
  const isMac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((path) => ({
          label: workspaceName(path),
          sublabel: path,
          toolTip: path,
          click: () => actions.openRecent(path),
        })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No Recent Workspaces', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        label: 'New Workspace…',
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.newWorkspace(),
      },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      {
        label: 'New Memo',
        accelerator: 'CmdOrCtrl+N',
        enabled: workspaceOpen,
        click: () => actions.command('new-memo'),
      },
      {
        label: 'Import CSV…',
        accelerator: 'CmdOrCtrl+Shift+O',
        enabled: workspaceOpen,
        click: () => actions.command('import-csv'),
      },
      {
        label: 'Import Markdown…',
        enabled: workspaceOpen,
        click: () => actions.command('import-markdown'),
      },
      {
        label: 'Export Markdown…',
        enabled: workspaceOpen,
        click: () => actions.command('export-markdown'),
      },
      {
        label: 'Export PDF…',
        accelerator: 'CmdOrCtrl+Shift+E',
        enabled: workspaceOpen,
        click: () => actions.command('export-pdf'),
      },
      {
        label: 'House Style…',
        enabled: workspaceOpen,
        click: () => actions.command('house-style'),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isPackaged
        ? []
        : ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      {
        label: 'Keyboard Shortcuts',
        accelerator: 'CmdOrCtrl+/',
        click: () => actions.command('show-shortcuts'),
      },
      ...(isMac ? [] : [{ label: 'About Tickmark', click: () => actions.about() }]),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Tickmark',
    submenu: [
      { label: 'About Tickmark', click: () => actions.about() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: 'Quit Tickmark' },
    ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
