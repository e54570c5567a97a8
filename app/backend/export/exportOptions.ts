/** What the person exporting chooses. Every field has a default (see `resolveExportOptions`). */
export interface ExportOptions {
  paper: 'A4' | 'Letter';
  /** Append the figure ledger, and link each figure in the body to its ledger row. */
  ledger: boolean;
  /** Mark every page with a DRAFT watermark. */
  draft: boolean;
  /** Export a memo with figure errors anyway, each error marked in red. */
  allowErrors: boolean;
  /** Show each calc block line's formula beside its value. */
  showFormulas: boolean;
  /** The label in the running header, e.g. `Confidential`; empty for none. */
  confidentiality: string;
  /** Printed at the end of the memo (set per workspace); empty for none. */
  disclaimer: string;
  /** When the export is made: the PDF creation date, and the footer date when the memo has none. */
  date: Date;
}

export const DEFAULT_CONFIDENTIALITY = 'Confidential';

/** Fills in the defaults: A4, no ledger, no watermark, errors refused, formulas hidden. */
export function resolveExportOptions(options: Partial<ExportOptions> = {}): ExportOptions {
  return {
    paper: options.paper ?? 'A4',
    ledger: options.ledger ?? false,
    draft: options.draft ?? false,
    allowErrors: options.allowErrors ?? false,
    showFormulas: options.showFormulas ?? false,
    confidentiality: options.confidentiality ?? DEFAULT_CONFIDENTIALITY,
    disclaimer: options.disclaimer ?? '',
    date: options.date ?? new Date(),
  };
}
