import type Database from 'better-sqlite3';
import type { Entity } from '../../../shared/api/factsApi';
import type { EntityKind } from '../../../shared/api/factFields';
import { UserError } from '../router/userError';
import { writeTransaction } from '../db/writeTransaction';
import type { WriteOutcome } from '../facts/writeOutcome';

interface EntityDbRow {
  id: number;
  code: string;
  name: string;
  kind: EntityKind;
}

/** Every entity with its number of facts, by code. */
export function listEntities(db: Database.Database): Entity[] {
  return db
    .prepare(
      `SELECT e.code, e.name, e.kind, (SELECT count(*) FROM facts f WHERE f.entity_id = e.id) AS factCount
       FROM entities e ORDER BY e.code`,
    )
    .all() as Entity[];
}

export function findEntity(db: Database.Database, code: string): EntityDbRow | undefined {
  return db.prepare('SELECT id, code, name, kind FROM entities WHERE code = ?').get(code) as
    | EntityDbRow
    | undefined;
}

/**
 * The id of entity `code`, creating it (name defaults to the code, kind to `other`) when absent.
 * An existing entity keeps its name and kind. Call inside a write transaction.
 */
export function ensureEntity(
  db: Database.Database,
  code: string,
  name?: string,
  kind?: EntityKind,
): number {
  const existing = findEntity(db, code);
  if (existing) return existing.id;
  const now = new Date().toISOString();
  const result = db
    .prepare(
      'INSERT INTO entities (code, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(code, name?.trim() || code, kind ?? 'other', now, now);
  return Number(result.lastInsertRowid);
}

/** Creates the entity, or changes the name and kind given. Call inside a write transaction. */
export function upsertEntity(
  db: Database.Database,
  input: { code: string; name?: string | undefined; kind?: EntityKind | undefined },
): Entity {
  const existing = findEntity(db, input.code);
  if (!existing) {
    ensureEntity(db, input.code, input.name, input.kind);
  } else if (input.name !== undefined || input.kind !== undefined) {
    db.prepare('UPDATE entities SET name = ?, kind = ?, updated_at = ? WHERE id = ?').run(
      input.name?.trim() || existing.name,
      input.kind ?? existing.kind,
      new Date().toISOString(),
      existing.id,
    );
  }
  return getEntity(db, input.code);
}

export function getEntity(db: Database.Database, code: string): Entity {
  const entity = db
    .prepare(
      `SELECT e.code, e.name, e.kind, (SELECT count(*) FROM facts f WHERE f.entity_id = e.id) AS factCount
       FROM entities e WHERE e.code = ?`,
    )
    .get(code) as Entity | undefined;
  if (!entity) throw new UserError(`There is no entity "${code}".`, 'not_found', code);
  return entity;
}

/**
 * `entities:upsert` as one write transaction: the entity, reported as changed when it is new
 * or a name or kind was given.
 */
export function saveEntity(
  db: Database.Database,
  input: { code: string; name?: string | undefined; kind?: EntityKind | undefined },
): WriteOutcome<Entity> {
  return writeTransaction(db, () => {
    const existed = findEntity(db, input.code) !== undefined;
    const entity = upsertEntity(db, input);
    const reported = !existed || input.name !== undefined || input.kind !== undefined;
    return { result: entity, changed: [], entities: reported ? [input.code] : [] };
  });
}
