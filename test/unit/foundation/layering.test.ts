import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function cruise(paths: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['depcruise', ...paths, '--config', '.dependency-cruiser.cjs'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: result.stdout };
}

/** `error RULE: FROM → TO` lines of the default reporter, cycles folded onto one line. */
function violatedRules(output: string): Set<string> {
  const folded = output.replace(/ →\s*\n\s+/g, ' -> ').replace(/ → /g, ' -> ');
  return new Set(
    folded
      .split('\n')
      .filter((l) => /^\s*error /.test(l))
      .map((l) => l.trim().replace(/^error /, '')),
  );
}

describe('the layering check of ARCHITECTURE.md', () => {
  it('fails on a tree of deliberate violations, naming each one', () => {
    const { status, output } = cruise(['test/fixtures/layering-violations']);
    expect(status).not.toBe(0);
    const rules = [...violatedRules(output)].join('\n');
    expect(rules).toMatch(/shared-is-pure: .*shared\/readsDisk\.ts -> (node:)?fs/);
    expect(rules).toMatch(
      /shared-imports-only-shared-and-allowed-libs: .*shared\/usesReact\.ts -> .*react/,
    );
    expect(rules).toMatch(
      /renderer-no-node-or-backend: .*renderer\/reachesBackend\.ts -> .*app\/backend/,
    );
    expect(rules).toMatch(/renderer-no-node-builtins: .*renderer\/usesNode\.ts -> (node:)?path/);
    expect(rules).toMatch(
      /backend-no-electron-or-ui: .*app\/backend\/usesElectron\.ts -> .*electron/,
    );
    expect(rules).toMatch(/preload-is-tiny: .*app\/preload\/reachesBackend\.ts/);
    expect(rules).toMatch(/only-shell-imports-electron: .*app\/backend\/usesElectron\.ts/);
    expect(rules).toMatch(/no-cycles: .*cycleA\.ts -> .*cycleB\.ts/);
  }, 60_000);

  it('passes on the real source tree', () => {
    const { status, output } = cruise(['app', 'renderer', 'shared']);
    expect([...violatedRules(output)]).toEqual([]);
    expect(status).toBe(0);
  }, 60_000);
});
