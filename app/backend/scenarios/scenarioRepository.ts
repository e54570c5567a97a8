import type Database from 'better-sqlite3';
import { renameScenarioInMemos } from '../memos/renameScenarioInMemos';
import type { FactRow } from '../../../shared/api/factsApi';
import type { Scenario, ScenarioOverrides } from '../../../shared/api/scenariosApi';
import type { Fact } from '../../../shared/calc/calcTypes';
import { writeTransaction } from '../db/writeTransaction';
import type { ChangeContext } from '../facts/changeContext';
import { FACT_ROW_SELECT, toCalcFact } from '../facts/factQueries';
import { createFactWriter } from '../facts/createFactWriter';
import { outcome, snapshotOf, type WriteOutcome } from '../facts/factTransactions';
import { UserError } from '../router/userError';

const LIST_SQL = `SELECT s.name, s.description,
  (SELECT count(*) FROM facts f WHERE f.scenario = s.name) AS overrides
  FROM scenarios s`;

/** Every scenario by name, with its number of overrides. */
export function listScenarios(db: Database.Database): Scenario[] {
  return db.prepare(`${LIST_SQL} ORDER BY s.name`).all() as Scenario[];
}

export function findScenario(db: Database.Database, name: string): Scenario | undefined {
  return db.prepare(`${LIST_SQL} WHERE s.name = ?`).get(name) as Scenario | undefined;
}

/** The scenario, or a `not_found` error that names it and the scenarios there are. */
export function getScenario(db: Database.Database, name: string): Scenario {
  const scenario = findScenario(db, name);
  if (!scenario) throw unknownScenario(db, name);
  return scenario;
}

/** The error for a scenario the workspace does not have, listing the ones it has. */
export function unknownScenario(db: Database.Database, name: string): UserError {
  const names = listScenarios(db).map((s) => s.name);
  const known = names.length ? `the scenarios are ${names.join(', ')}` : 'there are none yet';
  return new UserError(`Unknown scenario "${name}" (${known}).`, 'not_found', name);
}

/** Every scenario with its override facts, for a live engine. */
export function scenarioOverrides(db: Database.Database): ScenarioOverrides[] {
  const byName = new Map<string, ScenarioOverrides>(
    listScenarios(db).map((s) => [
      s.name,
      { name: s.name, description: s.description, overrides: [] as Fact[] },
    ]),
  );
  const rows = db
    .prepare(`${FACT_ROW_SELECT} WHERE f.scenario <> '' ORDER BY f.scenario, f.id`)
    .all() as FactRow[];
  for (const row of rows) byName.get(row.scenario)?.overrides.push(toCalcFact(row));
  return [...byName.values()];
}

export function createScenario(db: Database.Database, name: string, description: string): Scenario {
  return writeTransaction(db, () => {
    if (findScenario(db, name))
      throw new UserError(`The scenario "${name}" already exists.`, 'conflict', name);
    db.prepare('INSERT INTO scenarios (name, description) VALUES (?, ?)').run(name, description);
    return getScenario(db, name);
  });
}

export function describeScenarioRow(
  db: Database.Database,
  name: string,
  description: string,
): Scenario {
  return writeTransaction(db, () => {
    getScenario(db, name);
    db.prepare('UPDATE scenarios SET description = ? WHERE name = ?').run(description, name);
    return getScenario(db, name);
  });
}

/** Renames a scenario; its overrides move with it, each move logged as in any fact write. */
export function renameScenario(
  db: Database.Database,
  name: string,
  to: string,
  context: ChangeContext,
): WriteOutcome<Scenario> {
  return writeTransaction(db, () => {
    const current = getScenario(db, name);
    if (name === to) return { result: current, changed: [], entities: [] };
    if (findScenario(db, to))
      throw new UserError(`The scenario "${to}" already exists.`, 'conflict', to);
    db.prepare('INSERT INTO scenarios (name, description) VALUES (?, ?)').run(
      to,
      current.description,
    );
    const writer = createFactWriter(db, context);
    const entityIds = db.prepare('SELECT entity_id FROM facts WHERE id = ?').pluck();
    for (const fact of overridesOf(db, name)) {
      const snapshot = snapshotOf(fact);
      writer.move(
        fact.id,
        fact,
        { ...fact, scenario: to },
        Number(entityIds.get(fact.id)),
        snapshot,
        snapshot,
      );
    }
    db.prepare('DELETE FROM scenarios WHERE name = ?').run(name);
    // The desk sync reads this to rename the scenario in the other workspaces.
    db.prepare('INSERT INTO scenario_renames (old_name, new_name, at) VALUES (?, ?, ?)').run(
      name,
      to,
      new Date().toISOString(),
    );
    const memos = renameScenarioInMemos(db, name, to);
    return { ...outcome(getScenario(db, to), writer), memos };
  });
}

/** Deletes a scenario and its overrides (each logged); the base facts stay as they are. */
export function deleteScenario(
  db: Database.Database,
  name: string,
  context: ChangeContext,
): WriteOutcome<{ name: string; overridesDeleted: number }> {
  return writeTransaction(db, () => {
    getScenario(db, name);
    const writer = createFactWriter(db, context);
    const facts = overridesOf(db, name);
    for (const fact of facts) writer.remove(fact.id, fact, snapshotOf(fact));
    db.prepare('DELETE FROM scenarios WHERE name = ?').run(name);
    return outcome({ name, overridesDeleted: facts.length }, writer);
  });
}

function overridesOf(db: Database.Database, name: string): FactRow[] {
  return db.prepare(`${FACT_ROW_SELECT} WHERE f.scenario = ? ORDER BY f.id`).all(name) as FactRow[];
}
