-- Entity names and kinds, and scenario descriptions, are shared like facts: each row has a
-- desk version (seq, from the one change sequence) that workspaces pull by and push against,
-- and every change is appended to a history (who = the database role, when, old and new).
-- Fact values must be finite numbers (PostgreSQL's float8 would take NaN and Infinity).

ALTER TABLE facts ADD CONSTRAINT facts_value_finite
  CHECK (value IS NULL OR value NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)) NOT VALID;

ALTER TABLE entities
  ADD COLUMN seq bigint NOT NULL DEFAULT nextval('fact_history_seq_seq'),
  ADD COLUMN changed_by text NOT NULL DEFAULT session_user,
  ADD COLUMN changed_at timestamptz NOT NULL DEFAULT clock_timestamp();
CREATE INDEX entities_seq ON entities (seq);

-- Scenario '' (the base case) has no row; a scenario is created here when first described.
CREATE TABLE scenarios (
  name text PRIMARY KEY CHECK (name ~ '^[A-Za-z][A-Za-z0-9_]*$'),
  description text NOT NULL DEFAULT '',
  seq bigint NOT NULL DEFAULT nextval('fact_history_seq_seq'),
  changed_by text NOT NULL DEFAULT session_user,
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX scenarios_seq ON scenarios (seq);

-- Every change to an entity's name or kind, or a scenario's description (what: entity |
-- scenario; code: the entity code or scenario name; name: the entity name or the description).
CREATE TABLE name_history (
  seq bigint PRIMARY KEY,
  what text NOT NULL CHECK (what IN ('entity', 'scenario')),
  code text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update')),
  old_name text,
  new_name text NOT NULL,
  old_kind text,
  new_kind text,
  who text NOT NULL,
  at timestamptz NOT NULL,
  workspace text NOT NULL DEFAULT ''
);
CREATE INDEX name_history_code ON name_history (what, code, seq);

-- The entities of desk_001 get their first history row now.
INSERT INTO name_history (seq, what, code, action, new_name, new_kind, who, at)
  SELECT seq, 'entity', code, 'create', name, kind, created_by, created_at FROM entities;

-- An update takes a new version, stamped with who and when, only when something changed.
CREATE FUNCTION desk_name_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.seq := nextval('fact_history_seq_seq');
  NEW.changed_by := session_user;
  NEW.changed_at := clock_timestamp();
  RETURN NEW;
END $$;
CREATE TRIGGER entities_stamp BEFORE UPDATE ON entities
  FOR EACH ROW WHEN ((NEW.code, NEW.name, NEW.kind) IS DISTINCT FROM (OLD.code, OLD.name, OLD.kind))
  EXECUTE FUNCTION desk_name_stamp();
CREATE TRIGGER scenarios_stamp BEFORE UPDATE ON scenarios
  FOR EACH ROW WHEN ((NEW.name, NEW.description) IS DISTINCT FROM (OLD.name, OLD.description))
  EXECUTE FUNCTION desk_name_stamp();

CREATE FUNCTION desk_names_logged() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  ws text := coalesce(current_setting('tickmark.workspace', true), '');
BEGIN
  IF TG_TABLE_NAME = 'entities' THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO name_history (seq, what, code, action, new_name, new_kind, who, at, workspace)
        SELECT n.seq, 'entity', n.code, 'create', n.name, n.kind, n.changed_by, n.changed_at, ws FROM new_rows n;
    ELSE
      INSERT INTO name_history (seq, what, code, action, old_name, new_name, old_kind, new_kind, who, at, workspace)
        SELECT n.seq, 'entity', n.code, 'update', o.name, n.name, o.kind, n.kind, n.changed_by, n.changed_at, ws
        FROM new_rows n JOIN old_rows o ON o.code = n.code WHERE n.seq <> o.seq;
    END IF;
  ELSE
    IF TG_OP = 'INSERT' THEN
      INSERT INTO name_history (seq, what, code, action, new_name, who, at, workspace)
        SELECT n.seq, 'scenario', n.name, 'create', n.description, n.changed_by, n.changed_at, ws FROM new_rows n;
    ELSE
      INSERT INTO name_history (seq, what, code, action, old_name, new_name, who, at, workspace)
        SELECT n.seq, 'scenario', n.name, 'update', o.description, n.description, n.changed_by, n.changed_at, ws
        FROM new_rows n JOIN old_rows o ON o.name = n.name WHERE n.seq <> o.seq;
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER entities_inserted AFTER INSERT ON entities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION desk_names_logged();
CREATE TRIGGER entities_updated AFTER UPDATE ON entities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION desk_names_logged();
CREATE TRIGGER scenarios_inserted AFTER INSERT ON scenarios REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION desk_names_logged();
CREATE TRIGGER scenarios_updated AFTER UPDATE ON scenarios
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION desk_names_logged();

-- Same rules as facts: writers serialize (versions visible in commit order), nothing is
-- removed, and listening workspaces pull when a change commits.
CREATE TRIGGER entities_lock BEFORE INSERT OR UPDATE ON entities
  FOR EACH STATEMENT EXECUTE FUNCTION desk_lock_writers();
CREATE TRIGGER scenarios_lock BEFORE INSERT OR UPDATE ON scenarios
  FOR EACH STATEMENT EXECUTE FUNCTION desk_lock_writers();
CREATE TRIGGER entities_no_delete BEFORE DELETE ON entities
  FOR EACH STATEMENT EXECUTE FUNCTION desk_refuse_delete();
CREATE TRIGGER scenarios_no_delete BEFORE DELETE ON scenarios
  FOR EACH STATEMENT EXECUTE FUNCTION desk_refuse_delete();
CREATE TRIGGER entities_notify AFTER INSERT OR UPDATE ON entities
  FOR EACH STATEMENT EXECUTE FUNCTION desk_notify();
CREATE TRIGGER scenarios_notify AFTER INSERT OR UPDATE ON scenarios
  FOR EACH STATEMENT EXECUTE FUNCTION desk_notify();

-- Writers set names, kinds and descriptions only: never the version, who or when.
REVOKE INSERT, UPDATE ON entities FROM desk_writer;
GRANT INSERT (code, name, kind), UPDATE (name, kind) ON entities TO desk_writer;
REVOKE ALL ON scenarios, name_history FROM PUBLIC;
GRANT SELECT ON scenarios, name_history TO desk_reader;
GRANT INSERT (name, description), UPDATE (description) ON scenarios TO desk_writer;

ALTER TABLE scenarios ENABLE ROW LEVEL SECURITY;
ALTER TABLE name_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY desk_read_all ON scenarios FOR SELECT TO desk_reader USING (true);
CREATE POLICY desk_write_all ON scenarios FOR INSERT TO desk_writer WITH CHECK (true);
CREATE POLICY desk_update_all ON scenarios FOR UPDATE TO desk_writer USING (true) WITH CHECK (true);
CREATE POLICY desk_read_all ON name_history FOR SELECT TO desk_reader USING (true);
