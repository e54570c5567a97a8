import Database from 'better-sqlite3';
import type { Migration } from '../db/migrations/index';

interface SchemaShape {
  /** table name -> its column names */
  tables: Map<string, Set<string>>;
  /** every index, trigger and view by `type name` */
  others: Set<string>;
}

const expectedShapes = new Map<string, SchemaShape>();

function shapeOf(db: Database.Database): SchemaShape {
  const tables = new Map<string, Set<string>>();
  const others = new Set<string>();
  const rows = db
    .prepare(
      "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string }[];
  for (const { type, name } of rows) {
    if (type === 'table') {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name);
      tables.set(name, new Set(columns.map(String)));
    } else others.add(`${type} ${name}`);
  }
  return { tables, others };
}

/** The schema the applied migrations make: built once (per list) in a memory database. */
function expectedShape(applied: readonly string[], migrations: readonly Migration[]): SchemaShape {
  const key = applied.join(',');
  let shape = expectedShapes.get(key);
  if (!shape) {
    const db = new Database(':memory:');
    try {
      db.exec(
        'CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT',
      );
      for (const name of applied) db.exec(migrations.find((m) => m.name === name)!.sql());
      shape = shapeOf(db);
    } finally {
      db.close();
    }
    expectedShapes.set(key, shape);
  }
  return shape;
}

/**
 * What is wrong with a workspace's schema, or null: a core table or column missing (the file
 * is damaged), or a trigger, view or table Tickmark did not make. A trigger would run on the
 * first edit (one that deletes every memo did so silently), so a file holding one is refused,
 * never opened read-write. `applied` are the file's own migrations (all known to Tickmark).
 */
export function workspaceSchemaProblem(
  db: Database.Database,
  applied: readonly string[],
  migrations: readonly Migration[],
): { damaged: boolean; what: string } | null {
  const expected = expectedShape(applied, migrations);
  const actual = shapeOf(db);
  for (const [table, columns] of expected.tables) {
    const found = actual.tables.get(table);
    if (!found) return { damaged: true, what: `its table "${table}" is missing` };
    for (const column of columns) {
      if (!found.has(column))
        return { damaged: true, what: `the column "${column}" of its table "${table}" is missing` };
    }
  }
  for (const table of actual.tables.keys()) {
    if (!expected.tables.has(table))
      return { damaged: false, what: `it holds a table "${table}" that Tickmark did not make` };
  }
  for (const other of actual.others) {
    if (other.startsWith('index ')) continue;
    if (!expected.others.has(other))
      return {
        damaged: false,
        what: `it holds a ${other.replace(' ', ' "')}" that Tickmark did not make`,
      };
  }
  return null;
}
