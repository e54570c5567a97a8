/** A warning of CALC.md §9: not an error (the figure computes), but something a reader would be misled by. */
export interface MemoWarning {
  /** `words`: a qualifier the unrounded value contradicts; `stale`: the figure reads an old fact. */
  kind: 'words' | 'stale';
  /** 1-based figure number, in document order (as the PDF ledger and `tickmark check` count). */
  figureIndex: number;
  /** Where the figure stands, as for errors: `heading "Capital", paragraph 2`. */
  place: string;
  /** One sentence, quoting the words and the value, or naming the fact and its as-of. */
  message: string;
}

/** Options of the checks: how old a fact may be, and the date when the memo has none. */
export interface WarningOptions {
  /** A fact whose as-of is more than this many days before the memo's date is stale (default 365). */
  staleDays?: number;
  /** `YYYY-MM-DD` used when the memo's front matter has no date (default: today, UTC). */
  today?: string;
}

export const DEFAULT_STALE_DAYS = 365;
