import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll } from 'vitest';
import { getRawHeader, listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { MIGRATION_NAMES } from '../../../app/backend/db/migrations';
import { makeStandInElectron } from './standInElectron';

const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;
const BUDGET_BYTES = 40 * 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), 'tickmark-package-'));
const appOut = join(work, 'release', 'linux-unpacked');
const resources = join(appOut, 'resources');
const asarPath = join(resources, 'app.asar');
let files: string[] = [];

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

beforeAll(() => {
  // The bundles of this checkout (the renderer only when missing: it is slow to build and its
  // content does not change what is packed).
  if (!existsSync('dist/renderer/index.html'))
    run(['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts']);
  run(['scripts/build-electron.mjs']);
  run(['scripts/stage-app.mjs', '--node-abi', '--out', join(work, 'app')]);
  const electronDist = makeStandInElectron(join(work, 'electron'), electronVersion);
  run([
    'node_modules/electron-builder/cli.js',
    '--linux',
    'dir',
    `-c.electronDist=${electronDist}`,
    '-c.npmRebuild=false',
    `-c.directories.app=${join(work, 'app')}`,
    `-c.directories.output=${join(work, 'release')}`,
  ]);
  files = listPackage(asarPath, { isPack: false });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the package electron-builder makes (linux dir, offline, stand-in Electron)', () => {
  it('starts the bundled main process and ships the preload and the renderer', () => {
    const pkg = JSON.parse(readFileSync(join(work, 'app', 'package.json'), 'utf8')) as {
      main: string;
      homepage?: string;
      dependencies: Record<string, string>;
    };
    expect(pkg.main).toBe('dist/app/main.mjs');
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['better-sqlite3', 'pdfkit']);
    for (const file of ['/package.json', `/${pkg.main}`, '/dist/app/preload.cjs'])
      expect(files).toContain(file);
    expect(files).toContain('/dist/renderer/index.html');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('holds the migrations, the sample and the export fonts beside the main bundle', () => {
    for (const name of MIGRATION_NAMES) expect(files).toContain(`/dist/app/${name}.sql`);
    expect(files).toContain('/dist/app/sample/facts.csv');
    expect(files).toContain('/dist/app/sample/amazon-openai.md');
    const fonts = files.filter((f) => /^\/dist\/app\/fonts\/.+\.ttf$/.test(f));
    expect(fonts.length).toBeGreaterThanOrEqual(9);
  });

  it('unpacks better-sqlite3 (a native module cannot load from inside the asar)', () => {
    const binary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(existsSync(join(resources, 'app.asar.unpacked', binary))).toBe(true);
    const header = getRawHeader(asarPath).header as {
      files: Record<string, { files?: Record<string, unknown>; unpacked?: boolean }>;
    };
    let node: { files?: Record<string, unknown>; unpacked?: boolean } = header;
    for (const part of binary.split('/')) node = (node.files as Record<string, typeof node>)[part]!;
    expect(node.unpacked).toBe(true);
    // Only what runs: no SQLite sources, no C++, no build objects.
    const shipped = files.filter((f) => f.startsWith('/node_modules/better-sqlite3/'));
    expect(shipped.filter((f) => /\/(deps|src)\/|\.(a|o|c|cpp|gyp)$/.test(f))).toEqual([]);
  });

  it('ships no dev tools and no library the bundles already hold', () => {
    const packages = new Set(
      files
        .map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1])
        .filter((p): p is string => !!p),
    );
    for (const name of [
      'tsx',
      'typescript',
      'vite',
      'esbuild',
      '@esbuild/linux-x64',
      'electron',
      'react',
      'react-dom',
      '@tiptap/core',
      'mathjs',
      'zod',
      'prebuild-install',
      '@expo-google-fonts/inter',
    ])
      expect(packages.has(name), name).toBe(false);
    expect([...packages]).toEqual(expect.arrayContaining(['better-sqlite3', 'pdfkit', 'fontkit']));
  });

  it(`keeps the resources within the ${BUDGET_BYTES / 1024 / 1024} MB budget`, () => {
    const size = sizeOf(resources);
    console.log(`packaged resources: ${(size / 1024 / 1024).toFixed(1)} MB`);
    expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar only, with integrity', async () => {
    const wire = await getCurrentFuseWire(join(appOut, 'tickmark'));
    const on = (option: FuseV1Options): boolean => wire[option] === 49;
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
  });
});
