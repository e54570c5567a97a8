-- A scenario renamed or deleted in one workspace is renamed or deleted in the others: the
-- scenario stays on the desk as a tombstone (deleted; renamed_to: the name it now has, NULL
-- for a delete), with its own version, so workspaces pull it before they push their facts.
-- name_history records each rename and delete with who and when.

ALTER TABLE scenarios
  ADD COLUMN deleted boolean NOT NULL DEFAULT false,
  ADD COLUMN renamed_to text CHECK (renamed_to ~ '^[A-Za-z][A-Za-z0-9_]*$'),
  ADD CONSTRAINT scenarios_renamed_deleted CHECK (renamed_to IS NULL OR deleted);

ALTER TABLE name_history ADD COLUMN renamed_to text;
ALTER TABLE name_history DROP CONSTRAINT name_history_action_check;
ALTER TABLE name_history ADD CONSTRAINT name_history_action_check
  CHECK (action IN ('create', 'update', 'rename', 'delete'));

DROP TRIGGER scenarios_stamp ON scenarios;
CREATE TRIGGER scenarios_stamp BEFORE UPDATE ON scenarios
  FOR EACH ROW WHEN ((NEW.name, NEW.description, NEW.deleted, NEW.renamed_to)
    IS DISTINCT FROM (OLD.name, OLD.description, OLD.deleted, OLD.renamed_to))
  EXECUTE FUNCTION desk_name_stamp();

-- A scenario's changes are logged by their own function from now on (entities keep desk_002's).
CREATE FUNCTION desk_scenario_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  INSERT INTO name_history (seq, what, code, action, old_name, new_name, renamed_to, who, at, workspace)
    SELECT n.seq, 'scenario', n.name,
      CASE WHEN n.deleted AND n.renamed_to IS NOT NULL THEN 'rename'
        WHEN n.deleted THEN 'delete' WHEN o.deleted THEN 'create' ELSE 'update' END,
      CASE WHEN NOT o.deleted THEN o.description END, n.description, n.renamed_to,
      n.changed_by, n.changed_at, coalesce(current_setting('tickmark.workspace', true), '')
    FROM new_rows n JOIN old_rows o ON o.name = n.name WHERE n.seq <> o.seq;
  RETURN NULL;
END $$;
DROP TRIGGER scenarios_updated ON scenarios;
CREATE TRIGGER scenarios_updated AFTER UPDATE ON scenarios
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION desk_scenario_changed();

-- Writers rename and delete (and bring a deleted name back), never forge the version.
GRANT UPDATE (deleted, renamed_to) ON scenarios TO desk_writer;
