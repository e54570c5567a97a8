import {
  exportOptionsSchema,
  type ExportOptionsChosen,
} from '../../../shared/api/exportOptionsSchema';

/**
 * What the layout reads: the options the person chooses (defined once, with their defaults,
 * in `shared/api/exportOptionsSchema.ts`) and what the backend adds.
 */
export interface ExportOptions extends Omit<ExportOptionsChosen, 'changesSince' | 'scenario'> {
  /** Printed at the end of the memo (set per workspace); empty for none. */
  disclaimer: string;
  /** When the export is made: the PDF creation date, and the footer date when the memo has none. */
  date: Date;
  /** Tag the PDF's structure (PDF/UA-1). Always on; off only to measure what tagging costs. */
  tagged: boolean;
}

/** Fills in the defaults: the shared schema's, no disclaimer, now, tagged. */
export function resolveExportOptions(options: Partial<ExportOptions> = {}): ExportOptions {
  const { disclaimer, date, tagged, ...chosen } = options;
  const defined = Object.fromEntries(
    Object.entries(chosen).filter(([, value]) => value !== undefined),
  );
  const {
    changesSince: _since,
    scenario: _scenario,
    ...parsed
  } = exportOptionsSchema.parse(defined);
  return {
    ...parsed,
    disclaimer: disclaimer ?? '',
    date: date ?? new Date(),
    tagged: tagged ?? true,
  };
}
