import { z } from 'zod';
import { scenarioSchema } from './factsApi';

/**
 * The export options, defined once: the contract's argument, the backend's defaults
 * (`resolveExportOptions`), the dialog's remembered choices and the CLI's checks all read this.
 */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const DEFAULT_CONFIDENTIALITY = 'Confidential';
export const CONFIDENTIALITY_MAX = 200;

export const exportOptionsSchema = z.object({
  paper: z.enum(PAPER_SIZES).default('A4'),
  /** Append the figure ledger, and link each figure in the body to its ledger row. */
  ledger: z.boolean().default(false),
  /** Mark every page with a DRAFT watermark. */
  draft: z.boolean().default(false),
  /** Export a memo with figure errors anyway, each error marked in red. */
  allowErrors: z.boolean().default(false),
  /** Show each calc block line's formula beside its value. */
  showFormulas: z.boolean().default(false),
  /** Write PDF/A-2b (archival: sRGB output intent, XMP identification) as well as PDF/UA tags. */
  pdfa: z.boolean().default(false),
  /** The label in the running header, e.g. `Confidential`; empty for none. */
  confidentiality: z.string().max(CONFIDENTIALITY_MAX).default(DEFAULT_CONFIDENTIALITY),
  /** Add a page of the figures that moved since this kept version (its number; CALC.md §10). */
  changesSince: z.number().int().positive().optional(),
  /** The scenario to export the memo in ('' the base case); the title block names it. */
  scenario: scenarioSchema.default(''),
  /** The firm's name (printed only when the workspace's house style sets it) on the title block and in the running footer. */
  houseFirm: z.boolean().default(true),
  /** The firm's logo on the title block. */
  houseLogo: z.boolean().default(true),
  /** The analyst certification after the memo's text. */
  houseCertification: z.boolean().default(true),
  /** The Disclosures page before the ledger. */
  houseDisclosures: z.boolean().default(true),
});
/** The house style parts an export can leave out (`--no-house-style` leaves out all). */
export const HOUSE_STYLE_PARTS = [
  'houseFirm',
  'houseLogo',
  'houseCertification',
  'houseDisclosures',
] as const;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;
export type ExportOptionsChosen = z.output<typeof exportOptionsSchema>;
