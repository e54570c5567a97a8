import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../app/backend/db/migrations/index';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { listMemos, getMemo } from '../../../app/backend/memos/memoQueries';
import { emptyMemo } from '../../../shared/memo/emptyMemo';
import { useTempFolder } from './tempFolder';

const temp = useTempFolder();

describe('migration 005: one title per memo', () => {
  it('moves the list title into an empty title block, keeps a set block, and then stores the title once', () => {
    const path = join(temp(), 'two-titles.tickmark');
    const before = bundledMigrations().filter((m) => m.name < '005');
    const old = createWorkspace(path, { migrations: before });
    const insert = old.db.prepare(
      "INSERT INTO memos (title, doc, version, created_at, updated_at) VALUES (?, ?, 1, 'now', 'now')",
    );
    insert.run('Renamed in the list', JSON.stringify(emptyMemo('')));
    insert.run('Old list name', JSON.stringify(emptyMemo('Title in the document')));
    insert.run('Damaged', '{"meta":');
    old.close();

    const ws = openWorkspace(path);
    expect(ws.migrated).toEqual(['005_title_in_document']);
    expect(listMemos(ws.db).map((m) => [m.id, m.title])).toEqual([
      [3, ''],
      [1, 'Renamed in the list'],
      [2, 'Title in the document'],
    ]);
    expect(getMemo(ws.db, 1).memo.meta.title).toBe('Renamed in the list');
    // The damaged document is kept as it was, byte for byte.
    expect(ws.db.prepare('SELECT doc FROM memos WHERE id = 3').pluck().get()).toBe('{"meta":');
    ws.db.prepare('UPDATE memos SET doc = ? WHERE id = 2').run(JSON.stringify(emptyMemo('New')));
    expect(listMemos(ws.db).find((m) => m.id === 2)?.title).toBe('New');
    ws.close();
  });
});
