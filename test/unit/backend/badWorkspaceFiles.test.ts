import Database from 'better-sqlite3';
import {
  readFileSync,
  truncateSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../app/backend/db/migrations/index';
import { UserError } from '../../../app/backend/router/userError';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { folderFingerprint, useTempFolder } from './tempFolder';

const temp = useTempFolder();

/** A closed workspace with enough facts to span many pages. */
function workspaceWithFacts(path: string): void {
  const ws = createWorkspace(path, { sample: true });
  const insert = ws.db.prepare(
    "INSERT INTO facts (entity_id, metric, period, value, unit, updated_at) VALUES (1, ?, 'FY2025', ?, 'USD', '2026-01-01')",
  );
  ws.db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`metric_${i}`, i);
  })();
  ws.close();
}

const badFiles: [string, (path: string) => void, RegExp][] = [
  [
    'a text file',
    (p) => writeFileSync(p, 'entity,metric,period,value\nAMZN,capex,FY2025,1\n'.repeat(50)),
    /it is not a Tickmark workspace \(it is not an SQLite database\)/,
  ],
  [
    'an empty file',
    (p) => writeFileSync(p, ''),
    /it is not a Tickmark workspace \(the file is empty\)/,
  ],
  [
    'a file shorter than the SQLite header',
    (p) => writeFileSync(p, 'SQLite format 3\u0000abc'),
    /the file is damaged: it is truncated/,
  ],
  [
    'a workspace cut at a page boundary',
    (p) => {
      workspaceWithFacts(p);
      truncateSync(p, 4096 * 3);
    },
    /the file is damaged: it is truncated \(12288 bytes; its header says \d+\)/,
  ],
  [
    'a workspace cut in the middle of a page',
    (p) => {
      workspaceWithFacts(p);
      truncateSync(p, 4096 * 5 + 100);
    },
    /the file is damaged: it is truncated/,
  ],
  [
    'a workspace with a page overwritten by garbage',
    (p) => {
      workspaceWithFacts(p);
      const fd = openSync(p, 'r+');
      const size = readFileSync(p).length;
      writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
      closeSync(fd);
    },
    /the file is damaged \(/,
  ],
  [
    'an SQLite database of another application',
    (p) => {
      const db = new Database(p);
      db.pragma('journal_mode = WAL');
      db.exec(
        'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (1)',
      );
      db.close();
    },
    /it is an SQLite database of another application, not a Tickmark workspace/,
  ],
  [
    'an SQLite database with an application_id of its own',
    (p) => {
      const db = new Database(p);
      db.pragma('application_id = 1234');
      db.exec('CREATE TABLE schema_migrations (name TEXT)');
      db.close();
    },
    /another application/,
  ],
  [
    'a workspace made by a newer Tickmark',
    (p) =>
      createWorkspace(p, {
        migrations: [
          ...bundledMigrations(),
          { name: '999_future', sql: () => 'CREATE TABLE future (x);' },
        ],
      }).close(),
    /it was made by a newer version of Tickmark \(it has migration 999_future, unknown to Tickmark [\d.]+\); update Tickmark to open it/,
  ],
];

describe('opening a file that is not a usable workspace', () => {
  it.each(badFiles)(
    'refuses %s, naming the file and the problem, and leaves it byte-for-byte untouched',
    (_label, make, problem) => {
      const path = join(temp(), 'bad.tickmark');
      make(path);
      const before = folderFingerprint(temp());
      let error: unknown;
      try {
        openWorkspace(path).close();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toContain(`Cannot open ${path}: `);
      expect((error as UserError).message).toMatch(problem);
      expect((error as UserError).message).toMatch(/The file was not changed\.$/);
      expect((error as UserError).where).toBe(path);
      expect(folderFingerprint(temp())).toEqual(before);
      // Read-only inspection leaves no -wal or -shm files behind, even for WAL-mode files.
      expect(Object.keys(folderFingerprint(temp()))).toEqual(['bad.tickmark']);
    },
  );

  it('says so when the file does not exist, and creates nothing', () => {
    const path = join(temp(), 'missing.tickmark');
    expect(() => openWorkspace(path)).toThrow(`${path} does not exist.`);
    expect(folderFingerprint(temp())).toEqual({});
  });

  it('refuses a folder', () => {
    const path = join(temp(), 'folder.tickmark');
    mkdirSync(path);
    expect(() => openWorkspace(path)).toThrow(/it is a folder, not a workspace file/);
  });
});
