import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface BuilderConfig {
  appId?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  directories?: { app?: string; output?: string };
  fileAssociations?: { ext: string; mimeType?: string }[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[]; icon?: string; mimeTypes?: string[] };
  mac?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
}

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  homepage?: string;
  dependencies: Record<string, string>;
};

describe('electron-builder.yml and package.json', () => {
  it('targets Linux AppImage and deb, macOS dmg and Windows nsis, each with its icon', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac?.target).toContain('dmg');
    expect(config.win?.target).toContain('nsis');
    for (const icon of [config.linux?.icon, config.mac?.icon, config.win?.icon]) {
      expect(icon && existsSync(icon), icon).toBe(true);
    }
  });

  it('packs the staged app (build/app) into an asar with better-sqlite3 unpacked', () => {
    expect(config.directories?.app).toBe('build/app');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    // The staged copy already holds the Electron-ABI binary; the checkout is never rebuilt.
    expect(config.npmRebuild).toBe(false);
  });

  it('names the built entry, a homepage (deb needs one) and a MIME type for .tickmark', () => {
    expect(pkg.main).toBe('dist/app/main.mjs');
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'tickmark', mimeType: 'application/x-tickmark' }),
    ]);
    expect(config.linux?.mimeTypes).toContain('application/x-tickmark');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('ships no build tool as a run-time dependency', () => {
    for (const tool of ['tsx', 'typescript', 'vite', 'esbuild', 'electron'])
      expect(pkg.dependencies[tool], tool).toBeUndefined();
  });

  it('sets every fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
