import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';
import { buildMainBundle, startMain, type MainRun } from './mainDriver';

/**
 * The real bundled main process (dist/app/main.mjs) under Node, with `electron` resolved to a
 * recording fake (test/fixtures/fakeElectron): what it asks of Electron, and what it does when
 * the fake plays Electron's part (ready, IPC calls, protocol requests, quitting, signals).
 */
let home: string;
const runs: MainRun[] = [];

beforeAll(() => buildMainBundle(), 120_000);

afterEach(() => {
  for (const run of runs.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  rmSync(home, { recursive: true, force: true });
});

async function launch(args: string[] = [], env: Record<string, string> = {}): Promise<MainRun> {
  home ??= '';
  home = mkdtempSync(join(tmpdir(), 'tickmark-main-'));
  const run = await startMain({ args, env: { TICKMARK_HOME: home, ...env } });
  runs.push(run);
  return run;
}

function workspaceIn(dir: string, name = 'Deal.tickmark'): string {
  const path = join(dir, name);
  createWorkspace(path, { sample: true }).close();
  return path;
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the bundled main process, before ready', () => {
  it('takes the single-instance lock and listens for open-file and second-instance', async () => {
    const run = await launch();
    const { calls } = await run.state();
    expect(calls.find((c) => c.api === 'app.requestSingleInstanceLock')?.args).toEqual([
      { beforeReady: true },
    ]);
    expect(calls.find((c) => c.api === 'protocol.registerSchemesAsPrivileged')?.args).toEqual([
      expect.objectContaining({ beforeReady: true }),
    ]);
    expect(
      await run.order('listeners', { events: ['open-file', 'second-instance', 'ready'] }),
    ).toMatchObject({ 'open-file': 1, 'second-instance': 1 });
    // Nothing is served before ready: no backend, no IPC handler.
    expect(await run.order('ipcChannels')).toEqual([]);
    await run.order('ready');
    expect(await run.order('ipcChannels')).toEqual(['tickmark:invoke']);
  });
});

describe('the bundled main process, started', () => {
  it('opens the workspace named on the command line, titles the window, serves the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
    const ws = workspaceIn(dir);
    const run = await launch([ws]);
    await run.order('ready');
    const state = await run.state();
    expect(state.url).toBe('tickmark-app://app/index.html');
    expect(state.title).toBe('Deal — Tickmark');
    const info = (await run.order('invoke', {
      frameUrl: 'tickmark-app://app/index.html',
      name: 'app:info',
      args: {},
    })) as { ok: boolean; value: { workspace: { path: string } } };
    expect(info.ok).toBe(true);
    expect(info.value.workspace.path).toBe(ws);
    expect(state.calls).toContainEqual({ api: 'app.addRecentDocument', args: [ws] });
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the renderer with the CSP, and 404 for traversal and missing files', async () => {
    const run = await launch();
    await run.order('ready');
    const index = await run.order<{ status: number; csp: string; body: string }>('protocol', {
      url: 'tickmark-app://app/index.html',
    });
    expect(index.status).toBe(200);
    expect(index.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(index.body).toContain('<title>Tickmark</title>');
    for (const url of [
      'tickmark-app://app/../../package.json',
      'tickmark-app://app/%2e%2e/%2e%2e/package.json',
      'tickmark-app://other/index.html',
      'tickmark-app://app/no-such-file.js',
    ]) {
      const response = await run.order<{ status: number; body: string }>('protocol', { url });
      expect(response.status, url).toBe(404);
      expect(response.body, url).not.toContain('"name"');
    }
  });

  it('answers IPC calls from app frames only', async () => {
    const run = await launch();
    await run.order('ready');
    for (const frameUrl of ['https://evil.example/', 'file:///etc/passwd', null]) {
      const refused = (await run.order('invoke', { frameUrl, name: 'app:info', args: {} })) as {
        ok: boolean;
        error: { message: string };
      };
      expect(refused.ok, String(frameUrl)).toBe(false);
      expect(refused.error.message).toMatch(/^Refused call from/);
    }
    const ok = (await run.order('invoke', {
      frameUrl: 'tickmark-app://app/index.html',
      name: 'app:info',
      args: {},
    })) as { ok: boolean; value: { mode: string } };
    expect(ok).toMatchObject({ ok: true, value: { mode: 'electron' } });
  });

  it('shows a refused workspace to the user with its exact message and leaves it untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
    const foreign = join(dir, 'Notes.tickmark');
    writeFileSync(foreign, 'not a database, just notes\n'.repeat(200));
    const before = sha(foreign);
    const run = await launch([foreign]);
    await run.order('ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const state = await run.state();
    const box = state.calls.find((c) => c.api === 'dialog.showMessageBox');
    expect(box?.args[0]).toMatchObject({ type: 'error', message: 'Tickmark could not open Notes' });
    const detail = (box?.args[0] as { detail: string }).detail;
    expect(detail).toContain('Notes.tickmark');
    // The window is there (the start screen), with no workspace and the reason kept for it.
    expect(state.windows).toBe(1);
    const recent = (await run.order('invoke', {
      frameUrl: 'tickmark-app://app/index.html',
      name: 'workspace:recent',
      args: {},
    })) as { value: { lastFailure: { path: string; message: string } } };
    expect(recent.value.lastFailure).toEqual({ path: foreign, message: detail });
    expect(sha(foreign)).toBe(before);
    expect(existsSync(`${foreign}-wal`) || existsSync(`${foreign}-shm`)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the workspace a second launch names, in this process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
    const first = workspaceIn(dir, 'First.tickmark');
    const second = workspaceIn(dir, 'Second.tickmark');
    const run = await launch([first]);
    await run.order('ready');
    await run.order('emit', {
      event: 'second-instance',
      args: [['/opt/Tickmark/tickmark', '--no-sandbox', 'Second.tickmark'], dir],
    });
    const state = await run.state();
    expect(state.title).toBe('Second — Tickmark');
    expect(state.calls.some((c) => c.api === 'win.focus')).toBe(true);
    await run.order('emit', { event: 'open-file', args: [first] });
    expect((await run.state()).title).toBe('First — Tickmark');
    expect(second).toContain('Second');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('quitting', () => {
  for (const how of ['app.quit (Cmd+Q, File > Quit)', 'SIGTERM', 'closing the window']) {
    it(`on ${how}: the page's last save lands, the workspace closes clean, then the app quits`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
      const ws = workspaceIn(dir);
      const run = await launch([ws]);
      await run.order('ready');
      await run.order('setFlush', { flush: { mode: 'write', ms: 300 } });
      // A write, so the WAL holds something until a clean close.
      await run.order('invoke', {
        frameUrl: 'tickmark-app://app/index.html',
        name: 'memos:create',
        args: { title: 'Written before quitting' },
      });
      expect(existsSync(`${ws}-wal`)).toBe(true);
      if (how === 'SIGTERM') run.child.kill('SIGTERM');
      else if (how === 'closing the window') void run.order('closeWindow').catch(() => undefined);
      else void run.order('quit').catch(() => undefined);
      const { code, calls } = await run.exited;
      expect(code).toBe(0);
      const order = calls.map((c) => c.api);
      expect(order.indexOf('page.flush.start')).toBeGreaterThan(-1);
      expect(order.indexOf('page.flush.done')).toBeGreaterThan(order.indexOf('page.flush.start'));
      expect(order.lastIndexOf('quit')).toBeGreaterThan(order.indexOf('page.flush.done'));
      expect(existsSync(`${ws}-wal`)).toBe(false);
      expect(existsSync(`${ws}-shm`)).toBe(false);
      const db = new Database(ws, { readonly: true });
      const titles = db.prepare('SELECT title FROM memos').pluck().all();
      db.close();
      expect(titles).toEqual(
        expect.arrayContaining(['Written before quitting', 'Saved while quitting']),
      );
      rmSync(dir, { recursive: true, force: true });
    });
  }

  it('waits for a page that never answers only so long, then quits anyway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
    const ws = workspaceIn(dir);
    const run = await launch([ws]);
    await run.order('ready');
    await run.order('setFlush', { flush: { mode: 'hang' } });
    void run.order('quit').catch(() => undefined);
    const { code, calls } = await run.exited;
    expect(code).toBe(0);
    // It asked, never heard back, and quit anyway (after FLUSH_TIMEOUT_MS).
    const order = calls.map((c) => c.api);
    expect(order).toContain('page.flush.start');
    expect(order).not.toContain('page.flush.done');
    expect(order.lastIndexOf('quit')).toBeGreaterThan(order.indexOf('page.flush.start'));
    expect(existsSync(`${ws}-wal`)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the menu and the desktop-only calls', () => {
  const app = 'tickmark-app://app/index.html';
  const waitFor = async (check: () => Promise<boolean>): Promise<void> => {
    for (let i = 0; i < 50 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
  };

  it('File > Open… opens what the dialog picks, and Open Recent lists both; packaged: no dev tools', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
    const first = workspaceIn(dir, 'First.tickmark');
    const second = workspaceIn(dir, 'Second.tickmark');
    const run = await launch([first], { FAKE_PACKAGED: '1' });
    await run.order('ready');
    await run.order('setDialogs', { open: { canceled: false, filePaths: [second] } });
    await run.order('clickMenu', { path: ['File', 'Open…'] });
    await waitFor(async () => (await run.state()).title === 'Second — Tickmark');
    const state = await run.state();
    expect(state.title).toBe('Second — Tickmark');
    const file = state.menu!.find((m) => m.label === 'File')!.submenu!;
    const recent = file.find((i) => i.label === 'Open Recent')!.submenu!;
    expect(recent.map((i) => i.label)).toEqual(['Second', 'First', null, 'Clear Recent']);
    const roles = JSON.stringify(state.menu);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('"reload"');
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports through the save dialog: a cancel keeps no version, a save writes the PDF there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
    const ws = workspaceIn(dir);
    const run = await launch([ws]);
    await run.order('ready');
    const call = async (name: string, args: unknown) =>
      (await run.order('invoke', { frameUrl: app, name, args })) as {
        ok: boolean;
        value: Record<string, unknown>;
      };
    const id = ((await call('memos:list', {})).value.memos as { id: number }[])[0]!.id;
    const versions = async () =>
      ((await call('memos:versions', { id })).value.versions as []).length;
    const before = await versions();

    await run.order('setDialogs', { save: { canceled: true } });
    const cancelled = await call('export:save-pdf', { memoId: id, options: {} });
    expect(cancelled).toEqual({ ok: true, value: { path: null, pages: 0, version: 0 } });
    expect(await versions()).toBe(before);

    const out = join(dir, 'Memo.pdf');
    await run.order('setDialogs', { save: { canceled: false, filePath: out } });
    const saved = await call('export:save-pdf', { memoId: id, options: {} });
    expect(saved.ok).toBe(true);
    expect(saved.value.path).toBe(out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await versions()).toBe(before + 1);
    const dialogs = (await run.state()).calls.filter((c) => c.api === 'dialog.showSaveDialog');
    expect(dialogs[0]!.args[0]).toMatchObject({ title: 'Export PDF' });
    expect((dialogs[0]!.args[0] as { defaultPath: string }).defaultPath).toMatch(/\.pdf$/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers a reload when the page crashes, instead of a blank window', async () => {
    const run = await launch();
    await run.order('ready');
    await run.order('emitWebContents', {
      event: 'render-process-gone',
      args: [{ reason: 'crashed', exitCode: 139 }],
    });
    await waitFor(async () => (await run.state()).calls.some((c) => c.api === 'win.reload'));
    const { calls } = await run.state();
    const box = calls.filter((c) => c.api === 'dialog.showMessageBox').at(-1);
    expect(box?.args[0]).toMatchObject({
      message: 'The Tickmark window stopped working.',
      buttons: ['Reload', 'Close'],
    });
    expect(calls.some((c) => c.api === 'win.reload')).toBe(true);
  });

  it('offers a reload when the page stops responding, and reloads only when asked', async () => {
    const run = await launch();
    await run.order('ready');
    const reloads = async () =>
      (await run.state()).calls.filter((c) => c.api === 'webContents.reload').length;
    const boxes = async () =>
      (await run.state()).calls.filter((c) => c.api === 'dialog.showMessageBox');
    // "Wait": nothing is reloaded.
    await run.order('setDialogs', { messageBox: { response: 0 } });
    await run.order('emitWindow', { event: 'unresponsive', args: [] });
    await waitFor(async () => (await boxes()).length === 1);
    expect((await boxes())[0]!.args[0]).toMatchObject({
      message: 'The Tickmark window is not responding.',
      buttons: ['Wait', 'Reload'],
    });
    expect(await reloads()).toBe(0);
    // "Reload".
    await run.order('setDialogs', { messageBox: { response: 1 } });
    await run.order('emitWindow', { event: 'unresponsive', args: [] });
    await waitFor(async () => (await reloads()) === 1);
    expect(await reloads()).toBe(1);
  });
});

describe('macOS: the window shows the workspace file and whether the memo is saved', () => {
  const app = 'tickmark-app://app/index.html';
  const editedCalls = async (run: MainRun) =>
    (await run.state()).calls
      .filter((c) => c.api === 'win.setDocumentEdited')
      .map((c) => c.args[0]);

  it('sets the represented file, and the edited mark from what the page reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
    const ws = workspaceIn(dir);
    const run = await launch([ws], { FAKE_PLATFORM: 'darwin' });
    await run.order('ready');
    const { calls } = await run.state();
    expect(calls.filter((c) => c.api === 'win.setRepresentedFilename').at(-1)?.args).toEqual([ws]);
    for (const edited of [true, false]) {
      const reply = await run.order('invoke', {
        frameUrl: app,
        name: 'desktop:set-edited',
        args: { edited },
      });
      expect(reply).toEqual({ ok: true, value: {} });
    }
    expect(await editedCalls(run)).toEqual([true, false]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('elsewhere the call is answered and the window left alone', async () => {
    const run = await launch([], { FAKE_PLATFORM: 'linux' });
    await run.order('ready');
    const reply = await run.order('invoke', {
      frameUrl: app,
      name: 'desktop:set-edited',
      args: { edited: true },
    });
    expect(reply).toEqual({ ok: true, value: {} });
    const { calls } = await run.state();
    expect(await editedCalls(run)).toEqual([]);
    expect(calls.some((c) => c.api === 'win.setRepresentedFilename')).toBe(false);
  });
});
