import type { FactSnapshot, FactsChanged } from '../../../shared/api/factsApi';
import type { Fact } from '../../../shared/calc/calcTypes';
import { factKey } from '../../../shared/calc/factKey';
import type { FactIdentityValues } from './factIdentityValues';

/** Gathers what a write changed into `facts:changed` payloads, one per scenario touched. */
export interface ChangeCollector {
  /** `after` null: the fact was removed. */
  add(identity: FactIdentityValues, after: FactSnapshot | null): void;
  changes(): FactsChanged[];
}

/**
 * A fact touched twice by one write (moved, then moved back) counts once, as its last state.
 * `eachFactOnce` (bulk imports, whose rows are unique) skips that bookkeeping.
 */
export function createChangeCollector(eachFactOnce = false): ChangeCollector {
  const byScenario = new Map<
    string,
    { upserted: Map<string, Fact> | Fact[]; removed: Set<string> }
  >();
  return {
    add(identity, after) {
      let entry = byScenario.get(identity.scenario);
      if (!entry) {
        entry = { upserted: eachFactOnce ? [] : new Map(), removed: new Set() };
        byScenario.set(identity.scenario, entry);
      }
      const { upserted, removed } = entry;
      if (Array.isArray(upserted)) {
        if (after) upserted.push(calcFact(identity, after));
        else removed.add(factKey(identity.entity, identity.metric, identity.period));
        return;
      }
      const key = factKey(identity.entity, identity.metric, identity.period);
      if (after) {
        removed.delete(key);
        upserted.set(key, calcFact(identity, after));
      } else {
        upserted.delete(key);
        removed.add(key);
      }
    },
    changes() {
      return [...byScenario].map(([scenario, { upserted, removed }]) => ({
        scenario,
        upserted: Array.isArray(upserted) ? upserted : [...upserted.values()],
        removed: [...removed],
      }));
    },
  };
}

function calcFact(identity: FactIdentityValues, s: FactSnapshot): Fact {
  const fact: Fact = {
    entity: identity.entity,
    metric: identity.metric,
    period: identity.period,
    value: s.value,
    unit: s.unit,
    source: s.source,
    asOf: s.asOf,
  };
  if (s.note) fact.note = s.note;
  return fact;
}
