/** Units of CALC.md section 1: an ISO 4217 currency code, `pct`, `x`, `count`, or empty. */
export function isFactUnit(text: string): boolean {
  return (
    text === '' || text === 'pct' || text === 'x' || text === 'count' || /^[A-Z]{3}$/.test(text)
  );
}

export const FACT_UNIT_RULE = 'a currency code such as USD, pct, x, count, or empty';

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export const ENTITY_KINDS = ['company', 'deal', 'fund', 'segment', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isEntityKind(text: string): text is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(text);
}
