import { z } from 'zod';

/** What the export dialog remembers per workspace (everything but `allowErrors`, a choice made each time). */
export interface ExportChoices {
  paper: 'A4' | 'Letter';
  ledger: boolean;
  draft: boolean;
  showFormulas: boolean;
  /** The running header's label; empty for none. */
  confidentiality: string;
}

export const DEFAULT_CONFIDENTIALITY = 'Confidential';
export const CONFIDENTIALITY_MAX = 200;

// Regions whose offices print on US Letter; everyone else uses A4.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'SV']);

/** Letter where the locale's region prints on Letter (`en-US`, `fr-CA`), A4 elsewhere. */
export function defaultPaper(locale: string): ExportChoices['paper'] {
  const region = /[-_]([A-Za-z]{2})(?:[-_]|$)/.exec(locale)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

/** The choices of a first export: the locale's paper, no ledger, no watermark, formulas hidden. */
export function defaultChoices(locale: string): ExportChoices {
  return {
    paper: defaultPaper(locale),
    ledger: false,
    draft: false,
    showFormulas: false,
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
  const schema = z.object({
    paper: z.enum(['A4', 'Letter']).catch(defaults.paper),
    ledger: z.boolean().catch(defaults.ledger),
    draft: z.boolean().catch(defaults.draft),
    showFormulas: z.boolean().catch(defaults.showFormulas),
    confidentiality: z.string().max(CONFIDENTIALITY_MAX).catch(defaults.confidentiality),
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
