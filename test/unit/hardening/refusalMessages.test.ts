import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../app/backend/db/migrations/index';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { inspectWorkspaceFile } from '../../../app/backend/workspace/inspectWorkspaceFile';
import { useTempFolder } from '../backend/tempFolder';

const tempFolder = useTempFolder('tickmark-refusals-');
const inspect = (path: string): string => {
  try {
    inspectWorkspaceFile(path, bundledMigrations());
    return 'opened';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

describe('refusals say what the path really is', () => {
  it('a FIFO is a named pipe, not "a folder"', () => {
    const fifo = join(tempFolder(), 'pipe.tickmark');
    execFileSync('mkfifo', [fifo]);
    expect(inspect(fifo)).toBe(
      `Cannot open ${fifo}: it is a named pipe (FIFO), not a workspace file. The file was not changed.`,
    );
  });

  it('/dev/null is a device', () => {
    expect(inspect('/dev/null')).toContain('it is a device, not a workspace file');
  });

  it('a symbolic link loop is a loop, not "does not exist"', () => {
    const dir = tempFolder();
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    expect(inspect(join(dir, 'a'))).toContain('it is a symbolic link that leads in a loop');
  });

  it('a truncated workspace is damaged (truncated), never "Out of memory"', () => {
    const dir = tempFolder();
    const ws = join(dir, 'ws.tickmark');
    createWorkspace(ws).close();
    const cut = join(dir, 'cut.tickmark');
    copyFileSync(ws, cut);
    truncateSync(cut, Math.floor(readFileSync(ws).length / 2) + 100);
    const message = inspect(cut);
    expect(message).toMatch(/the file is damaged: it is truncated/);
    expect(message).not.toMatch(/out of memory/i);
    const tiny = join(dir, 'tiny.tickmark');
    writeFileSync(tiny, readFileSync(ws).subarray(0, 150));
    expect(inspect(tiny)).not.toMatch(/out of memory/i);
  });
});
