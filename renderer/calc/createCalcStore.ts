import type {
  CalcValue,
  ChangeReport,
  Fact,
  FactKey,
  VariableInput,
} from '../../shared/calc/calcTypes';
import type { ScenarioEngine, ScenarioInput } from '../../shared/calc/createScenarioEngine';
import { createFactCatalog, type FactCatalog } from './factCatalog';
import { mergeReports } from '../../shared/calc/mergeReports';

type Listener = () => void;
type EntityName = { code: string; name: string };

/**
 * The renderer's live engine: the facts of the workspace and the memo's variables fed into
 * one `shared/calc` engine, with a subscription per figure expression and per variable so a
 * change repaints only the figures whose value changed. Figures register themselves by
 * subscribing (a figure view mounts); nothing walks the document to find them.
 */
export interface CalcStore {
  readonly engine: ScenarioEngine;
  /** Replaces every fact (the answer of `facts:all`), with entity names for autocomplete. */
  loadFacts(facts: Fact[], entities?: EntityName[]): void;
  /** Replaces every scenario and its overrides (the answer of `scenarios:overrides`). */
  loadScenarios(scenarios: ScenarioInput[]): void;
  /**
   * Applies a `facts:changed` event (of the base case, or of a scenario when `scenario` names
   * one): recomputes only the dependents and notifies their views.
   */
  applyFactChange(change: { scenario?: string; upserted: Fact[]; removed: FactKey[] }): void;
  /** Shows the memo in another scenario ('' the base case); figures that name one stay. */
  showScenario(scenario: string): void;
  shownScenario(): string;
  scenarioNames(): string[];
  /** Called when the shown scenario or the list of scenarios changes. */
  subscribeScenarios(listener: Listener): () => void;
  /**
   * Replaces the memo's calc block variables (the engine diffs them); `invalidLines` counts
   * the calc lines that are not `name = expression` (they are errors too).
   */
  setVariables(vars: VariableInput[], invalidLines?: number): void;
  /** A figure view says whether its format is unknown (an error the status line counts). */
  setFormatProblem(figure: object, bad: boolean): void;
  subscribeFigure(expr: string, listener: Listener): () => void;
  /** The figure's value; the same object until it changes (a `useSyncExternalStore` snapshot). */
  figureValue(expr: string): CalcValue;
  subscribeVariable(name: string, listener: Listener): () => void;
  variableValue(name: string): CalcValue | undefined;
  /** Entities, metrics and periods known from the facts, for autocomplete. */
  catalog(): FactCatalog;
  /**
   * Problems as `tickmark check` counts them: figures in error or with an unknown format, calc
   * lines in error or not valid. Notifies `subscribeErrors` when the count changes.
   */
  errorCount(): number;
  subscribeErrors(listener: Listener): () => void;
  /** While a new figure is being typed in its popover, its empty expression is not an error yet. */
  setTypingFigure(typing: boolean): void;
  /** Warnings (CALC.md §9) as the editor's warnings plugin counts them; notifies `subscribeErrors`. */
  setWarningCount(count: number): void;
  warningCount(): number;
  /** The memo's date (front matter `date`), for stale facts; '' for today. */
  setMemoDate(date: string): void;
  memoDate(): string;
  /** Called after any recompute (a fact or a variable changed), for views that read many values. */
  subscribeValues(listener: Listener): () => void;
}

export function createCalcStore(engine: ScenarioEngine): CalcStore {
  const figureListeners = new Map<string, Set<Listener>>();
  const variableListeners = new Map<string, Set<Listener>>();
  const errorListeners = new Set<Listener>();
  const scenarioListeners = new Set<Listener>();
  const notifyScenarios = (): void => {
    for (const listener of [...scenarioListeners]) listener();
  };
  const figureCache = new Map<string, CalcValue>();
  const variableCache = new Map<string, CalcValue | undefined>();
  const facts = new Map<FactKey, Fact>();
  let entityNames = new Map<string, string>();
  let catalogCache: FactCatalog | null = null;
  let variableErrors = 0;
  let variables: VariableInput[] = [];
  let invalidLines = 0;
  const formatProblems = new Set<object>();
  let registrationQueued = false;
  let lastErrorCount = -1;
  let typingFigure = false;
  let warnings = 0;
  let memoDate = '';
  const valueListeners = new Set<Listener>();

  const keyOf = (fact: Fact): FactKey => `${fact.entity}.${fact.metric}.${fact.period}`;

  const notify = (listeners: Map<string, Set<Listener>>, key: string): void => {
    const set = listeners.get(key);
    if (set) for (const listener of [...set]) listener();
  };

  const figureValue = (expr: string): CalcValue => {
    let value = figureCache.get(expr);
    if (!value) {
      value = engine.figureValue(expr);
      figureCache.set(expr, value);
    }
    return value;
  };

  const countErrors = (): number => {
    let count = variableErrors + invalidLines + formatProblems.size;
    for (const [expr, set] of figureListeners) {
      // An empty figure is the one being typed: not an error until its popover closes.
      if (typingFigure && expr.trim() === '') continue;
      if (!figureValue(expr).ok) count += set.size;
    }
    return count;
  };

  const notifyErrorsIfChanged = (): void => {
    const count = countErrors();
    if (count === lastErrorCount) return;
    lastErrorCount = count;
    for (const listener of [...errorListeners]) listener();
  };

  // One per calc line whose variable is in error (a name defined twice counts on both lines).
  const recountVariableErrors = (): void => {
    variableErrors = 0;
    for (const variable of variables) {
      const value = engine.variableValue(variable.name);
      if (!value || !value.ok) variableErrors++;
    }
  };

  const applyReport = (report: ChangeReport): void => {
    for (const expr of report.figures) {
      figureCache.delete(expr);
      notify(figureListeners, expr);
    }
    for (const name of report.variables) {
      variableCache.delete(name);
      notify(variableListeners, name);
    }
    if (report.variables.length > 0) recountVariableErrors();
    notifyErrorsIfChanged();
    if (report.figures.length > 0 || report.variables.length > 0)
      for (const listener of [...valueListeners]) listener();
  };

  // Many figure views mount in one render: register their expressions in one engine call.
  const queueRegistration = (): void => {
    if (registrationQueued) return;
    registrationQueued = true;
    queueMicrotask(() => {
      registrationQueued = false;
      applyReport(engine.setFigures([...figureListeners.keys()]));
      notifyErrorsIfChanged();
    });
  };

  const subscribe = (
    listeners: Map<string, Set<Listener>>,
    key: string,
    listener: Listener,
    onFirst?: () => void,
  ): (() => void) => {
    let set = listeners.get(key);
    if (!set) {
      set = new Set();
      listeners.set(key, set);
      onFirst?.();
    }
    set.add(listener);
    return () => {
      const current = listeners.get(key);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) listeners.delete(key);
      if (listeners === figureListeners) queueRegistration();
    };
  };

  return {
    engine,
    loadFacts(all, entities = []) {
      entityNames = new Map(entities.map((e) => [e.code, e.name]));
      const removed = [...facts.keys()];
      facts.clear();
      for (const fact of all) facts.set(keyOf(fact), fact);
      catalogCache = null;
      const report = mergeReports(engine.removeFacts(removed), engine.setFacts(all));
      applyReport(report);
    },
    loadScenarios(scenarios) {
      applyReport(engine.setScenarios(scenarios));
      notifyScenarios();
    },
    applyFactChange({ scenario = '', upserted, removed }) {
      if (typeof performance !== 'undefined') performance.mark('tickmark:facts-changed');
      if (scenario !== '') {
        const known = engine.scenarioNames().includes(scenario);
        applyReport(engine.applyChange({ scenario, upserted, removed }));
        if (!known) notifyScenarios();
        return;
      }
      for (const key of removed) facts.delete(key);
      for (const fact of upserted) facts.set(keyOf(fact), fact);
      if (removed.length > 0 || upserted.some((f) => !catalogHas(catalogCache, f)))
        catalogCache = null;
      const reports: ChangeReport[] = [];
      if (removed.length > 0) reports.push(engine.removeFacts(removed));
      if (upserted.length > 0) reports.push(engine.setFacts(upserted));
      applyReport(mergeReports(...reports));
    },
    showScenario(scenario) {
      if (scenario === engine.shownScenario()) return;
      applyReport(engine.showScenario(scenario));
      notifyScenarios();
    },
    shownScenario: () => engine.shownScenario(),
    scenarioNames: () => engine.scenarioNames(),
    subscribeScenarios(listener) {
      scenarioListeners.add(listener);
      return () => scenarioListeners.delete(listener);
    },
    setVariables(vars, invalid = 0) {
      catalogCache = null;
      variables = vars;
      invalidLines = invalid;
      applyReport(engine.setVariables(vars));
      recountVariableErrors();
      notifyErrorsIfChanged();
    },
    setFormatProblem(figure, bad) {
      if (bad === formatProblems.has(figure)) return;
      if (bad) formatProblems.add(figure);
      else formatProblems.delete(figure);
      notifyErrorsIfChanged();
    },
    subscribeFigure(expr, listener) {
      return subscribe(figureListeners, expr, listener, queueRegistration);
    },
    figureValue,
    subscribeVariable(name, listener) {
      return subscribe(variableListeners, name, listener);
    },
    variableValue(name) {
      if (!variableCache.has(name)) variableCache.set(name, engine.variableValue(name));
      return variableCache.get(name);
    },
    catalog() {
      catalogCache ??= createFactCatalog([...facts.values()], engine.variableNames(), entityNames);
      return catalogCache;
    },
    errorCount() {
      if (lastErrorCount < 0) lastErrorCount = countErrors();
      return lastErrorCount;
    },
    subscribeErrors(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
    setTypingFigure(typing) {
      typingFigure = typing;
      notifyErrorsIfChanged();
    },
    setWarningCount(count) {
      if (count === warnings) return;
      warnings = count;
      for (const listener of [...errorListeners]) listener();
    },
    warningCount: () => warnings,
    setMemoDate(date) {
      if (date === memoDate) return;
      memoDate = date;
      for (const listener of [...valueListeners]) listener();
    },
    memoDate: () => memoDate,
    subscribeValues(listener) {
      valueListeners.add(listener);
      return () => valueListeners.delete(listener);
    },
  };
}

function catalogHas(catalog: FactCatalog | null, fact: Fact): boolean {
  return !!catalog?.periodsOf(fact.entity, fact.metric).includes(fact.period);
}
