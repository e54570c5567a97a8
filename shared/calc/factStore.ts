import type { CalcValue, Fact, FactKey } from './calcTypes';
import type { FactReference } from './expressionTypes';
import { calcError } from './calcError';
import { factKey } from './factKey';
import { comparePeriods } from './periods';

/**
 * The facts the engine reads, indexed for the two reference forms, and the change channels a
 * write fires: `k:E.m.P` (that fact), `s:E.m` (any fact of the series: latest-period readers),
 * `m:E.m` (the series appeared or vanished), `e:E` (the entity appeared or vanished).
 */
export interface FactStore {
  get(key: FactKey): Fact | undefined;
  /** Upserts a fact; returns the channels whose readers must recompute (none if nothing shown changed). */
  set(fact: Fact): string[];
  remove(key: FactKey): string[];
  /** The fact a reference reads (latest period for `ENTITY.metric`), or undefined. */
  lookup(ref: FactReference): Fact | undefined;
  /** The value a reference reads, or the error that says which part is unknown. */
  resolve(ref: FactReference, where: string): CalcValue;
  all(): Fact[];
}

/** The channels a reference listens on: exact facts also hear their series and entity appear. */
export function referenceChannels(ref: FactReference): string[] {
  const series = `${ref.entity}.${ref.metric}`;
  return ref.period === null
    ? [`s:${series}`, `e:${ref.entity}`]
    : [`k:${ref.text}`, `m:${series}`, `e:${ref.entity}`];
}

export function createFactStore(): FactStore {
  const facts = new Map<FactKey, Fact>();
  const series = new Map<string, Map<string, Fact>>();
  const latestCache = new Map<string, Fact | undefined>();
  const entityCounts = new Map<string, number>();

  function latest(seriesKey: string): Fact | undefined {
    if (latestCache.has(seriesKey)) return latestCache.get(seriesKey);
    let best: Fact | undefined;
    for (const fact of series.get(seriesKey)?.values() ?? []) {
      if (!best || comparePeriods(fact.period, best.period, fact.asOf, best.asOf) > 0) best = fact;
    }
    latestCache.set(seriesKey, best);
    return best;
  }

  function lookup(ref: FactReference): Fact | undefined {
    return ref.period === null ? latest(`${ref.entity}.${ref.metric}`) : facts.get(ref.text);
  }

  function resolve(ref: FactReference, where: string): CalcValue {
    const fact = lookup(ref);
    if (fact) {
      if (Number.isFinite(fact.value)) return { ok: true, value: fact.value, unit: fact.unit };
      return calcError(
        'not_a_number',
        `The fact ${factKey(fact.entity, fact.metric, fact.period)} is not a number`,
        where,
        ref.position,
      );
    }
    if (!entityCounts.has(ref.entity)) {
      return calcError(
        'unknown_entity',
        `Unknown entity "${ref.entity}" in ${ref.text}`,
        where,
        ref.position,
      );
    }
    if (!series.has(`${ref.entity}.${ref.metric}`)) {
      return calcError(
        'unknown_metric',
        `Unknown metric "${ref.metric}" for ${ref.entity} in ${ref.text}`,
        where,
        ref.position,
      );
    }
    return calcError(
      'unknown_period',
      `No fact for ${ref.entity}.${ref.metric} in period ${ref.period ?? ''}`,
      where,
      ref.position,
    );
  }

  function set(fact: Fact): string[] {
    const key = factKey(fact.entity, fact.metric, fact.period);
    const seriesKey = `${fact.entity}.${fact.metric}`;
    const old = facts.get(key);
    facts.set(key, fact);
    if (old && Object.is(old.value, fact.value) && old.unit === fact.unit && old.asOf === fact.asOf)
      return [];
    const channels = [`k:${key}`, `s:${seriesKey}`];
    latestCache.delete(seriesKey);
    if (!old) {
      let periods = series.get(seriesKey);
      if (!periods) {
        periods = new Map();
        series.set(seriesKey, periods);
        channels.push(`m:${seriesKey}`);
      }
      periods.set(fact.period, fact);
      const count = entityCounts.get(fact.entity) ?? 0;
      entityCounts.set(fact.entity, count + 1);
      if (count === 0) channels.push(`e:${fact.entity}`);
    } else {
      series.get(seriesKey)?.set(fact.period, fact);
    }
    return channels;
  }

  function remove(key: FactKey): string[] {
    const old = facts.get(key);
    if (!old) return [];
    facts.delete(key);
    const seriesKey = `${old.entity}.${old.metric}`;
    const channels = [`k:${key}`, `s:${seriesKey}`];
    latestCache.delete(seriesKey);
    const periods = series.get(seriesKey);
    periods?.delete(old.period);
    if (periods?.size === 0) {
      series.delete(seriesKey);
      channels.push(`m:${seriesKey}`);
    }
    const count = (entityCounts.get(old.entity) ?? 1) - 1;
    if (count === 0) {
      entityCounts.delete(old.entity);
      channels.push(`e:${old.entity}`);
    } else entityCounts.set(old.entity, count);
    return channels;
  }

  return {
    get: (key) => facts.get(key),
    set,
    remove,
    lookup,
    resolve,
    all: () => [...facts.values()],
  };
}
