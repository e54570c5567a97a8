import { EMPTY_HOUSE_STYLE, type HouseStyle } from '../../../shared/api/houseStyleApi';
import {
  exportOptionsSchema,
  type ExportOptionsChosen,
} from '../../../shared/api/exportOptionsSchema';

/**
 * What the layout reads: the options the person chooses (defined once, with their defaults,
 * in `shared/api/exportOptionsSchema.ts`) and what the backend adds.
 */
export interface ExportOptions extends Omit<ExportOptionsChosen, 'changesSince' | 'scenario'> {
  /**
   * The workspace's house style (firm, logo, disclaimer, certification, disclosures); the
   * `house*` choices say which parts print. The disclaimer always prints at the end when set.
   */
  house: HouseStyle;
  /** When the export is made: the PDF creation date, and the footer date when the memo has none. */
  date: Date;
  /** Tag the PDF's structure (PDF/UA-1). Always on; off only to measure what tagging costs. */
  tagged: boolean;
}

/** Fills in the defaults: the shared schema's, no house style, now, tagged. */
export function resolveExportOptions(options: Partial<ExportOptions> = {}): ExportOptions {
  const { house, date, tagged, ...chosen } = options;
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
    house: house ?? EMPTY_HOUSE_STYLE,
    date: date ?? new Date(),
    tagged: tagged ?? true,
  };
}
