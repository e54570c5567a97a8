-- Each scenario rename, so a desk sync tells a renamed scenario (its overrides follow the new
-- name in every workspace) from a deleted one (CALC.md sections 6 and 11).
CREATE TABLE scenario_renames (
  id INTEGER PRIMARY KEY,
  old_name TEXT NOT NULL,
  new_name TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;

-- An entity's name or kind, or a scenario's description, changed here and on the desk since
-- the last sync: the desk's won here (what, code as in desk_names_base). dismissed_at: no
-- longer listed.
CREATE TABLE desk_name_conflicts (
  id INTEGER PRIMARY KEY,
  what TEXT NOT NULL CHECK (what IN ('entity', 'scenario')),
  code TEXT NOT NULL,
  here_name TEXT,
  here_kind TEXT NOT NULL DEFAULT '',
  desk_name TEXT NOT NULL,
  desk_kind TEXT NOT NULL DEFAULT '',
  desk_who TEXT NOT NULL,
  at TEXT NOT NULL,
  dismissed_at TEXT
) STRICT;
