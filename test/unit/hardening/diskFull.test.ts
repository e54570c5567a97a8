import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DISK_FULL_MESSAGE } from '../../../app/backend/db/writeTransaction';
import { writeFileAtomic } from '../../../app/backend/files/writeFileAtomic';
import { useTempFolder } from '../backend/tempFolder';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof fs>();
  return { ...real, writeSync: vi.fn(real.writeSync) };
});

const tickmark = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/tickmark.js', ...args], { encoding: 'utf8' });
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A 3 MB tmpfs of our own (root on Linux): a real full disk, not a simulated one. */
function mountTinyDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-tinydisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}
const disk = process.platform === 'linux' ? mountTinyDisk() : null;
afterAll(() => {
  if (!disk) return;
  execFileSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

/** Fills the disk until only `kb` KiB are free. */
function fillLeaving(dir: string, kb: number): void {
  rmSync(join(dir, 'fill'), { force: true });
  const { bavail, bsize } = statfsSync(dir);
  writeFileSync(join(dir, 'fill'), Buffer.alloc(Math.max(0, bavail * bsize - kb * 1024)));
}

// Where mounting is not allowed (not root), the injected failures below still run.
describe.runIf(disk)('a full disk, for real (a 3 MB tmpfs)', () => {
  it.each([0, 16, 32])(
    'with %i KiB free: export and set say "the disk is full" and leave nothing behind',
    (kb) => {
      const dir = disk!;
      const ws = join(dir, 'ws.tickmark');
      rmSync(join(dir, 'fill'), { force: true });
      if (!fs.existsSync(ws)) expect(tickmark('init', ws, '--sample').status).toBe(0);
      const before = sha(ws);
      fillLeaving(dir, kb);
      for (const args of [
        ['export', ws, '1', '-o', join(dir, 'memo.pdf')],
        ['set', ws, 'AMZN.revenue.FY2024', '5'],
      ]) {
        const run = tickmark(...args);
        expect(run.stderr, args[0]).toContain(DISK_FULL_MESSAGE);
        expect(run.stderr).not.toContain('disk I/O error');
        expect(run.status).toBe(1);
        // No -wal, -shm, temporary PDF or half a PDF; the workspace as it was.
        expect(readdirSync(dir).sort()).toEqual(['fill', 'ws.tickmark']);
        expect(sha(ws)).toBe(before);
      }
    },
  );
});

describe('a full disk while a file is written (ENOSPC injected at the write)', () => {
  const tempFolder = useTempFolder('tickmark-enospc-');

  it('writeFileAtomic leaves no temporary file and the old file as it was', () => {
    const dir = tempFolder();
    const path = join(dir, 'memo.pdf');
    writeFileSync(path, 'old');
    vi.mocked(fs.writeSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    expect(() => writeFileAtomic(path, Buffer.alloc(100_000))).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['memo.pdf']);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('a short write is written on, never renamed into place half done', () => {
    const dir = tempFolder();
    const path = join(dir, 'memo.pdf');
    const real = vi.mocked(fs.writeSync).getMockImplementation() as unknown as (
      fd: number,
      buffer: Uint8Array,
      offset: number,
      length: number,
    ) => number;
    // The first write takes only 10 bytes, as a nearly full disk may.
    vi.mocked(fs.writeSync).mockImplementationOnce(((fd: number, buffer: Uint8Array) =>
      real(fd, buffer, 0, 10)) as typeof fs.writeSync);
    const data = Buffer.from('x'.repeat(5000));
    writeFileAtomic(path, data);
    expect(readFileSync(path)).toEqual(data);
  });
});
