import { z } from 'zod';

/** A CSV file in the import format of CALC.md section 1, as text, with its name for messages. */
export const importInputSchema = z.object({
  csv: z.string().max(200 * 1024 * 1024),
  fileName: z.string().min(1).max(1000),
});

export const importCountsSchema = z.object({
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Entities the import creates. */
  newEntities: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importPreviewRowSchema = z.object({
  line: z.number().int(),
  entity: z.string(),
  metric: z.string(),
  period: z.string(),
  /** '' for the base case, else the scenario the row overrides. */
  scenario: z.string().default(''),
  status: z.enum(['new', 'updated', 'unchanged']),
  value: z.number(),
  /** The value now in the workspace (null for a new fact). */
  oldValue: z.number().nullable(),
  unit: z.string(),
  /** For updated rows: which of value, unit, source, asOf, note change. */
  changed: z.array(z.enum(['value', 'unit', 'source', 'asOf', 'note'])),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRowSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string(),
  /** Data rows in the file. */
  total: z.number().int(),
  counts: importCountsSchema,
  /** The rows in file order, changed ones first when cut to `maxRows`. */
  rows: z.array(importPreviewRowSchema),
  /** True when `rows` was cut to `maxRows`. */
  truncated: z.boolean(),
  /** Existing entities the file's `entity_name` renames, with the name they have and get. */
  entityNames: z.array(z.object({ code: z.string(), from: z.string(), to: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importApi = {
  /** Parses and validates the whole file (a bad row is an error with its line and column) and says what would change. Writes nothing. */
  'import:preview': {
    args: importInputSchema.extend({
      maxRows: z.number().int().min(0).max(200_000).default(10_000),
    }),
    result: importPreviewSchema,
  },
  /** Validates again and writes every new or updated row in one transaction, or nothing. */
  'import:commit': {
    args: importInputSchema,
    result: z.object({ fileName: z.string(), counts: importCountsSchema }),
  },
} as const;

export const importEvents = {
  /** During `import:commit`: rows written so far, of `total` to write. */
  'import:progress': z.object({ done: z.number().int(), total: z.number().int() }),
} as const;
