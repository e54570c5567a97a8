-- The first Tickmark schema: the deal database (CALC.md section 1), its change log,
-- memos with their kept versions, scenarios and settings.
-- schema_migrations and PRAGMA application_id are managed by applyMigrations.ts.

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('company', 'deal', 'fund', 'segment', 'other')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE scenarios (
  name TEXT PRIMARY KEY CHECK (name <> ''),
  description TEXT NOT NULL DEFAULT ''
) STRICT;

-- scenario '' is the base case; other values name a row of scenarios.
CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  metric TEXT NOT NULL,
  period TEXT NOT NULL,
  -- ISO end date of the period (for LTM: its as_of), '' if unknown: for sorting by period.
  period_end TEXT NOT NULL DEFAULT '',
  scenario TEXT NOT NULL DEFAULT '',
  value REAL NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  as_of TEXT,
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  UNIQUE (entity_id, metric, period, scenario)
) STRICT;

-- The change log keeps the fact's identity as text, so history outlives deletes.
-- old_fields / new_fields: JSON {"unit","source","asOf","note"} of the fact before / after.
CREATE TABLE fact_changes (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  metric TEXT NOT NULL,
  period TEXT NOT NULL,
  scenario TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  old_value REAL,
  new_value REAL,
  old_fields TEXT,
  new_fields TEXT,
  who TEXT NOT NULL,
  at TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('ui', 'import', 'cli', 'api'))
) STRICT;

-- History looks a fact up by identity; (metric, entity) narrows it to a few rows and keeps bulk logging cheap.
CREATE INDEX fact_changes_fact ON fact_changes (metric, entity);

-- doc: the Memo of shared/memo/memoTypes.ts as JSON. version: for optimistic concurrency.
-- deleted_at: set when the memo is in the trash.
CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  doc TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE memo_versions (
  id INTEGER PRIMARY KEY,
  memo_id INTEGER NOT NULL REFERENCES memos (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  doc TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('manual', 'export')),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX memo_versions_memo ON memo_versions (memo_id, id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
