import type { Fact } from '../../shared/calc/calcTypes';

/** What the workspace knows, by name, for the figure popover's autocomplete. */
export interface FactCatalog {
  entities(): string[];
  metricsOf(entity: string): string[];
  periodsOf(entity: string, metric: string): string[];
  fact(entity: string, metric: string, period: string): Fact | undefined;
  variables(): string[];
  /** The entity's name, when the workspace has one. */
  entityName(code: string): string | undefined;
}

/** Indexes facts by entity, metric and period (each list sorted) plus the memo's variable names. */
export function createFactCatalog(
  facts: Fact[],
  variableNames: string[],
  entityNames: ReadonlyMap<string, string> = new Map(),
): FactCatalog {
  const index = new Map<string, Map<string, Map<string, Fact>>>();
  for (const fact of facts) {
    let metrics = index.get(fact.entity);
    if (!metrics) index.set(fact.entity, (metrics = new Map()));
    let periods = metrics.get(fact.metric);
    if (!periods) metrics.set(fact.metric, (periods = new Map()));
    periods.set(fact.period, fact);
  }
  const sorted = (keys: Iterable<string>): string[] => [...keys].sort((a, b) => a.localeCompare(b));
  const entities = sorted(index.keys());
  const variables = sorted(new Set(variableNames));
  return {
    entities: () => entities,
    metricsOf: (entity) => sorted(index.get(entity)?.keys() ?? []),
    periodsOf: (entity, metric) => sorted(index.get(entity)?.get(metric)?.keys() ?? []),
    fact: (entity, metric, period) => index.get(entity)?.get(metric)?.get(period),
    variables: () => variables,
    entityName: (code) => entityNames.get(code),
  };
}
