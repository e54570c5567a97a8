-- The desk (CALC.md section 11): which desk this workspace is joined to and what it knows of it.
-- The URL is stored without a password (the password comes from PGPASSWORD or ~/.pgpass).

-- One row when joined. last_pulled_seq: the desk's change sequence pulled so far.
-- last_pushed_change_id: fact_changes.id up to which local changes reached the desk
-- (NULL: never pushed, so the first push compares every fact).
CREATE TABLE desk_link (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  url TEXT NOT NULL,
  desk_id TEXT NOT NULL,
  workspace_id TEXT NOT NULL,
  connected_at TEXT NOT NULL,
  last_pulled_seq INTEGER NOT NULL DEFAULT 0,
  last_pushed_change_id INTEGER,
  last_sync_at TEXT
) STRICT;

-- Each fact as this workspace last saw it on the desk: seq is its desk version (what a push
-- names for the optimistic check); a local fact that differs from its row here waits to be pushed.
CREATE TABLE desk_base (
  entity TEXT NOT NULL,
  metric TEXT NOT NULL,
  period TEXT NOT NULL,
  scenario TEXT NOT NULL,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  value REAL,
  unit TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  as_of TEXT,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (entity, metric, period, scenario)
) STRICT, WITHOUT ROWID;

-- A conflict: the local value (here_fields, JSON snapshot or NULL if deleted here) lost to the
-- desk's; change_id is the fact_changes row that replaced it. dismissed_at: no longer listed.
CREATE TABLE desk_conflicts (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  metric TEXT NOT NULL,
  period TEXT NOT NULL,
  scenario TEXT NOT NULL,
  here_value REAL,
  here_fields TEXT,
  desk_value REAL,
  desk_seq INTEGER NOT NULL,
  desk_who TEXT NOT NULL,
  at TEXT NOT NULL,
  change_id INTEGER,
  dismissed_at TEXT
) STRICT;
