import type { Fact, Provenance } from '../calc/calcTypes';

/** Every fact a figure reads, through its variables, once each, in the order first read. */
export function factsRead(provenance: Provenance): Fact[] {
  const facts = new Map<string, Fact>();
  const seen = new Set<Provenance>();
  const pending = [provenance];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    for (const input of next.inputs) {
      if (input.kind === 'fact' && input.fact) facts.set(input.ref, input.fact);
      else if (input.kind === 'variable') pending.push(input.provenance);
    }
  }
  return [...facts.values()];
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from ISO date `from` to ISO date `to` (negative when `from` is later); null for a bad date. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) ? Math.round((b - a) / DAY) : null;
}

/**
 * Stale facts (CALC.md §9): the facts a figure reads whose as-of is more than `staleDays` before
 * `memoDate`, each as `AMZN.capex.FY2025 (as of 2024-01-30, 730 days before 2026-01-30)`.
 */
export function staleFactsOf(
  provenance: Provenance,
  memoDate: string,
  staleDays: number,
): string[] {
  return factsRead(provenance).flatMap((fact) => {
    if (!fact.asOf) return [];
    const age = daysBetween(fact.asOf, memoDate);
    if (age === null || age <= staleDays) return [];
    return [
      `${fact.entity}.${fact.metric}.${fact.period} (as of ${fact.asOf}, ${age} days before ${memoDate})`,
    ];
  });
}
