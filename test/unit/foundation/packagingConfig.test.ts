import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface BuilderConfig {
  appId?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  files?: string[];
  extraMetadata?: { main?: string };
  linux?: { target?: string[] };
  mac?: { target?: string[] };
  win?: { target?: string[] };
}

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('targets Linux AppImage and deb, macOS dmg and Windows nsis', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac?.target).toContain('dmg');
    expect(config.win?.target).toContain('nsis');
  });

  it('packs into an asar with better-sqlite3 unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('starts the bundled main process and ships the built renderer', () => {
    expect(config.extraMetadata?.main).toBe('dist/app/main.mjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/app/**', 'dist/renderer/**']));
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });
});
