import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, type MenuActions } from '../../../app/main/appMenu';
import { contextMenuTemplate, type ContextParams } from '../../../app/main/contextMenu';
import { workspaceFromArgv } from '../../../app/main/launchArgs';
import { createQuitSequence } from '../../../app/main/quitSequence';
import { withRecent, workspaceName } from '../../../app/backend/workspace/recentWorkspaces';
import { mainWindowOptions } from '../../../app/main/windowOptions';

const actions = (): MenuActions => ({
  newWorkspace: vi.fn(),
  openWorkspace: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  command: vi.fn(),
  about: vi.fn(),
});

function items(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label);
  return (menu?.submenu as MenuItemConstructorOptions[]) ?? [];
}
const find = (list: MenuItemConstructorOptions[], label: string) =>
  list.find((i) => i.label === label);
const allRoles = (template: MenuItemConstructorOptions[]): string[] =>
  template.flatMap((m) => [
    ...(m.role ? [m.role] : []),
    ...(Array.isArray(m.submenu) ? allRoles(m.submenu) : []),
  ]);

describe('the application menu', () => {
  const context = (over: Partial<Parameters<typeof appMenuTemplate>[0]> = {}) => ({
    platform: 'linux' as NodeJS.Platform,
    isPackaged: true,
    recent: ['/deals/Acme.tickmark', '/deals/Zeta.tickmark'],
    workspaceOpen: true,
    actions: actions(),
    ...over,
  });

  it('has Tickmark, File, Edit, View, Window, Help on macOS (no Tickmark menu elsewhere)', () => {
    expect(appMenuTemplate(context({ platform: 'darwin' })).map((m) => m.label)).toEqual([
      'Tickmark',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(appMenuTemplate(context()).map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('opens a workspace with Ctrl/Cmd+O; CSV import has its own shortcut', () => {
    const c = context();
    const file = items(appMenuTemplate(c), 'File');
    expect(find(file, 'Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(file, 'Import CSV…')?.accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(find(file, 'Export PDF…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(find(file, 'New Workspace…')?.accelerator).toBe('CmdOrCtrl+Shift+N');
    (find(file, 'Open…')?.click as () => void)();
    expect(c.actions.openWorkspace).toHaveBeenCalled();
    (find(file, 'Import CSV…')?.click as () => void)();
    expect(c.actions.command).toHaveBeenCalledWith('import-csv');
    (find(file, 'Export PDF…')?.click as () => void)();
    expect(c.actions.command).toHaveBeenCalledWith('export-pdf');
    expect(file.some((i) => i.role === 'quit')).toBe(true);
  });

  it('imports and exports Markdown from the File menu, through the page', () => {
    const c = context();
    const file = items(appMenuTemplate(c), 'File');
    (find(file, 'Import Markdown…')?.click as () => void)();
    expect(c.actions.command).toHaveBeenCalledWith('import-markdown');
    (find(file, 'Export Markdown…')?.click as () => void)();
    expect(c.actions.command).toHaveBeenCalledWith('export-markdown');
  });

  it('opens the House style dialog from the File menu, through the page', () => {
    const c = context();
    const file = items(appMenuTemplate(c), 'File');
    (find(file, 'House Style…')?.click as () => void)();
    expect(c.actions.command).toHaveBeenCalledWith('house-style');
    const closed = items(appMenuTemplate(context({ workspaceOpen: false })), 'File');
    expect(find(closed, 'House Style…')?.enabled).toBe(false);
  });

  it('lists recent workspaces by name, opens them, and can clear them', () => {
    const c = context();
    const recent = find(items(appMenuTemplate(c), 'File'), 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual(['Acme', 'Zeta', undefined, 'Clear Recent']);
    (recent[1]!.click as () => void)();
    expect(c.actions.openRecent).toHaveBeenCalledWith('/deals/Zeta.tickmark');
    const none = find(items(appMenuTemplate(context({ recent: [] })), 'File'), 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(none).toEqual([{ label: 'No Recent Workspaces', enabled: false }]);
  });

  it('has no Reload or developer tools in a packaged build', () => {
    const packaged = allRoles(appMenuTemplate(context()));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(allRoles(appMenuTemplate(context({ isPackaged: false })))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('disables the memo commands while no workspace is open', () => {
    const file = items(appMenuTemplate(context({ workspaceOpen: false })), 'File');
    expect(find(file, 'Export PDF…')?.enabled).toBe(false);
    expect(find(file, 'Import CSV…')?.enabled).toBe(false);
    expect(find(file, 'Open…')?.enabled).toBeUndefined();
  });
});

describe('the context menu', () => {
  const params = (over: Partial<ContextParams> = {}): ContextParams => ({
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    ...over,
  });
  const ctx = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };

  it('offers cut, copy, paste and select all in an editable spot', () => {
    expect(contextMenuTemplate(params(), ctx).map((i) => i.role ?? i.type)).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
  });

  it('puts spelling suggestions first and replaces the word with the one picked', () => {
    const template = contextMenuTemplate(
      params({ misspelledWord: 'revenu', dictionarySuggestions: ['revenue', 'revenues'] }),
      ctx,
    );
    expect(template.slice(0, 3).map((i) => i.label)).toEqual([
      'revenue',
      'revenues',
      'Add to Dictionary',
    ]);
    (template[0]!.click as () => void)();
    expect(ctx.replaceMisspelling).toHaveBeenCalledWith('revenue');
    (template[2]!.click as () => void)();
    expect(ctx.addToDictionary).toHaveBeenCalledWith('revenu');
  });

  it('offers copy for selected read-only text and nothing on a blank spot', () => {
    const readOnly = { isEditable: false };
    expect(
      contextMenuTemplate(params({ ...readOnly, selectionText: 'EBITDA' }), ctx).map((i) => i.role),
    ).toEqual(['copy', 'selectAll']);
    expect(contextMenuTemplate(params(readOnly), ctx)).toEqual([]);
  });
});

describe('the command line of a launch', () => {
  it('finds the workspace by --workspace or by its .tickmark extension, from the launch folder', () => {
    expect(workspaceFromArgv(['electron', 'dist/app/main.mjs', 'Deal.tickmark'], '/home/a')).toBe(
      '/home/a/Deal.tickmark',
    );
    expect(workspaceFromArgv(['Tickmark', '--workspace', '/d/X.tickmark'], '/')).toBe(
      '/d/X.tickmark',
    );
    expect(workspaceFromArgv(['Tickmark', '--workspace=rel/Y.tickmark'], '/w')).toBe(
      '/w/rel/Y.tickmark',
    );
    expect(workspaceFromArgv(['Tickmark', '--no-sandbox', '/d/Z.TICKMARK'], '/')).toBe(
      '/d/Z.TICKMARK',
    );
    expect(workspaceFromArgv(['Tickmark', '--no-sandbox', 'notes.txt'], '/')).toBeNull();
    expect(workspaceFromArgv(['Tickmark'], '/')).toBeNull();
  });
});

describe('the recent list', () => {
  it('puts the newest first, once, and keeps ten', () => {
    expect(withRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    const many = Array.from({ length: 12 }, (_, i) => `/w${i}`);
    expect(withRecent(many, '/new')).toHaveLength(10);
    expect(workspaceName('/deals/Acme Q3.tickmark')).toBe('Acme Q3');
  });
});

describe('the quit sequence', () => {
  it('holds the first before-quit until the page has flushed, closes, then quits once', async () => {
    const order: string[] = [];
    let finishFlush: () => void = () => undefined;
    const sequence = createQuitSequence({
      flush: () =>
        new Promise<void>((resolve) => {
          order.push('flush');
          finishFlush = () => resolve();
        }),
      close: () => order.push('close'),
      quit: () => order.push('quit'),
    });
    const first = { preventDefault: vi.fn() };
    sequence.onBeforeQuit(first);
    sequence.onBeforeQuit({ preventDefault: vi.fn() });
    expect(first.preventDefault).toHaveBeenCalled();
    expect(order).toEqual(['flush']);
    finishFlush();
    await sequence.finished();
    expect(order).toEqual(['flush', 'close', 'quit']);
    const after = { preventDefault: vi.fn() };
    sequence.onBeforeQuit(after);
    expect(after.preventDefault).not.toHaveBeenCalled();
  });

  it('gives up waiting after the timeout and still closes the workspace', async () => {
    const close = vi.fn();
    const sequence = createQuitSequence({
      flush: () => new Promise(() => undefined),
      close,
      quit: vi.fn(),
      timeoutMs: 20,
    });
    sequence.onBeforeQuit({ preventDefault: vi.fn() });
    await sequence.finished();
    expect(close).toHaveBeenCalledTimes(1);
    expect(sequence.done).toBe(true);
  });
});

describe('spellcheck', () => {
  it('is on only where the OS checks spelling (macOS): nothing is downloaded elsewhere', () => {
    expect(mainWindowOptions('/p.cjs', 'darwin').webPreferences?.spellcheck).toBe(true);
    expect(mainWindowOptions('/p.cjs', 'linux').webPreferences?.spellcheck).toBe(false);
    expect(mainWindowOptions('/p.cjs', 'win32').webPreferences?.spellcheck).toBe(false);
  });
});
