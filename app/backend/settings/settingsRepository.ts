import type Database from 'better-sqlite3';
import { writeTransaction } from '../db/writeTransaction';

/** Settings of a workspace, by key. Known keys: `disclaimer` (text printed on exported memos). */
export function getSetting(db: Database.Database, key: string): string | null {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as
    | string
    | undefined;
  return value ?? null;
}

/** Sets a setting; `null` removes it. */
export function setSetting(db: Database.Database, key: string, value: string | null): void {
  writeTransaction(db, () => {
    if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
  });
}
