// Decides whether Electron can run here, and if not, says why in one line.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function electronStatus() {
  const require = createRequire(import.meta.url);
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
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  return { ok: true, binary };
}
