import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Spelling is checked only where the OS checks it (macOS): on Windows and Linux Chromium would
 * download Hunspell dictionaries from Google's servers, and the app makes no network request.
 */
export function spellcheckEnabled(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/** The one window's options: isolated, sandboxed, no Node in the page. */
export function mainWindowOptions(
  preloadPath: string,
  platform: NodeJS.Platform = process.platform,
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Tickmark',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: spellcheckEnabled(platform),
      navigateOnDragDrop: false,
    },
  };
}
