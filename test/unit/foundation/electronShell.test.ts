import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { APP_START_URL, isAppUrl, resolveAppFile } from '../../../app/main/appProtocol';
import { mainWindowOptions } from '../../../app/main/windowOptions';
import { allowPermission, externalUrlToOpen } from '../../../app/main/navigationPolicy';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';

describe('the Electron window', () => {
  it('is isolated and sandboxed, with no Node in the page', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('has a strict CSP without unsafe-eval or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('the app protocol', () => {
  const root = '/opt/tickmark/renderer';

  it('serves files of the built renderer', () => {
    expect(resolveAppFile(APP_START_URL, root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('tickmark-app://app/assets/index-abc.js', root)).toBe(
      join(root, 'assets/index-abc.js'),
    );
  });

  it.each([
    'tickmark-app://app/../../etc/passwd',
    'tickmark-app://app/%2e%2e/%2e%2e/etc/passwd',
    'tickmark-app://app/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppFile(url, root);
    expect(file === null || file.startsWith(`${root}/`)).toBe(true);
    expect(file).not.toBe('/etc/passwd');
  });

  it.each([
    'tickmark-app://other/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('trusts app frames only', () => {
    expect(isAppUrl('tickmark-app://app/index.html')).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('navigation and permissions', () => {
  it('opens only http, https and mailto links outside the app', () => {
    expect(externalUrlToOpen('https://www.sec.gov/')).toBe('https://www.sec.gov/');
    expect(externalUrlToOpen('mailto:ir@example.com')).toBe('mailto:ir@example.com');
    expect(externalUrlToOpen('javascript:alert(1)')).toBeNull();
    expect(externalUrlToOpen('file:///etc/passwd')).toBeNull();
    expect(externalUrlToOpen('data:text/html,<script>alert(1)</script>')).toBeNull();
  });

  it('denies every permission request', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(allowPermission(permission)).toBe(false);
    }
  });
});

describe('the preload', () => {
  it('exposes exactly invoke and on, as window.tickmark', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: 1 }));
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld },
      ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
    }));
    await import('../../../app/preload/preload');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, bridge] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('tickmark');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    await (bridge.invoke as (n: string, a: unknown) => Promise<unknown>)('app:info', {});
    expect(invoke).toHaveBeenCalledWith('tickmark:invoke', 'app:info', {});
    vi.doUnmock('electron');
  });
});
