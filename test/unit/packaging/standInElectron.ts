import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this sentinel in the Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron 41's fuse wire as it ships ('1' on, '0' off), in @electron/fuses' V1 order: RunAsNode,
 * CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, only-load-from-asar, browser V8
 * snapshot, file:// privileges.
 */
const SHIPPED_WIRE = '10110001';

/**
 * A stand-in for an unpacked Electron (what electron-builder's `electronDist` names): an
 * `electron` file carrying a fuse wire, `version`, `locales/` and `resources/`. Enough for
 * `electron-builder --linux dir` to pack the app and flip the fuses, offline; it never runs.
 */
export function makeStandInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = join(dir, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "a stand-in Electron: it never runs" >&2\nexit 1\n'),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, SHIPPED_WIRE.length]),
      Buffer.from(SHIPPED_WIRE),
    ]),
  );
  chmodSync(binary, 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  return dir;
}
