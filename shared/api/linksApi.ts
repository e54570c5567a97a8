import { z } from 'zod';
import { importCountsSchema, importPreviewRowSchema } from './importApi';

/** A linked workbook's path: absolute, or relative to where the backend runs. */
const pathSchema = z.string().min(1).max(4096);

export const linkCountsSchema = importCountsSchema.extend({
  /** Facts the link gave before that the workbook no longer has (reported, not deleted). */
  missing: z.number().int(),
});
export type LinkCounts = z.infer<typeof linkCountsSchema>;

/** One row of a link preview: an import preview row, with the cell it comes from. */
export const linkPreviewRowSchema = importPreviewRowSchema.extend({
  status: z.enum(['new', 'updated', 'unchanged', 'missing']),
  /** `Valuation!$C$7`, `facts!$F$4`, or for a missing fact the place it last came from. */
  place: z.string(),
});
export type LinkPreviewRow = z.infer<typeof linkPreviewRowSchema>;

/** What reading a workbook did or would do to the workspace. */
export const linkSummarySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  counts: linkCountsSchema,
  /** `ENTITY.metric.PERIOD` of the missing facts (they stay in the workspace). */
  missing: z.array(z.string()),
  /** Defined names that are not fact names: how many, and the first few. */
  ignoredNames: z.object({ count: z.number().int(), names: z.array(z.string()) }),
  /** Facts the workbook gives. */
  facts: z.number().int(),
});
export type LinkSummary = z.infer<typeof linkSummarySchema>;

export const linkPreviewSchema = linkSummarySchema.extend({
  rows: z.array(linkPreviewRowSchema),
  truncated: z.boolean(),
});
export type LinkPreview = z.infer<typeof linkPreviewSchema>;

/** `current`: the file is as last read; `changed`: it was saved since; `missing`: it is gone. */
export const linkStateSchema = z.enum(['current', 'changed', 'missing']);
export type LinkState = z.infer<typeof linkStateSchema>;

export const linkInfoSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  facts: z.number().int(),
  /** When Tickmark last read it (ISO date-time). */
  readAt: z.string(),
  /** The date the workbook says it was saved. */
  savedDate: z.string().nullable(),
  state: linkStateSchema,
});
export type LinkInfo = z.infer<typeof linkInfoSchema>;

export const linksApi = {
  /** Reads the workbook and says what linking it would change. Writes nothing. */
  'links:preview': {
    args: z.object({
      path: pathSchema,
      maxRows: z.number().int().min(0).max(200_000).default(10_000),
    }),
    result: linkPreviewSchema,
  },
  /** Links (or re-links) the workbook: all its facts in one transaction, or nothing. */
  'links:link': { args: z.object({ path: pathSchema }), result: linkSummarySchema },
  /** The workspace's linked workbooks, each with its state on disk. */
  'links:list': { args: z.object({}), result: z.object({ links: z.array(linkInfoSchema) }) },
  /**
   * Electron only (registered by app/main): the system's Open dialog for a workbook; null when
   * cancelled. Browser mode has no such handler: the page cannot learn a picked file's path.
   */
  'links:pickFile': { args: z.object({}), result: z.object({ path: z.string().nullable() }) },
  /** Forgets a link; its facts stay. */
  'links:unlink': { args: z.object({ path: pathSchema }), result: z.object({ path: z.string() }) },
} as const;

export const linksEvents = {
  /** A linked workbook was saved (or removed) on disk since it was last read. */
  'links:fileChanged': z.object({ path: z.string(), fileName: z.string(), state: linkStateSchema }),
  /** The list of links changed (linked, refreshed or unlinked). */
  'links:changed': z.object({ paths: z.array(z.string()) }),
} as const;
