import { isIsoDate } from './isIsoDate';
/**
 * Periods are identifiers: `FY2025`, `CY2025`, `H1_2025`, `Q3_2025`, `LTM`, `D2025_09_30`.
 * They order by their end date; `LTM` ends on its fact's `as_of`.
 */

export type PeriodKind = 'FY' | 'CY' | 'H' | 'Q' | 'LTM' | 'D';

export interface ParsedPeriod {
  kind: PeriodKind;
  /** The year; absent for LTM. */
  year?: number;
  /** Half (1-2) or quarter (1-4). */
  part?: number;
  /** ISO `YYYY-MM-DD`; null for LTM (it ends on its fact's `as_of`). */
  endDate: string | null;
}

const YEAR = /^(FY|CY)(\d{4})$/;
const HALF = /^H([12])_(\d{4})$/;
const QUARTER = /^Q([1-4])_(\d{4})$/;
const DAY = /^D(\d{4})_(\d{2})_(\d{2})$/;
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** Parses a period identifier; null when it is not one of the forms above (or not a real date). */
export function parsePeriod(text: string): ParsedPeriod | null {
  if (text === 'LTM') return { kind: 'LTM', endDate: null };
  let m = YEAR.exec(text);
  if (m) return { kind: m[1] === 'FY' ? 'FY' : 'CY', year: Number(m[2]), endDate: `${m[2]}-12-31` };
  m = HALF.exec(text);
  if (m) {
    const part = Number(m[1]);
    return {
      kind: 'H',
      year: Number(m[2]),
      part,
      endDate: `${m[2]}-${part === 1 ? '06-30' : '12-31'}`,
    };
  }
  m = QUARTER.exec(text);
  if (m) {
    const part = Number(m[1]);
    return { kind: 'Q', year: Number(m[2]), part, endDate: `${m[2]}-${QUARTER_END[part - 1]}` };
  }
  m = DAY.exec(text);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    if (!isIsoDate(iso)) return null;
    return { kind: 'D', year: Number(m[1]), endDate: iso };
  }
  return null;
}

/** True when `text` is a period identifier of a known form. */
export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== null;
}

/**
 * The period's end date, ISO `YYYY-MM-DD`. For `LTM` it is `asOf` (the fact's as-of date);
 * null for an unknown form, or for `LTM` without an as-of date.
 */
export function periodEndDate(period: string, asOf?: string | null): string | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  if (parsed.kind === 'LTM') return asOf && isIsoDate(asOf.slice(0, 10)) ? asOf.slice(0, 10) : null;
  return parsed.endDate;
}

/** Longer periods first at an equal end date: the annual figure is the headline one. */
const SPAN_RANK: Record<PeriodKind, number> = { D: 0, Q: 1, H: 2, LTM: 3, CY: 4, FY: 5 };

/**
 * Orders two periods by end date (negative when `a` ends first). `LTM` uses its as-of date;
 * an `LTM` without one (or an unknown form) sorts before every dated period. At an equal end
 * date the longer period sorts later (D < Q < H < LTM < CY < FY), then by name, so the order is total.
 */
export function comparePeriods(
  a: string,
  b: string,
  asOfA?: string | null,
  asOfB?: string | null,
): number {
  const endA = periodEndDate(a, asOfA) ?? '';
  const endB = periodEndDate(b, asOfB) ?? '';
  if (endA !== endB) return endA < endB ? -1 : 1;
  const rankA = spanRank(a);
  const rankB = spanRank(b);
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

function spanRank(period: string): number {
  const kind = parsePeriod(period)?.kind;
  return kind ? SPAN_RANK[kind] : -1;
}
