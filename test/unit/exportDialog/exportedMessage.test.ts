import { describe, expect, it } from 'vitest';
import { exportedMessage } from '../../../renderer/features/export/exportedMessage';
import { saveFailure } from '../../../renderer/features/export/useSaveGate';

describe('after an export', () => {
  it('the toast names the file, its pages and the version kept', () => {
    expect(exportedMessage({ fileName: 'Amazon.pdf', pages: 3, version: 12 })).toBe(
      'Exported Amazon.pdf (3 pages), kept as version 12',
    );
    expect(exportedMessage({ fileName: 'A.pdf', pages: 1, version: 1 })).toBe(
      'Exported A.pdf (1 page), kept as version 1',
    );
  });

  it('says no version was kept in a read-only workspace', () => {
    expect(exportedMessage({ fileName: 'A.pdf', pages: 2, version: 0 })).toBe(
      'Exported A.pdf (2 pages); no version kept (read-only workspace)',
    );
  });
});

describe('before an export', () => {
  it('a memo whose edits are saved, saving, or not open can be exported', () => {
    expect(saveFailure(null)).toBeNull();
    expect(saveFailure({ save: 'saved', errorCount: 0 })).toBeNull();
    expect(saveFailure({ save: 'saving', errorCount: 2 })).toBeNull();
  });

  it('a failed or conflicted save stops it, saying why', () => {
    expect(saveFailure({ save: 'failed', message: 'Not saved: disk full', errorCount: 0 })).toBe(
      'Your latest edits are not saved (disk full). Export once the status line says Saved.',
    );
    expect(saveFailure({ save: 'conflict', errorCount: 0 })).toMatch(/another window/);
  });
});
