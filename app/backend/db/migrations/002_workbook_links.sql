-- Linked Excel workbooks (CALC.md section 7): one row per workbook a workspace reads facts
-- from, what the file was when last read, and the facts it gave then.

CREATE TABLE links (
  id INTEGER PRIMARY KEY,
  -- The workbook's absolute path.
  path TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  -- The file's modification time when read (ISO), and the SHA-256 of its bytes (hex).
  mtime TEXT NOT NULL,
  hash TEXT NOT NULL,
  read_at TEXT NOT NULL,
  -- The date the workbook says it was saved (YYYY-MM-DD), null if it does not say.
  saved_date TEXT
) STRICT;

-- The facts (base case) a link gave when last read: a fact missing on the next read is
-- reported, never deleted.
CREATE TABLE link_facts (
  link_id INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  metric TEXT NOT NULL,
  period TEXT NOT NULL,
  -- Where in the workbook: `Valuation!$C$7` or `facts!$F$4`.
  place TEXT NOT NULL,
  PRIMARY KEY (link_id, entity, metric, period)
) STRICT, WITHOUT ROWID;

-- The change log accepts origin 'link'. SQLite cannot alter a CHECK constraint, so the
-- table is rebuilt with the same columns and rows (ids kept) and its index recreated.
CREATE TABLE fact_changes_new (
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
  origin TEXT NOT NULL CHECK (origin IN ('ui', 'import', 'cli', 'api', 'link'))
) STRICT;

INSERT INTO fact_changes_new (id, entity, metric, period, scenario, action, old_value, new_value, old_fields, new_fields, who, at, origin)
  SELECT id, entity, metric, period, scenario, action, old_value, new_value, old_fields, new_fields, who, at, origin
  FROM fact_changes;
DROP TABLE fact_changes;
ALTER TABLE fact_changes_new RENAME TO fact_changes;
CREATE INDEX fact_changes_fact ON fact_changes (metric, entity);
