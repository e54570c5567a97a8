// Decides whether Electron can run here, and if not, says why in one line.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function electronStatus(env = process.env) {
  const require = createRequire(import.meta.url);
  // An Electron binary of one's own (a system Electron, or a test's stand-in).
  if (env.TICKMARK_ELECTRON) {
    if (!existsSync(env.TICKMARK_ELECTRON))
      return {
        ok: false,
        reason: `TICKMARK_ELECTRON names ${env.TICKMARK_ELECTRON}, which does not exist`,
      };
    return displayStatus(env) ?? { ok: true, binary: env.TICKMARK_ELECTRON, own: true };
  }
  try {
    require.resolve('electron/package.json');
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  let binary;
  try {
    binary = require('electron');
  } catch {
    return {
      ok: false,
      reason: 'the Electron binary was not downloaded (its download site is unreachable)',
    };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return {
      ok: false,
      reason: 'the Electron binary was not downloaded (its download site is unreachable)',
    };
  }
  return displayStatus(env) ?? { ok: true, binary, own: false };
}

function displayStatus(env) {
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  return null;
}

/**
 * Switches Electron needs on this machine: as root (containers, CI) Chromium refuses to start
 * without `--no-sandbox`, so it is passed there only; everywhere else the sandbox stays on.
 */
export function electronLaunchArgs() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return process.platform === 'linux' && isRoot ? ['--no-sandbox'] : [];
}
