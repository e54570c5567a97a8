import { z } from 'zod';
import { scenarioSchema } from './factsApi';

export const exportOptionsSchema = z.object({
  paper: z.enum(['A4', 'Letter']).default('A4'),
  ledger: z.boolean().default(false),
  draft: z.boolean().default(false),
  allowErrors: z.boolean().default(false),
  showFormulas: z.boolean().default(false),
  confidentiality: z.string().max(200).optional(),
  /** Add a page of the figures that moved since this kept version (its number; CALC.md §10). */
  changesSince: z.number().int().positive().optional(),
  /** The scenario to export the memo in ('' the base case); the title block names it. */
  scenario: scenarioSchema.default(''),
});
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;

export const exportApi = {
  /** The memo as a PDF, every figure computed; refused (listing each error) if a figure has one, unless allowErrors. */
  'export:pdf': {
    args: z.object({
      memoId: z.number().int().positive(),
      options: exportOptionsSchema.prefault({}),
    }),
    result: z.object({
      fileName: z.string(),
      /** The PDF's bytes, base64. */
      base64: z.string(),
      pages: z.number().int(),
      /** The memo version kept for this export. */
      version: z.number().int(),
    }),
  },
} as const;
