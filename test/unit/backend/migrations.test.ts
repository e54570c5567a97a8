import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledMigrations,
  MIGRATION_NAMES,
  type Migration,
} from '../../../app/backend/db/migrations/index';
import { TICKMARK_APPLICATION_ID } from '../../../app/backend/db/tickmarkFileFormat';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { folderFingerprint, useTempFolder } from './tempFolder';

const temp = useTempFolder();

const addNotes: Migration = {
  name: '002_test_add_tags',
  sql: () => 'CREATE TABLE tags (name TEXT PRIMARY KEY) STRICT;',
};
const broken: Migration = { name: '002_test_broken', sql: () => 'CREATE TABLE facts (x);' };

describe('schema migrations', () => {
  it('a new workspace has every migration applied and recorded, the Tickmark application_id, WAL and foreign keys', () => {
    const ws = createWorkspace(join(temp(), 'new.tickmark'));
    const names = ws.db.prepare('SELECT name FROM schema_migrations ORDER BY rowid').pluck().all();
    expect(names).toEqual([...MIGRATION_NAMES]);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(TICKMARK_APPLICATION_ID);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = ws.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'entities',
        'facts',
        'fact_changes',
        'memos',
        'memo_versions',
        'scenarios',
        'settings',
      ]),
    );
    ws.close();
  });

  it('every migration of the index has its .sql file', () => {
    for (const migration of bundledMigrations())
      expect(migration.sql()).toMatch(/CREATE TABLE|ALTER TABLE/);
  });

  it('opening an up-to-date workspace migrates nothing and takes no backup', () => {
    const path = join(temp(), 'current.tickmark');
    createWorkspace(path).close();
    const ws = openWorkspace(path);
    expect(ws.migrated).toEqual([]);
    expect(ws.backupPath).toBeNull();
    ws.close();
    expect(Object.keys(folderFingerprint(temp()))).toEqual(['current.tickmark']);
  });

  it('an older workspace is backed up, then migrated, keeping its data', () => {
    const path = join(temp(), 'old.tickmark');
    const old = createWorkspace(path, { sample: true });
    const facts = old.db.prepare('SELECT count(*) FROM facts').pluck().get();
    old.close();

    const ws = openWorkspace(path, { migrations: [...bundledMigrations(), addNotes] });
    expect(ws.migrated).toEqual(['002_test_add_tags']);
    expect(ws.backupPath).toBe(`${path}.backup-before-migration-2`);
    expect(
      ws.db.prepare('SELECT name FROM schema_migrations ORDER BY rowid').pluck().all(),
    ).toEqual([...MIGRATION_NAMES, '002_test_add_tags']);
    expect(ws.db.prepare('SELECT count(*) FROM tags').pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(facts);
    ws.close();

    const backup = new Database(`${path}.backup-before-migration-2`, { readonly: true });
    expect(backup.prepare('SELECT name FROM schema_migrations').pluck().all()).toEqual([
      ...MIGRATION_NAMES,
    ]);
    expect(backup.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(facts);
    expect(backup.pragma('application_id', { simple: true })).toBe(TICKMARK_APPLICATION_ID);
    backup.close();
  });

  it('a migration that fails leaves the file at the last good migration and says where the backup is', () => {
    const path = join(temp(), 'fails.tickmark');
    createWorkspace(path).close();
    expect(() => openWorkspace(path, { migrations: [...bundledMigrations(), broken] })).toThrow(
      /Cannot upgrade .*fails\.tickmark: migration 002_test_broken failed.*backup-before-migration-2/,
    );
    const ws = openWorkspace(path);
    expect(ws.db.prepare('SELECT name FROM schema_migrations').pluck().all()).toEqual([
      ...MIGRATION_NAMES,
    ]);
    ws.close();
    expect(existsSync(`${path}.backup-before-migration-2`)).toBe(true);
  });

  it('a workspace with a migration this version does not know is refused, byte-for-byte untouched', () => {
    const path = join(temp(), 'newer.tickmark');
    createWorkspace(path, { migrations: [...bundledMigrations(), addNotes] }).close();
    const before = folderFingerprint(temp());
    expect(() => openWorkspace(path)).toThrow(
      new RegExp(
        `Cannot open ${path}: it was made by a newer version of Tickmark \\(it has migration 002_test_add_tags`,
      ),
    );
    expect(folderFingerprint(temp())).toEqual(before);
  });

  it('refuses to create a workspace over an existing file', () => {
    const path = join(temp(), 'exists.tickmark');
    createWorkspace(path).close();
    const before = folderFingerprint(temp());
    expect(() => createWorkspace(path)).toThrow(/already exists/);
    expect(folderFingerprint(temp())).toEqual(before);
  });
});
