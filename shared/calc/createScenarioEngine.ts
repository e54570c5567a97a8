import type {
  CalcValue,
  ChangeReport,
  Engine,
  Fact,
  FactKey,
  Provenance,
  VariableInput,
} from './calcTypes';
import { calcError } from './calcError';
import { createEngine } from './createEngine';
import { factKey } from './factKey';
import { figureKey, splitFigureKey } from './figureKey';
import { BASE_SCENARIO } from './scenarioKey';
import { mergeReports } from './mergeReports';

/** A scenario and the facts it overrides (CALC.md section 6). */
export interface ScenarioInput {
  name: string;
  overrides: Fact[];
}

/** One `facts:changed` payload: the facts of one scenario ('' the base case) that changed. */
export interface ScenarioFactChange {
  scenario: string;
  upserted: Fact[];
  removed: FactKey[];
}

/**
 * An engine over the base facts and every scenario's overrides. Figures are keyed as Markdown
 * writes them before the format: `irr` is computed in the scenario the memo is shown in,
 * `irr @bull` in `bull` (with every variable it reads), whatever is shown. `setFacts` and
 * `removeFacts` write base facts; overrides come through `setScenarios`, `setOverrides`,
 * `removeOverrides` or `applyChange`. Variables (`variableValue`, `variableNames`) are those
 * of the shown scenario.
 */
export interface ScenarioEngine extends Engine {
  /** Replaces every scenario and its overrides. */
  setScenarios(scenarios: ScenarioInput[]): ChangeReport;
  /** Upserts overrides of a scenario (which becomes known if it was not). */
  setOverrides(scenario: string, facts: Fact[]): ChangeReport;
  /** Removes overrides of a scenario: the base facts show through again. */
  removeOverrides(scenario: string, keys: FactKey[]): ChangeReport;
  /** Applies a `facts:changed` payload of any scenario. */
  applyChange(change: ScenarioFactChange): ChangeReport;
  /** Shows the memo in another scenario ('' the base case): only what the overrides touch recomputes. */
  showScenario(scenario: string): ChangeReport;
  shownScenario(): string;
  scenarioNames(): string[];
  /** Whether the fact `key` is an override in `scenario`. */
  isOverride(scenario: string, key: FactKey): boolean;
}

interface Lane {
  scenario: string;
  engine: Engine;
}

const NO_CHANGE: ChangeReport = { figures: [], variables: [], recomputed: 0 };

/**
 * Keeps one calc engine for the shown scenario (re-pointed from one scenario to another by
 * applying only the overrides that differ) and one per scenario that a figure names with `@`.
 */
export function createScenarioEngine(): ScenarioEngine {
  const base = new Map<FactKey, Fact>();
  const overrides = new Map<string, Map<FactKey, Fact>>();
  let variables: VariableInput[] = [];
  let registered: string[] = [];
  let unknownFigures = new Set<string>();
  const shown: Lane = { scenario: BASE_SCENARIO, engine: createEngine() };
  const named = new Map<string, Engine>();

  const known = (scenario: string): boolean =>
    scenario === BASE_SCENARIO || overrides.has(scenario);
  const overridesOf = (scenario: string): Map<FactKey, Fact> | undefined => overrides.get(scenario);

  function lanes(): Lane[] {
    return [shown, ...[...named].map(([scenario, engine]) => ({ scenario, engine }))];
  }

  /** Tags a lane's report: figures of a named lane carry their `@S`; only the shown lane's variables count. */
  function tag(lane: Lane, report: ChangeReport): ChangeReport {
    if (lane === shown) return report;
    return {
      figures: report.figures.map((expr) => figureKey(expr, lane.scenario)),
      variables: [],
      recomputed: report.recomputed,
    };
  }

  function laneOf(scenario: string): Lane | undefined {
    const engine = named.get(scenario);
    return engine ? { scenario, engine } : undefined;
  }

  function overlay(scenario: string): Fact[] {
    const own = overridesOf(scenario);
    if (!own || own.size === 0) return [...base.values()];
    const merged = new Map(base);
    for (const [key, fact] of own) merged.set(key, fact);
    return [...merged.values()];
  }

  function createLaneEngine(scenario: string, exprs: string[]): Engine {
    const engine = createEngine();
    engine.setFacts(overlay(scenario));
    engine.setVariables(variables);
    engine.setFigures(exprs);
    named.set(scenario, engine);
    return engine;
  }

  function unknownScenario(scenario: string, where: string): CalcValue {
    const names = [...overrides.keys()].sort();
    const list = names.length ? `the scenarios are ${names.join(', ')}` : 'there are none';
    return calcError('unknown_scenario', `Unknown scenario "${scenario}" (${list})`, where);
  }

  /** Moves a lane from the overrides `from` to the overrides `to`: only the keys either holds change. */
  function retarget(
    engine: Engine,
    from: Map<FactKey, Fact> | undefined,
    to: Map<FactKey, Fact> | undefined,
  ): ChangeReport {
    const upserts: Fact[] = [];
    const removals: FactKey[] = [];
    const visit = (key: FactKey): void => {
      const next = to?.get(key) ?? base.get(key);
      if (next) upserts.push(next);
      else removals.push(key);
    };
    for (const key of from?.keys() ?? []) if (!to?.has(key)) visit(key);
    for (const key of to?.keys() ?? []) visit(key);
    return mergeReports(
      removals.length ? engine.removeFacts(removals) : NO_CHANGE,
      upserts.length ? engine.setFacts(upserts) : NO_CHANGE,
    );
  }

  /** Splits the registered figures into lanes; creates and drops named lanes as figures come and go. */
  function setFigures(keys: string[]): ChangeReport {
    registered = [...new Set(keys)];
    const shownExprs: string[] = [];
    const byScenario = new Map<string, string[]>();
    const unknown = new Set<string>();
    for (const key of registered) {
      const { expr, scenario } = splitFigureKey(key);
      if (scenario === null) shownExprs.push(expr);
      else if (!known(scenario)) unknown.add(key);
      else {
        const list = byScenario.get(scenario);
        if (list) list.push(expr);
        else byScenario.set(scenario, [expr]);
      }
    }
    const reports: ChangeReport[] = [shown.engine.setFigures(shownExprs)];
    for (const scenario of [...named.keys()]) if (!byScenario.has(scenario)) named.delete(scenario);
    for (const [scenario, exprs] of byScenario) {
      const engine = named.get(scenario);
      if (engine) reports.push(tag({ scenario, engine }, engine.setFigures(exprs)));
      else {
        createLaneEngine(scenario, exprs);
        reports.push({
          figures: exprs.map((expr) => figureKey(expr, scenario)),
          variables: [],
          recomputed: exprs.length,
        });
      }
    }
    const newlyUnknown = [...unknown].filter((key) => !unknownFigures.has(key));
    unknownFigures = unknown;
    reports.push({ figures: newlyUnknown, variables: [], recomputed: 0 });
    return mergeReports(...reports);
  }

  function setBaseFacts(facts: Fact[]): ChangeReport {
    for (const fact of facts) base.set(keyOf(fact), fact);
    return mergeReports(
      ...lanes().map((lane) => {
        const own = overridesOf(lane.scenario);
        const visible = own ? facts.filter((f) => !own.has(keyOf(f))) : facts;
        return visible.length ? tag(lane, lane.engine.setFacts(visible)) : NO_CHANGE;
      }),
    );
  }

  function removeBaseFacts(keys: FactKey[]): ChangeReport {
    for (const key of keys) base.delete(key);
    return mergeReports(
      ...lanes().map((lane) => {
        const own = overridesOf(lane.scenario);
        const visible = own ? keys.filter((k) => !own.has(k)) : keys;
        return visible.length ? tag(lane, lane.engine.removeFacts(visible)) : NO_CHANGE;
      }),
    );
  }

  function lanesIn(scenario: string): Lane[] {
    const found: Lane[] = [];
    if (shown.scenario === scenario) found.push(shown);
    const lane = laneOf(scenario);
    if (lane) found.push(lane);
    return found;
  }

  function setOverrides(scenario: string, facts: Fact[]): ChangeReport {
    if (scenario === BASE_SCENARIO) return setBaseFacts(facts);
    const wasKnown = known(scenario);
    let own = overrides.get(scenario);
    if (!own) overrides.set(scenario, (own = new Map()));
    for (const fact of facts) own.set(keyOf(fact), fact);
    const reports = lanesIn(scenario).map((lane) => tag(lane, lane.engine.setFacts(facts)));
    if (!wasKnown) reports.push(setFigures(registered));
    return mergeReports(...reports);
  }

  function removeOverrides(scenario: string, keys: FactKey[]): ChangeReport {
    if (scenario === BASE_SCENARIO) return removeBaseFacts(keys);
    const own = overrides.get(scenario);
    if (!own) return NO_CHANGE;
    const gone = new Map<FactKey, Fact>();
    for (const key of keys) {
      const fact = own.get(key);
      if (fact) gone.set(key, fact);
      own.delete(key);
    }
    return mergeReports(
      ...lanesIn(scenario).map((lane) => tag(lane, retarget(lane.engine, gone, undefined))),
    );
  }

  function setScenarios(scenarios: ScenarioInput[]): ChangeReport {
    const previous = new Map(overrides);
    overrides.clear();
    for (const { name, overrides: facts } of scenarios) {
      if (name === BASE_SCENARIO) continue;
      overrides.set(name, new Map(facts.map((fact) => [keyOf(fact), fact])));
    }
    const reports: ChangeReport[] = [
      retarget(shown.engine, previous.get(shown.scenario), overridesOf(shown.scenario)),
    ];
    for (const [scenario, engine] of named) {
      if (!known(scenario)) continue;
      reports.push(
        tag({ scenario, engine }, retarget(engine, previous.get(scenario), overridesOf(scenario))),
      );
    }
    const dropped = [...named.keys()].filter((scenario) => !known(scenario));
    const regrouped = setFigures(registered);
    reports.push(regrouped, {
      figures: registered.filter((key) => dropped.includes(splitFigureKey(key).scenario ?? '')),
      variables: [],
      recomputed: 0,
    });
    return mergeReports(...reports);
  }

  function showScenario(scenario: string): ChangeReport {
    if (scenario === shown.scenario) return NO_CHANGE;
    const report = retarget(shown.engine, overridesOf(shown.scenario), overridesOf(scenario));
    shown.scenario = scenario;
    return report;
  }

  function figureValue(key: string): CalcValue {
    const { expr, scenario } = splitFigureKey(key);
    if (scenario === null) return shown.engine.figureValue(expr);
    if (!known(scenario)) return unknownScenario(scenario, key);
    return (named.get(scenario) ?? createLaneEngine(scenario, [])).figureValue(expr);
  }

  function provenance(key: string): Provenance {
    const { expr, scenario } = splitFigureKey(key);
    const lane = scenario ?? shown.scenario;
    if (scenario !== null && !known(scenario))
      return { expr, value: unknownScenario(scenario, key), inputs: [], scenario };
    const engine =
      scenario === null ? shown.engine : (named.get(scenario) ?? createLaneEngine(scenario, []));
    const result = engine.provenance(expr);
    if (lane !== BASE_SCENARIO) markOverrides(result, lane, overridesOf(lane));
    return result;
  }

  return {
    setFacts: setBaseFacts,
    removeFacts: removeBaseFacts,
    setVariables(vars) {
      variables = vars;
      return mergeReports(...lanes().map((lane) => tag(lane, lane.engine.setVariables(vars))));
    },
    setFigures,
    figureValue,
    variableValue: (name) => shown.engine.variableValue(name),
    provenance,
    variableNames: () => shown.engine.variableNames(),
    recomputeAll: () =>
      mergeReports(...lanes().map((lane) => tag(lane, lane.engine.recomputeAll()))),
    fact: (key) => shown.engine.fact(key),
    setScenarios,
    setOverrides,
    removeOverrides,
    applyChange({ scenario, upserted, removed }) {
      return mergeReports(
        removed.length ? removeOverrides(scenario, removed) : NO_CHANGE,
        upserted.length ? setOverrides(scenario, upserted) : NO_CHANGE,
      );
    },
    showScenario,
    shownScenario: () => shown.scenario,
    scenarioNames: () => [...overrides.keys()].sort(),
    isOverride: (scenario, key) => overridesOf(scenario)?.has(key) ?? false,
  };
}

function keyOf(fact: Fact): FactKey {
  return factKey(fact.entity, fact.metric, fact.period);
}

/** Names the scenario on a provenance tree and marks each fact that is one of its overrides. */
function markOverrides(
  root: Provenance,
  scenario: string,
  own: Map<FactKey, Fact> | undefined,
): void {
  const seen = new Set<Provenance>();
  const pending = [root];
  for (let p = pending.pop(); p; p = pending.pop()) {
    if (seen.has(p)) continue;
    seen.add(p);
    p.scenario = scenario;
    for (const input of p.inputs) {
      if (input.kind === 'variable') pending.push(input.provenance);
      else input.override = input.fact ? (own?.has(keyOf(input.fact)) ?? false) : false;
    }
  }
}
