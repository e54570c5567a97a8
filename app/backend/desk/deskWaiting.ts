import type Database from 'better-sqlite3';
import { sameDeskFields, type DeskFactChange, type DeskFields } from './deskFact';
import type { DeskLink } from './deskLink';

/** A local change the desk does not have yet, with the desk version it was made on. */
export interface WaitingChange extends DeskFactChange {
  /** The desk version (seq) this workspace last saw of the fact; null: never seen. */
  baseSeq: number | null;
  entityName: string;
  entityKind: string;
}

export interface WaitingChanges {
  changes: WaitingChange[];
  /** The newest fact_changes.id looked at: once these changes are on the desk, pushed up to here. */
  upToChangeId: number;
}

interface CandidateRow {
  entity: string;
  metric: string;
  period: string;
  scenario: string;
  entityName: string | null;
  entityKind: string | null;
  value: number | null;
  unit: string | null;
  source: string | null;
  asOf: string | null;
  note: string | null;
  hasLocal: number;
  baseSeq: number | null;
  baseDeleted: number | null;
  bValue: number | null;
  bUnit: string | null;
  bSource: string | null;
  bAsOf: string | null;
  bNote: string | null;
}

/**
 * The local fact changes waiting to be pushed: the facts named in the change log since the
 * last push (every fact and every known desk fact before the first push) whose local state
 * differs from what the desk last had. Pulled changes are in the log too, but match the desk.
 */
export function readWaitingChanges(db: Database.Database, link: DeskLink): WaitingChanges {
  const upToChangeId = Number(
    db.prepare('SELECT coalesce(max(id), 0) FROM fact_changes').pluck().get() ?? 0,
  );
  const columns = `e.name AS entityName, e.kind AS entityKind, f.value, f.unit, f.source,
    f.as_of AS asOf, f.note, f.id IS NOT NULL AS hasLocal, b.seq AS baseSeq, b.deleted AS baseDeleted,
    b.value AS bValue, b.unit AS bUnit, b.source AS bSource, b.as_of AS bAsOf, b.note AS bNote`;
  const sameBase =
    'b.entity = e.code AND b.metric = f.metric AND b.period = f.period AND b.scenario = f.scenario';
  // Before the first push: every local fact, and every known desk fact deleted here.
  const everything = `SELECT e.code AS entity, f.metric, f.period, f.scenario, ${columns}
      FROM facts f JOIN entities e ON e.id = f.entity_id LEFT JOIN desk_base b ON ${sameBase}
    UNION ALL
    SELECT b.entity, b.metric, b.period, b.scenario, ${columns}
      FROM desk_base b LEFT JOIN entities e ON e.code = b.entity
      LEFT JOIN facts f ON f.entity_id = e.id AND f.metric = b.metric AND f.period = b.period AND f.scenario = b.scenario
      WHERE f.id IS NULL AND b.deleted = 0`;
  const sinceLastPush = `WITH cand AS (
      SELECT DISTINCT entity, metric, period, scenario FROM fact_changes WHERE id > @since AND id <= @upTo)
    SELECT c.entity, c.metric, c.period, c.scenario, ${columns}
    FROM cand c
    LEFT JOIN entities e ON e.code = c.entity
    LEFT JOIN facts f ON f.entity_id = e.id AND f.metric = c.metric AND f.period = c.period AND f.scenario = c.scenario
    LEFT JOIN desk_base b ON b.entity = c.entity AND b.metric = c.metric AND b.period = c.period AND b.scenario = c.scenario`;
  const rows = (
    link.lastPushedChangeId === null
      ? db.prepare(everything).all()
      : db.prepare(sinceLastPush).all({ since: link.lastPushedChangeId, upTo: upToChangeId })
  ) as CandidateRow[];
  const changes: WaitingChange[] = [];
  for (const r of rows) {
    const local: DeskFields | null = r.hasLocal
      ? { value: r.value!, unit: r.unit!, source: r.source!, asOf: r.asOf, note: r.note! }
      : null;
    const base: DeskFields | null =
      r.baseSeq !== null && !r.baseDeleted
        ? { value: r.bValue!, unit: r.bUnit!, source: r.bSource!, asOf: r.bAsOf, note: r.bNote! }
        : null;
    if (sameDeskFields(local, base)) continue;
    changes.push({
      entity: r.entity,
      metric: r.metric,
      period: r.period,
      scenario: r.scenario,
      fields: local,
      baseSeq: r.baseSeq,
      entityName: r.entityName ?? r.entity,
      entityKind: r.entityKind ?? 'other',
    });
  }
  return { changes, upToChangeId };
}
