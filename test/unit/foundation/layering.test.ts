import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as {
  forbidden: { name: string }[];
};
const FIXTURE = 'test/fixtures/layering-violations/';

function cruise(paths: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['depcruise', ...paths, '--config', '.dependency-cruiser.cjs'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: result.stdout };
}

/** `RULE: FROM -> TO` of the default reporter's error lines, cycles folded onto one line. */
function violations(output: string): string[] {
  const folded = output.replace(/ →\s*\n\s+/g, ' -> ').replace(/ → /g, ' -> ');
  return folded
    .split('\n')
    .filter((l) => /^\s*error /.test(l))
    .map((l) =>
      l
        .trim()
        .replace(/^error /, '')
        .replaceAll(FIXTURE, ''),
    );
}

/**
 * Every rule of .dependency-cruiser.cjs and the violations planted for it in the fixture tree
 * (paths relative to it). A rule without a planted violation fails the first test.
 */
const PLANTED: Record<string, RegExp[]> = {
  'no-cycles': [/^app\/main\/cycleA\.ts -> app\/main\/cycleB\.ts -> app\/main\/cycleA\.ts$/],
  'shared-is-pure': [/^shared\/readsDisk\.ts -> (node:)?fs$/],
  'shared-imports-only-shared-and-allowed-libs': [
    /^shared\/usesReact\.ts -> node_modules\/react\//,
    /^shared\/readsDisk\.ts -> (node:)?fs$/,
  ],
  'shared-api-imports-only-zod-and-shared': [
    /^shared\/api\/usesMathjs\.ts -> node_modules\/mathjs\//,
  ],
  'renderer-no-node-or-backend': [
    /^renderer\/reachesBackend\.ts -> app\/backend\/usesElectron\.ts$/,
  ],
  'renderer-no-node-builtins': [/^renderer\/usesNode\.ts -> (node:)?path$/],
  'backend-no-electron-or-ui': [/^app\/backend\/usesElectron\.ts -> node_modules\/electron\//],
  'backend-no-server-or-cli': [/^app\/backend\/reachesServer\.ts -> app\/server\/listens\.ts$/],
  'preload-is-tiny': [/^app\/preload\/reachesBackend\.ts -> app\/backend\/usesElectron\.ts$/],
  'main-no-renderer': [/^app\/main\/servesRenderer\.ts -> renderer\/view\.ts$/],
  'only-shell-imports-electron': [/^app\/backend\/usesElectron\.ts -> node_modules\/electron\//],
  'nothing-imports-tests': [/^app\/cli\/readsTestHelper\.ts -> test\/helper\.ts$/],
};

describe('the layering check of ARCHITECTURE.md', () => {
  it('has a planted violation for every rule of the config', () => {
    expect(Object.keys(PLANTED).sort()).toEqual(config.forbidden.map((r) => r.name).sort());
  });

  it('fires every rule on the fixture tree, on exactly the planted violations', () => {
    const { status, output } = cruise([FIXTURE]);
    expect(status).not.toBe(0);
    const found = violations(output);
    const unplanted = [...found];
    for (const [rule, planted] of Object.entries(PLANTED)) {
      for (const pattern of planted) {
        const i = unplanted.findIndex(
          (v) => v.startsWith(`${rule}: `) && pattern.test(v.slice(rule.length + 2)),
        );
        expect(i, `${rule} should fire on ${pattern}; fired:\n${found.join('\n')}`).not.toBe(-1);
        unplanted.splice(i, 1);
      }
    }
    expect(unplanted, 'violations nobody planted').toEqual([]);
  }, 60_000);

  it('passes on the real source tree', () => {
    const { status, output } = cruise(['app', 'renderer', 'shared']);
    expect(violations(output)).toEqual([]);
    expect(status).toBe(0);
  }, 60_000);
});
