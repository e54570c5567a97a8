-- One title per memo: the document's title block (doc $.meta.title). Until now the list kept
-- a title of its own, which drifted from the block when either was edited. Where the block is
-- empty the list's title fills it; where both are set the block wins (it is what the PDF and
-- `memo md` printed). memos.title then becomes a virtual column that reads the block, so it is
-- stored once and every reader (the list, the CLI's lookups by title, kept versions) sees it.
UPDATE memos SET doc = json_set(doc, '$.meta.title', trim(title))
  WHERE json_valid(doc) AND trim(coalesce(json_extract(doc, '$.meta.title'), '')) = '';

ALTER TABLE memos DROP COLUMN title;

ALTER TABLE memos ADD COLUMN title TEXT GENERATED ALWAYS AS (
  coalesce(CASE WHEN json_valid(doc) THEN json_extract(doc, '$.meta.title') END, '')
) VIRTUAL;
