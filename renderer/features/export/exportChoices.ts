import { z } from 'zod';
import {
  DEFAULT_CONFIDENTIALITY,
  type HOUSE_STYLE_PARTS,
  exportOptionsSchema,
  type ExportOptionsChosen,
} from '../../../shared/api/exportOptionsSchema';

/**
 * What the export dialog remembers per workspace: the shared export options (their one
 * definition is `shared/api/exportOptionsSchema.ts`) but `allowErrors`, a choice made each
 * time, and the per-export scenario and changes page.
 */
export type ExportChoices = Pick<
  ExportOptionsChosen,
  | 'paper'
  | 'ledger'
  | 'draft'
  | 'showFormulas'
  | 'pdfa'
  | 'confidentiality'
  | (typeof HOUSE_STYLE_PARTS)[number]
>;

// Regions whose offices print on US Letter; everyone else uses A4.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'SV']);

/** Letter where the locale's region prints on Letter (`en-US`, `fr-CA`), A4 elsewhere. */
export function defaultPaper(locale: string): ExportChoices['paper'] {
  const region = /[-_]([A-Za-z]{2})(?:[-_]|$)/.exec(locale)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

/**
 * The choices of a first export: the locale's paper, no ledger, no watermark, formulas
 * hidden, every part of the house style the workspace sets (the schema's defaults).
 */
export function defaultChoices(locale: string): ExportChoices {
  const house = exportOptionsSchema
    .pick({
      houseFirm: true,
      houseLogo: true,
      houseCertification: true,
      houseDisclosures: true,
    })
    .parse({});
  return {
    ...house,
    paper: defaultPaper(locale),
    ledger: false,
    draft: false,
    showFormulas: false,
    pdfa: false,
    confidentiality: DEFAULT_CONFIDENTIALITY,
  };
}

const storageKey = (workspace: string): string => `tickmark:export-options:${workspace}`;

/**
 * The choices last used in `workspace`, read from `storage`; each field that is missing or
 * not valid (an older app, a hand edit) falls back to its default on its own.
 */
export function loadChoices(
  storage: Storage | null,
  workspace: string,
  locale: string,
): ExportChoices {
  const defaults = defaultChoices(locale);
  let stored: unknown = null;
  try {
    const raw = storage?.getItem(storageKey(workspace));
    stored = raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    stored = null;
  }
  // Each field checked by the shared schema's own rule (without its default: a missing
  // field takes the locale's), falling back to its default alone.
  const fields = exportOptionsSchema.shape;
  const schema = z.object({}).extend({
    paper: fields.paper.unwrap().catch(defaults.paper),
    ledger: fields.ledger.unwrap().catch(defaults.ledger),
    draft: fields.draft.unwrap().catch(defaults.draft),
    showFormulas: fields.showFormulas.unwrap().catch(defaults.showFormulas),
    pdfa: fields.pdfa.unwrap().catch(defaults.pdfa),
    confidentiality: fields.confidentiality.unwrap().catch(defaults.confidentiality),
    houseFirm: fields.houseFirm.unwrap().catch(defaults.houseFirm),
    houseLogo: fields.houseLogo.unwrap().catch(defaults.houseLogo),
    houseCertification: fields.houseCertification.unwrap().catch(defaults.houseCertification),
    houseDisclosures: fields.houseDisclosures.unwrap().catch(defaults.houseDisclosures),
  });
  const parsed = schema.safeParse(stored !== null && typeof stored === 'object' ? stored : {});
  return parsed.success ? parsed.data : defaults;
}

/** Remembers `choices` for the next export in `workspace` (a full or blocked storage is ignored). */
export function saveChoices(
  storage: Storage | null,
  workspace: string,
  choices: ExportChoices,
): void {
  try {
    storage?.setItem(storageKey(workspace), JSON.stringify(choices));
  } catch {
    // Private mode or a full quota: the dialog just starts from the defaults next time.
  }
}
