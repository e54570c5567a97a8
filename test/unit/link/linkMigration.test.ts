import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../app/backend/db/applyMigrations';
import { bundledMigrations } from '../../../app/backend/db/migrations/index';

const LOG = `INSERT INTO fact_changes (entity, metric, period, scenario, action, old_value, new_value, who, at, origin)
  VALUES ('AMZN', 'capex', 'FY2025', '', 'create', NULL, 1, 'me', '2026-01-01', ?)`;

describe('migration 002_workbook_links', () => {
  it('keeps every change log row and its id, and lets the log say origin = link', () => {
    const db = new Database(':memory:');
    const all = bundledMigrations();
    const at = all.findIndex((m) => m.name === '002_workbook_links');
    expect(at).toBeGreaterThan(0);
    applyMigrations(db, all.slice(0, at));
    expect(() => db.prepare(LOG).run('link')).toThrow(/CHECK constraint/);
    db.prepare(LOG).run('import');
    db.prepare(LOG).run('cli');
    const before = db.prepare('SELECT * FROM fact_changes ORDER BY id').all();

    applyMigrations(db, [all[at]!]);
    expect(db.prepare('SELECT * FROM fact_changes ORDER BY id').all()).toEqual(before);
    db.prepare(LOG).run('link');
    expect(() => db.prepare(LOG).run('elsewhere')).toThrow(/CHECK constraint/);
    expect(
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'index' AND name = 'fact_changes_fact'",
        )
        .get(),
    ).toBeDefined();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
