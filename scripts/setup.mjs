#!/usr/bin/env node
// One-time (and after every package-lock change) set-up, run by `npm start` and `npm test`:
// installs the npm packages, builds better-sqlite3 for this Node, tries to fetch Electron's binary
// (fine if that fails: browser mode is the fallback), and finds a Chromium for the end-to-end tests.
import { execSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = existsSync('package-lock.json') ? readFileSync('package-lock.json') : Buffer.from('');
const stampFile = 'node_modules/.tickmark-setup';
const stamp = createHash('sha256').update(lock).update(process.version).digest('hex');
const wantBrowser = process.argv.includes('--browser');

function run(cmd, { allowFailure = false } = {}) {
  console.log(`setup: ${cmd}`);
  const result = spawnSync(cmd, { shell: true, stdio: 'inherit' });
  if (result.status !== 0 && !allowFailure) {
    console.error(`setup: "${cmd}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  return result.status === 0;
}

if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  // --ignore-scripts: electron's postinstall downloads a binary, which fails where GitHub is unreachable.
  run(
    existsSync('package-lock.json')
      ? 'npm ci --ignore-scripts --no-audit --no-fund'
      : 'npm install --ignore-scripts',
  );
  run('npm rebuild better-sqlite3');
  if (!run('npm rebuild electron', { allowFailure: true })) {
    console.log(
      'setup: the Electron binary could not be downloaded; `npm start` will use browser mode.',
    );
  }
  writeFileSync(stampFile, stamp);
}

if (wantBrowser && !findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && commandExists('apt-get')) {
    run(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils',
    );
  } else {
    run('npx playwright install chromium');
  }
}

function findChromium() {
  return (
    [process.env.TICKMARK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some(
      (p) => p && existsSync(p),
    ) || existsSync(playwrightChromiumPath())
  );
}

function playwrightChromiumPath() {
  try {
    return execSync(
      'node -e "console.log(require(\'playwright-core\').chromium.executablePath())"',
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim();
  } catch {
    return '';
  }
}

function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}
