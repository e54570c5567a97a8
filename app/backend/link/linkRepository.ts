import type Database from 'better-sqlite3';
import { factKey } from '../../../shared/calc/factKey';

/** What a linked file was when last read. */
export interface LinkFileStamp {
  size: number;
  /** ISO modification time. */
  mtime: string;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

export interface LinkRecord extends LinkFileStamp {
  id: number;
  path: string;
  readAt: string;
  savedDate: string | null;
  facts: number;
}

export interface LinkedFact {
  entity: string;
  metric: string;
  period: string;
  place: string;
}

/** Every link of the workspace, by path, with the number of facts each gave. */
export function listLinkRecords(db: Database.Database): LinkRecord[] {
  return db
    .prepare(
      `SELECT l.id, l.path, l.size, l.mtime, l.hash, l.read_at AS readAt, l.saved_date AS savedDate,
         (SELECT count(*) FROM link_facts f WHERE f.link_id = l.id) AS facts
       FROM links l ORDER BY l.path`,
    )
    .all() as LinkRecord[];
}

export function findLinkRecord(db: Database.Database, path: string): LinkRecord | undefined {
  return listLinkRecords(db).find((l) => l.path === path);
}

/** The facts a link gave when last read, by fact key. */
export function linkedFacts(db: Database.Database, linkId: number): Map<string, LinkedFact> {
  const rows = db
    .prepare('SELECT entity, metric, period, place FROM link_facts WHERE link_id = ?')
    .all(linkId) as LinkedFact[];
  return new Map(rows.map((r) => [factKey(r.entity, r.metric, r.period), r]));
}

/**
 * Records a read of `path`: its stamp, and exactly the facts it gave (replacing the last
 * read's). Call inside the transaction that wrote the facts.
 */
export function saveLinkRecord(
  db: Database.Database,
  record: { path: string; readAt: string; savedDate: string | null } & LinkFileStamp,
  facts: Iterable<LinkedFact>,
): number {
  const id = Number(
    (
      db
        .prepare(
          `INSERT INTO links (path, size, mtime, hash, read_at, saved_date) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
             hash = excluded.hash, read_at = excluded.read_at, saved_date = excluded.saved_date
           RETURNING id`,
        )
        .get(
          record.path,
          record.size,
          record.mtime,
          record.hash,
          record.readAt,
          record.savedDate,
        ) as { id: number }
    ).id,
  );
  db.prepare('DELETE FROM link_facts WHERE link_id = ?').run(id);
  const insert = db.prepare(
    'INSERT INTO link_facts (link_id, entity, metric, period, place) VALUES (?, ?, ?, ?, ?)',
  );
  for (const f of facts) insert.run(id, f.entity, f.metric, f.period, f.place);
  return id;
}

/** Forgets a link (its facts stay). True if there was one. */
export function deleteLinkRecord(db: Database.Database, path: string): boolean {
  return db.prepare('DELETE FROM links WHERE path = ?').run(path).changes > 0;
}
