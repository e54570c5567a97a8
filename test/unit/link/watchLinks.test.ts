import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkState } from '../../../shared/api/linksApi';
import { createLinkWatcher, type LinkWatcher } from '../../../app/backend/link/watchLinks';

const dir = mkdtempSync(join(tmpdir(), 'tickmark-watch-'));
let watcher: LinkWatcher | undefined;
afterEach(() => watcher?.close());

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('watching linked workbooks', () => {
  it('reports a burst of writes once, after the debounce, also when saved by rename', async () => {
    const path = join(dir, 'model.xlsx');
    writeFileSync(path, 'v1');
    const seen: [string, LinkState][] = [];
    let state: LinkState = 'changed';
    watcher = createLinkWatcher({
      debounceMs: 150,
      stateOf: () => state,
      onChange: (p, s) => seen.push([p, s]),
    });
    watcher.sync([{ path }]);
    writeFileSync(path, 'v2');
    writeFileSync(path, 'v3');
    writeFileSync(join(dir, 'other.xlsx'), 'not watched');
    await until(() => seen.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([[path, 'changed']]);

    // Excel saves to a temporary file and renames it over the workbook.
    writeFileSync(join(dir, '~tmp1234'), 'v4');
    renameSync(join(dir, '~tmp1234'), path);
    await until(() => seen.length > 1);
    expect(seen[1]).toEqual([path, 'changed']);

    state = 'current';
    writeFileSync(path, 'v4');
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toHaveLength(2);
  });

  it('says nothing when the file cannot be checked (the workspace was closed)', async () => {
    const path = join(dir, 'closed.xlsx');
    writeFileSync(path, 'v1');
    const seen: string[] = [];
    watcher = createLinkWatcher({
      debounceMs: 50,
      stateOf: () => {
        throw new Error('No workspace is open.');
      },
      onChange: (p) => seen.push(p),
    });
    watcher.sync([{ path }]);
    writeFileSync(path, 'v2');
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([]);
  });

  it('stops watching a link no longer listed', async () => {
    const path = join(dir, 'gone.xlsx');
    writeFileSync(path, 'v1');
    const seen: string[] = [];
    watcher = createLinkWatcher({
      debounceMs: 50,
      stateOf: () => 'changed',
      onChange: (p) => seen.push(p),
    });
    watcher.sync([{ path }]);
    watcher.sync([]);
    writeFileSync(path, 'v2');
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([]);
    rmSync(path);
  });
});
