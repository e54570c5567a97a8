import type Database from 'better-sqlite3';
import type { FactChange, FactIdentity, FactSnapshot } from '../../../shared/api/factsApi';

interface ChangeDbRow extends Omit<FactChange, 'before' | 'after'> {
  oldFields: string | null;
  newFields: string | null;
}

/** Every logged change of the fact with this identity (also after it was deleted), newest first. */
export function factHistory(db: Database.Database, identity: FactIdentity): FactChange[] {
  const rows = db
    .prepare(
      `SELECT id, entity, metric, period, scenario, action, old_value AS oldValue, new_value AS newValue,
         old_fields AS oldFields, new_fields AS newFields, who, at, origin
       FROM fact_changes WHERE entity = ? AND metric = ? AND period = ? AND scenario = ?
       ORDER BY id DESC`,
    )
    .all(identity.entity, identity.metric, identity.period, identity.scenario) as ChangeDbRow[];
  return rows.map(({ oldFields, newFields, ...row }) => ({
    ...row,
    before: parseSnapshot(oldFields),
    after: parseSnapshot(newFields),
  }));
}

function parseSnapshot(json: string | null): FactSnapshot | null {
  return json === null ? null : (JSON.parse(json) as FactSnapshot);
}
