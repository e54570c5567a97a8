import type Database from 'better-sqlite3';
import { BASE_SCENARIO, scenarioFactKey } from '../../../shared/calc/scenarioKey';
import type { FactIdentityValues } from './factIdentityValues';

/**
 * The one place the facts repository handles a fact's scenario: the key that tells facts of
 * different scenarios apart, and the scenarios row an override needs. Every writer of facts
 * (the grid, imports, the CLI, linked workbooks, the desk) goes through these.
 */
export { BASE_SCENARIO };

/** The key of a fact identity across scenarios (`AMZN.capex.FY2025`, `AMZN.capex.FY2025@bull`). */
export function identityKey(identity: FactIdentityValues): string {
  return scenarioFactKey(identity.entity, identity.metric, identity.period, identity.scenario);
}

/** A scenario as a file or a command gives it: trimmed; empty is the base case. */
export function normalizeScenario(text: string | undefined | null): string {
  return (text ?? '').trim();
}

/** Makes sure a named scenario exists (the base case '' needs no row). Call inside the write's transaction. */
export function ensureScenario(db: Database.Database, scenario: string): void {
  if (scenario !== BASE_SCENARIO)
    db.prepare('INSERT OR IGNORE INTO scenarios (name) VALUES (?)').run(scenario);
}

/** True for the base case and for every scenario the workspace has. */
export function scenarioExists(db: Database.Database, scenario: string): boolean {
  if (scenario === BASE_SCENARIO) return true;
  return db.prepare('SELECT 1 FROM scenarios WHERE name = ?').get(scenario) !== undefined;
}
