import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { folderFingerprint, useTempFolder } from '../backend/tempFolder';

const tempFolder = useTempFolder('tickmark-schema-');

/** A workspace changed behind Tickmark's back by `sql`, then closed cleanly. */
function tampered(sql: string, name = 'ws'): { dir: string; ws: string } {
  const dir = join(tempFolder(), name);
  mkdirSync(dir);
  const ws = join(dir, 'ws.tickmark');
  createWorkspace(ws, { sample: true }).close();
  const db = new Database(ws);
  db.exec(sql);
  db.pragma('journal_mode = DELETE');
  db.close();
  return { dir, ws };
}

function refusal(ws: string, dir: string): string {
  const before = folderFingerprint(dir);
  let message = 'opened';
  try {
    openWorkspace(ws).close();
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  expect(folderFingerprint(dir)).toEqual(before);
  return message;
}

describe('the schema is checked on open', () => {
  it('a workspace whose facts table was dropped is damaged, and left unchanged', () => {
    const { dir, ws } = tampered('DROP TABLE fact_changes; DROP TABLE facts;');
    expect(refusal(ws, dir)).toMatch(/the file is damaged \(its table "fact\w*" is missing\)/);
  });

  it('a missing column is damage', () => {
    const { dir, ws } = tampered('ALTER TABLE memos DROP COLUMN deleted_at;');
    expect(refusal(ws, dir)).toContain('the column "deleted_at" of its table "memos" is missing');
  });

  it('a trigger Tickmark did not make is refused before it can run', () => {
    const { dir, ws } = tampered(
      'CREATE TRIGGER wipe AFTER UPDATE ON facts BEGIN DELETE FROM memos; END;',
    );
    expect(refusal(ws, dir)).toContain('it holds a trigger "wipe" that Tickmark did not make');
  });

  it('so are an unknown view and an unknown table', () => {
    const view = tampered('CREATE VIEW v AS SELECT 1;');
    expect(refusal(view.ws, view.dir)).toContain('it holds a view "v" that Tickmark did not make');
    const table = tampered('CREATE TABLE extra (x);', 'other');
    expect(refusal(table.ws, table.dir)).toContain('a table "extra" that Tickmark did not make');
  });

  it('a workspace as Tickmark made it opens', () => {
    const { ws } = tampered('SELECT 1;');
    const workspace = openWorkspace(ws);
    expect(workspace.readOnly).toBe(false);
    workspace.close();
  });
});
