import type Database from 'better-sqlite3';
import type { Fact } from '../../../shared/calc/calcTypes';
import type { Entity, FactListQuery, FactRef, FactRow } from '../../../shared/api/factsApi';
import { factKey } from '../../../shared/calc/factKey';
import { UserError } from '../router/userError';

/** Selects a FactRow: `facts f` joined with `entities e`. */
export const FACT_ROW_SELECT = `SELECT f.id, e.code AS entity, e.name AS entityName, f.metric, f.period, f.scenario,
  f.value, f.unit, f.source, f.as_of AS asOf, f.note, f.updated_at AS updatedAt
  FROM facts f JOIN entities e ON e.id = f.entity_id`;

const SORT_SQL: Record<NonNullable<FactListQuery['sort']>['column'], string> = {
  entity: 'e.code',
  metric: 'f.metric',
  period: 'f.period_end %, f.period',
  scenario: 'f.scenario',
  value: 'f.value',
  unit: 'f.unit',
  source: 'f.source',
  asOf: 'f.as_of',
  updatedAt: 'f.updated_at',
};
const TIE_BREAK = 'e.code, f.metric, f.period_end, f.period, f.scenario';

/** One page of facts matching the filters, and how many match in all. */
export function listFacts(
  db: Database.Database,
  query: FactListQuery,
): { rows: FactRow[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const exact: [string, string | undefined][] = [
    ['e.code', query.entity],
    ['f.metric', query.metric],
    ['f.period', query.period],
    ['f.scenario', query.scenario],
  ];
  for (const [column, value] of exact) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  const text = query.text?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const columns = ['e.code', 'e.name', 'f.metric', 'f.period', 'f.source', 'f.note'];
    where.push(`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...columns.map(() => like));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = query.sort?.direction === 'desc' ? 'DESC' : 'ASC';
  const order = query.sort
    ? `${SORT_SQL[query.sort.column].replaceAll(' %', ` ${direction}`)} ${direction}, `
    : '';
  const rows = db
    .prepare(`${FACT_ROW_SELECT} ${whereSql} ORDER BY ${order}${TIE_BREAK} LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as FactRow[];
  const total =
    where.length === 0
      ? Number(db.prepare('SELECT count(*) FROM facts').pluck().get())
      : Number(
          db
            .prepare(
              `SELECT count(*) FROM facts f JOIN entities e ON e.id = f.entity_id ${whereSql}`,
            )
            .pluck()
            .get(...params),
        );
  return { rows, total };
}

/** The fact a reference names, or undefined. */
export function findFact(db: Database.Database, ref: FactRef): FactRow | undefined {
  if ('id' in ref)
    return db.prepare(`${FACT_ROW_SELECT} WHERE f.id = ?`).get(ref.id) as FactRow | undefined;
  return db
    .prepare(
      `${FACT_ROW_SELECT} WHERE e.code = ? AND f.metric = ? AND f.period = ? AND f.scenario = ?`,
    )
    .get(ref.entity, ref.metric, ref.period, ref.scenario) as FactRow | undefined;
}

/** The fact a reference names, or a `not_found` error naming it. */
export function getFact(db: Database.Database, ref: FactRef): FactRow {
  const row = findFact(db, ref);
  if (!row)
    throw new UserError(
      `There is no fact ${describeFactRef(ref)}.`,
      'not_found',
      describeFactRef(ref),
    );
  return row;
}

export function describeFactRef(ref: FactRef): string {
  if ('id' in ref) return `#${ref.id}`;
  const key = factKey(ref.entity, ref.metric, ref.period);
  return ref.scenario ? `${key} (scenario ${ref.scenario})` : key;
}

/** A FactRow as the calc engine sees it. */
export function toCalcFact(
  row: Pick<
    FactRow,
    'entity' | 'metric' | 'period' | 'value' | 'unit' | 'source' | 'asOf' | 'note'
  >,
): Fact {
  const fact: Fact = {
    entity: row.entity,
    metric: row.metric,
    period: row.period,
    value: row.value,
    unit: row.unit,
    source: row.source,
    asOf: row.asOf,
  };
  if (row.note) fact.note = row.note;
  return fact;
}

/**
 * Everything the calc engine needs: the base facts, with the scenario's facts in place of
 * theirs when a scenario is named, and the entities (so an entity without facts is known).
 */
export function allFacts(
  db: Database.Database,
  scenario = '',
): { facts: Fact[]; entities: Omit<Entity, 'factCount'>[] } {
  const rows = db
    .prepare(
      `SELECT e.code AS entity, f.metric, f.period, f.scenario, f.value, f.unit, f.source, f.as_of AS asOf, f.note
       FROM facts f JOIN entities e ON e.id = f.entity_id
       WHERE f.scenario = '' OR f.scenario = ?`,
    )
    .all(scenario) as (Fact & { scenario: string; note: string })[];
  const byKey = new Map<string, Fact>();
  for (const row of rows) {
    const key = factKey(row.entity, row.metric, row.period);
    if (row.scenario === '' && byKey.has(key)) continue;
    byKey.set(key, toCalcFact(row));
  }
  const entities = db.prepare('SELECT code, name, kind FROM entities ORDER BY code').all() as Omit<
    Entity,
    'factCount'
  >[];
  return { facts: [...byKey.values()], entities };
}
