-- Kept versions remember their numbers (CALC.md section 10): `snapshot` is the JSON of
-- shared/versions/versionSnapshot.ts (each figure's value and shown text, the facts they
-- read); versions kept before this migration have none (NULL), and the diff says so.
-- `who` is the person (OS user name) or `cli`; '' for older versions. Reason `restore`: kept
-- automatically before a restore. SQLite cannot change a CHECK, so the table is rebuilt.

CREATE TABLE memo_versions_new (
  id INTEGER PRIMARY KEY,
  memo_id INTEGER NOT NULL REFERENCES memos (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  doc TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('manual', 'export', 'restore')),
  created_at TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  snapshot TEXT
) STRICT;

INSERT INTO memo_versions_new (id, memo_id, version, title, doc, reason, created_at)
  SELECT id, memo_id, version, title, doc, reason, created_at FROM memo_versions;

DROP TABLE memo_versions;
ALTER TABLE memo_versions_new RENAME TO memo_versions;
CREATE INDEX memo_versions_memo ON memo_versions (memo_id, id);
