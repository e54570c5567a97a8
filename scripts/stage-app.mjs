#!/usr/bin/env node
// Stages what the package holds in build/app/ (electron-builder's `directories.app`), so the
// checkout's own node_modules are never rebuilt or pruned: the bundles of dist/ (no source
// maps), a package.json of the runtime packages only, and a copy of those packages' files
// (scripts/runtimePackages.mjs; their build, docs and sources left out). better-sqlite3's
// binary in the copy is the Electron-ABI one `node scripts/build-native-for-electron.mjs` built
// in build/electron-native/; `--node-abi` keeps the Node build instead (the offline packaging
// test, which never runs the app).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RUNTIME_PACKAGES } from './runtimePackages.mjs';

/** Needed only to install a package, never at run time. */
const INSTALL_ONLY = new Set(['prebuild-install']);
/** Files of a package the app never reads. */
const SKIP =
  /(^|\/)(\.[^/]*|.*\.map|.*\.md|.*\.markdown|.*\.d\.ts|.*\.d\.mts|.*\.d\.cts|test|tests|__tests__|docs?|examples?|\.github|CHANGELOG.*|tsconfig.*\.json)$/i;

export function stageApp({ out = 'build/app', nodeAbi = false } = {}) {
  for (const need of ['dist/app/main.mjs', 'dist/app/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(need)) throw new Error(`${need} is missing: run "npm run build" first.`);
  }
  const native = 'build/electron-native/better_sqlite3.node';
  if (!nodeAbi && !existsSync(native)) {
    throw new Error(
      `${native} is missing: run "node scripts/build-native-for-electron.mjs" (needs Electron's headers).`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const noMaps = { recursive: true, filter: (f) => !f.endsWith('.map') };
  cpSync('dist/app', join(out, 'dist/app'), noMaps);
  cpSync('dist/renderer', join(out, 'dist/renderer'), noMaps);

  const root = JSON.parse(readFileSync('package.json', 'utf8'));
  const dependencies = {};
  const copied = new Set();
  const copyPackage = (name, fromDir) => {
    const dir = resolvePackageDir(name, fromDir);
    if (copied.has(dir)) return;
    copied.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    cpSync(dir, join(out, relative('.', dir)), {
      recursive: true,
      filter: (f) => keepFile(name, relative(dir, f)),
    });
    const installOnly = Object.keys(pkg.dependencies ?? {}).filter((d) => INSTALL_ONLY.has(d));
    if (installOnly.length) {
      // The copy is never installed: drop its install script and install-time dependencies.
      for (const dep of installOnly) delete pkg.dependencies[dep];
      delete pkg.scripts?.install;
      writeFileSync(
        join(out, relative('.', dir), 'package.json'),
        `${JSON.stringify(pkg, null, 2)}\n`,
      );
    }
    for (const dep of Object.keys(pkg.dependencies ?? {})) copyPackage(dep, dir);
  };
  for (const name of RUNTIME_PACKAGES) {
    dependencies[name] = root.dependencies[name];
    copyPackage(name, '.');
  }
  const release = join(out, 'node_modules/better-sqlite3/build/Release');
  mkdirSync(release, { recursive: true });
  if (!nodeAbi) cpSync(native, join(release, 'better_sqlite3.node'));

  const appPackage = {
    name: root.name,
    productName: 'Tickmark',
    version: root.version,
    description: root.description,
    homepage: root.homepage,
    author: root.author,
    license: root.license,
    type: 'module',
    main: root.main,
    dependencies,
  };
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(appPackage, null, 2)}\n`);
  return { out, packages: copied.size };
}

function resolvePackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return relative('.', candidate) || '.';
    if (dirname(dir) === dir || dir === '.') {
      const top = join('node_modules', name);
      if (existsSync(join(top, 'package.json'))) return top;
      throw new Error(`Cannot find the package ${name} (needed from ${fromDir}).`);
    }
  }
}

function keepFile(name, rel) {
  if (rel === '') return true;
  if (rel.split('/').some((part, i, all) => SKIP.test(all.slice(0, i + 1).join('/')) && part))
    return false;
  if (name === 'better-sqlite3') {
    // Only lib/ and the built binary: not the SQLite sources, the C++ or the build's objects.
    return (
      rel === 'package.json' ||
      rel === 'LICENSE' ||
      rel === 'lib' ||
      rel.startsWith('lib/') ||
      rel === 'build' ||
      rel === 'build/Release' ||
      rel === 'build/Release/better_sqlite3.node'
    );
  }
  if (name === 'pdfkit') return !rel.startsWith('js/pdfkit.standalone') && !rel.startsWith('types');
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'build/app' }, 'node-abi': { type: 'boolean' } },
  });
  const result = stageApp({ out: values.out, nodeAbi: values['node-abi'] === true });
  console.log(`stage-app: ${result.out} with ${result.packages} runtime packages`);
}
