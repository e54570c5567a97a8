-- The first desk schema (CALC.md section 11): the facts a desk shares, every change to them
-- appended to fact_history (who = the database role, when, old and new values, source, as-of),
-- one monotonic change sequence that workspaces pull by, and the desk_reader / desk_writer roles.
-- desk_schema_migrations is managed by deskMigrations.ts.

-- The desk's identity: a workspace remembers it, so it is never synced into another desk.
CREATE TABLE desk_info (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  desk_id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT session_user
);
INSERT INTO desk_info DEFAULT VALUES;

CREATE TABLE entities (
  code text PRIMARY KEY CHECK (code ~ '^[A-Za-z][A-Za-z0-9_]*$'),
  name text NOT NULL,
  kind text NOT NULL DEFAULT 'other' CHECK (kind IN ('company', 'deal', 'fund', 'segment', 'other')),
  created_by text NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every change to a fact, in order. seq is THE change sequence: a workspace pulls the facts
-- whose seq is above the last one it pulled. Writers serialize on one advisory lock (see
-- desk_fact_changed), so seq values become visible in commit order and a pull never skips one.
CREATE TABLE fact_history (
  seq bigserial PRIMARY KEY,
  fact_id bigint NOT NULL,
  entity text NOT NULL,
  metric text NOT NULL,
  period text NOT NULL,
  scenario text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  old_value double precision,
  new_value double precision,
  -- {"value","unit","source","asOf","note"} before / after the change.
  old_fields jsonb,
  new_fields jsonb,
  source text,
  as_of date,
  who text NOT NULL DEFAULT session_user,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- The workspace that pushed it (set by tickmark as the setting tickmark.workspace), else ''.
  workspace text NOT NULL DEFAULT ''
);
CREATE INDEX fact_history_fact ON fact_history (entity, metric, period, scenario, seq);

-- The facts as they are now. A deleted fact stays as a tombstone (deleted, value NULL), so
-- workspaces pull the delete. seq: the fact's desk version (the seq of its last change);
-- a push names the version it changed and is refused as a conflict if the desk moved on.
CREATE TABLE facts (
  id bigserial PRIMARY KEY,
  entity text NOT NULL REFERENCES entities (code),
  metric text NOT NULL CHECK (metric ~ '^[A-Za-z][A-Za-z0-9_]*$'),
  period text NOT NULL,
  scenario text NOT NULL DEFAULT '',
  value double precision,
  unit text NOT NULL DEFAULT '',
  source text NOT NULL DEFAULT '',
  as_of date,
  note text NOT NULL DEFAULT '',
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL DEFAULT nextval('fact_history_seq_seq'),
  changed_by text NOT NULL DEFAULT session_user,
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (entity, metric, period, scenario),
  CHECK (deleted = (value IS NULL))
);
CREATE INDEX facts_seq ON facts (seq);

-- The local values that lost a conflict (the desk's value won), kept for review.
CREATE TABLE fact_conflicts (
  id bigserial PRIMARY KEY,
  entity text NOT NULL,
  metric text NOT NULL,
  period text NOT NULL,
  scenario text NOT NULL,
  here_fields jsonb,
  desk_seq bigint NOT NULL,
  who text NOT NULL DEFAULT session_user,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  workspace text NOT NULL DEFAULT ''
);

-- Writers serialize on one advisory lock, taken once per statement that changes facts, so
-- seq values become visible in commit order (a pull by seq never skips one).
CREATE FUNCTION desk_lock_writers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7362541, 1);
  RETURN NULL;
END $$;
CREATE TRIGGER facts_lock BEFORE INSERT OR UPDATE ON facts
  FOR EACH STATEMENT EXECUTE FUNCTION desk_lock_writers();

-- An update gets a new seq and is stamped with who and when (only when something changed:
-- the WHEN clause skips the function for identical rows). An insert takes the column
-- defaults; writers cannot set seq, changed_by or changed_at themselves (column grants below).
CREATE FUNCTION desk_fact_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF (NEW.entity, NEW.metric, NEW.period, NEW.scenario)
       IS DISTINCT FROM (OLD.entity, OLD.metric, OLD.period, OLD.scenario) THEN
    RAISE EXCEPTION 'a desk fact keeps its identity: delete it and create the new one';
  END IF;
  NEW.seq := nextval('fact_history_seq_seq');
  NEW.changed_by := session_user;
  NEW.changed_at := clock_timestamp();
  IF NEW.deleted THEN NEW.value := NULL; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER facts_stamp BEFORE UPDATE ON facts
  FOR EACH ROW WHEN ((NEW.deleted, NEW.value, NEW.unit, NEW.source, NEW.as_of, NEW.note, NEW.entity,
    NEW.metric, NEW.period, NEW.scenario) IS DISTINCT FROM (OLD.deleted, OLD.value, OLD.unit,
    OLD.source, OLD.as_of, OLD.note, OLD.entity, OLD.metric, OLD.period, OLD.scenario))
  EXECUTE FUNCTION desk_fact_stamp();

-- Append every change to fact_history, one statement per statement. SECURITY DEFINER:
-- writers cannot write the history themselves, only through a change to a fact.
CREATE FUNCTION desk_facts_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  INSERT INTO fact_history (seq, fact_id, entity, metric, period, scenario, action, old_value,
    new_value, old_fields, new_fields, source, as_of, who, at, workspace)
  SELECT n.seq, n.id, n.entity, n.metric, n.period, n.scenario,
    CASE WHEN n.deleted THEN 'delete' ELSE 'create' END, NULL, n.value, NULL,
    CASE WHEN NOT n.deleted THEN jsonb_build_object('value', n.value, 'unit', n.unit,
      'source', n.source, 'asOf', n.as_of, 'note', n.note) END,
    n.source, n.as_of, n.changed_by, n.changed_at,
    coalesce(current_setting('tickmark.workspace', true), '')
  FROM new_rows n;
  RETURN NULL;
END $$;

CREATE FUNCTION desk_facts_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  INSERT INTO fact_history (seq, fact_id, entity, metric, period, scenario, action, old_value,
    new_value, old_fields, new_fields, source, as_of, who, at, workspace)
  SELECT n.seq, n.id, n.entity, n.metric, n.period, n.scenario,
    CASE WHEN n.deleted THEN 'delete' WHEN o.deleted THEN 'create' ELSE 'update' END,
    CASE WHEN NOT o.deleted THEN o.value END, n.value,
    CASE WHEN NOT o.deleted THEN jsonb_build_object('value', o.value, 'unit', o.unit,
      'source', o.source, 'asOf', o.as_of, 'note', o.note) END,
    CASE WHEN NOT n.deleted THEN jsonb_build_object('value', n.value, 'unit', n.unit,
      'source', n.source, 'asOf', n.as_of, 'note', n.note) END,
    n.source, n.as_of, n.changed_by, n.changed_at,
    coalesce(current_setting('tickmark.workspace', true), '')
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE n.seq <> o.seq;
  RETURN NULL;
END $$;

CREATE TRIGGER facts_inserted AFTER INSERT ON facts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION desk_facts_inserted();
CREATE TRIGGER facts_updated AFTER UPDATE ON facts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION desk_facts_updated();

-- Facts are never removed (a delete is a tombstone), so the history stays whole.
CREATE FUNCTION desk_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'desk facts are not deleted: set deleted = true';
END $$;
CREATE TRIGGER facts_no_delete BEFORE DELETE ON facts
  FOR EACH STATEMENT EXECUTE FUNCTION desk_refuse_delete();

-- Connected workspaces LISTEN on tickmark_desk and pull when a change commits.
CREATE FUNCTION desk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tickmark_desk', '');
  RETURN NULL;
END $$;
CREATE TRIGGER facts_notify AFTER INSERT OR UPDATE ON facts
  FOR EACH STATEMENT EXECUTE FUNCTION desk_notify();

-- Roles. Log-in roles are granted one of these: desk_reader reads, desk_writer also changes
-- facts. Roles belong to the whole PostgreSQL cluster, so they are created only if missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_reader') THEN
    CREATE ROLE desk_reader NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_writer') THEN
    CREATE ROLE desk_writer NOLOGIN;
  END IF;
END $$;
GRANT desk_reader TO desk_writer;

REVOKE ALL ON desk_info, entities, facts, fact_history, fact_conflicts FROM PUBLIC;
GRANT SELECT ON desk_info, entities, facts, fact_history, fact_conflicts, desk_schema_migrations
  TO desk_reader;
GRANT INSERT, UPDATE ON entities TO desk_writer;
GRANT INSERT (entity, metric, period, scenario, value, unit, source, as_of, note, deleted),
  UPDATE (value, unit, source, as_of, note, deleted) ON facts TO desk_writer;
GRANT INSERT ON fact_conflicts TO desk_writer;
GRANT USAGE ON SEQUENCE facts_id_seq, fact_conflicts_id_seq, fact_history_seq_seq TO desk_writer;

-- Row-level security, ready for desks that split by coverage: today every reader sees every
-- row and every writer may change every row. A desk that splits replaces these policies
-- (ARCHITECTURE.md, "The desk"), e.g. USING (entity IN (SELECT code FROM my_coverage)).
ALTER TABLE facts ENABLE ROW LEVEL SECURITY;
ALTER TABLE fact_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE entities ENABLE ROW LEVEL SECURITY;
CREATE POLICY desk_read_all ON facts FOR SELECT TO desk_reader USING (true);
CREATE POLICY desk_write_all ON facts FOR INSERT TO desk_writer WITH CHECK (true);
CREATE POLICY desk_update_all ON facts FOR UPDATE TO desk_writer USING (true) WITH CHECK (true);
CREATE POLICY desk_read_all ON fact_history FOR SELECT TO desk_reader USING (true);
CREATE POLICY desk_read_all ON entities FOR SELECT TO desk_reader USING (true);
CREATE POLICY desk_write_all ON entities FOR INSERT TO desk_writer WITH CHECK (true);
CREATE POLICY desk_update_all ON entities FOR UPDATE TO desk_writer USING (true) WITH CHECK (true);
