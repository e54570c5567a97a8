-- A scenario renamed or deleted here while the desk renamed or deleted it otherwise: the desk's
-- move won here and the one made here is listed (about 'move'; here_name and desk_name hold
-- the name each side moved it to, '' for a delete). 'name': a name or description, as before.
ALTER TABLE desk_name_conflicts
  ADD COLUMN about TEXT NOT NULL DEFAULT 'name' CHECK (about IN ('name', 'move'));
