-- The desk also shares entity names and kinds and scenario descriptions (CALC.md section 11).
-- Each as this workspace last saw it on the desk: seq is its desk version (what a push names
-- for the optimistic check); a local name that differs from its row here waits to be pushed.
-- what: 'entity' (code = entity code, name, kind) or 'scenario' (code = scenario name,
-- name = its description, kind = '').
CREATE TABLE desk_names_base (
  what TEXT NOT NULL CHECK (what IN ('entity', 'scenario')),
  code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (what, code)
) STRICT, WITHOUT ROWID;
