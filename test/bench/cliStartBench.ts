import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase } from './benchTypes';
import { median } from './measure';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'tickmark.js');

/** Wall time of one `node ARGS` process, start to exit, in milliseconds. */
function timeNode(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

/**
 * A cold start of the compiled `tickmark eval` (open a workspace read-only, evaluate one
 * figure, print it) against a bare `node -e 0`, interleaved so both see the same machine.
 */
export const cliStartBench: BenchCase = {
  name: 'cli-start',
  async run() {
    const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('npm run build:cli failed');
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-bench-cli-'));
    try {
      const ws = join(dir, 'bench.tickmark');
      timeNode([bin, 'init', ws, '--sample']);
      const evalArgs = [bin, 'eval', ws, 'AMZN.capex.FY2025 / 1e9'];
      const cli: number[] = [];
      const bare: number[] = [];
      timeNode(evalArgs);
      timeNode(['-e', '0']);
      for (let i = 0; i < 12; i++) {
        cli.push(timeNode(evalArgs));
        bare.push(timeNode(['-e', '0']));
      }
      return [
        {
          name: 'tickmark eval, cold start to exit (median of 12)',
          value: median(cli),
          unit: 'ms',
          baseline: { name: 'node -e 0', value: median(bare) },
          target: '<= 4x node -e 0',
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
