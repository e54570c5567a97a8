import { z } from 'zod';
import type { Memo } from '../memo/memoTypes';
import { validateMemo } from '../memo/validateMemo';
import { SINGLE_LINE_MAX } from '../memo/textLimits';

/** A Memo (shared/memo/memoTypes.ts), checked in full by validateMemo: each problem with its path. */
export const memoSchema = z.custom<Memo>().superRefine((value, ctx) => {
  const result = validateMemo(value);
  if (result.ok) return;
  for (const problem of result.problems.slice(0, 5)) {
    ctx.addIssue({
      code: 'custom',
      message: `the memo is not valid: ${problem.where}: ${problem.what}`,
    });
  }
});

const memoId = z.number().int().positive();
const title = z
  .string()
  .trim()
  .min(1, 'A memo needs a title')
  .max(SINGLE_LINE_MAX, `A memo's title holds at most ${SINGLE_LINE_MAX} characters`);

export const memoSummarySchema = z.object({
  id: z.number().int(),
  /** The memo's one title: its title block, `memo.meta.title` ('' when the block is empty). */
  title: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When it was moved to the trash; null when it is not in the trash. */
  deletedAt: z.string().nullable(),
});
export type MemoSummary = z.infer<typeof memoSummarySchema>;

export const memoRecordSchema = memoSummarySchema.extend({ memo: memoSchema });
export type MemoRecord = z.infer<typeof memoRecordSchema>;

export const memoVersionSummarySchema = z.object({
  versionId: z.number().int(),
  memoId: z.number().int(),
  /** The memo's version number when it was kept. */
  version: z.number().int(),
  /**
   * `manual`: kept on demand; `export`: kept when the memo was exported; `restore`: kept
   * automatically before an older version was restored.
   */
  reason: z.enum(['manual', 'export', 'restore']),
  title: z.string(),
  createdAt: z.string(),
  /** Who kept it: the OS user name, or `cli`; '' for versions kept before this was recorded. */
  who: z.string(),
  /** False for versions kept before versions recorded their numbers (no figure diff). */
  hasSnapshot: z.boolean(),
});
export type MemoVersionSummary = z.infer<typeof memoVersionSummarySchema>;
export type KeepReason = MemoVersionSummary['reason'];

export const memoApi = {
  'memos:list': {
    /** `exclude` (default): memos not in the trash; `only`: the trash; `include`: both. */
    args: z.object({ trash: z.enum(['exclude', 'include', 'only']).default('exclude') }),
    result: z.object({ memos: z.array(memoSummarySchema) }),
  },
  'memos:get': { args: z.object({ id: memoId }), result: memoRecordSchema },
  /** Without `memo`: an empty memo whose title block says `title`. */
  'memos:create': {
    args: z.object({ title, memo: memoSchema.optional() }),
    result: memoSummarySchema,
  },
  /** Writes `title` into the memo's title block (a new version, event action `renamed`). */
  'memos:rename': { args: z.object({ id: memoId, title }), result: memoSummarySchema },
  'memos:duplicate': {
    args: z.object({ id: memoId, title: title.optional() }),
    result: memoSummarySchema,
  },
  /** Moves the memo to the trash. */
  'memos:delete': { args: z.object({ id: memoId }), result: memoSummarySchema },
  'memos:restore': { args: z.object({ id: memoId }), result: memoSummarySchema },
  /** Deletes a memo in the trash for good, with its kept versions. */
  'memos:purge': { args: z.object({ id: memoId }), result: z.object({ id: z.number().int() }) },
  /** Refused with code `conflict` unless `baseVersion` is the memo's current version. */
  'memos:save': {
    args: z.object({ id: memoId, baseVersion: z.number().int().positive(), memo: memoSchema }),
    result: z.object({ id: z.number().int(), version: z.number().int(), updatedAt: z.string() }),
  },
  'memos:versions': {
    args: z.object({ id: memoId }),
    result: z.object({ versions: z.array(memoVersionSummarySchema) }),
  },
  'memos:getVersion': {
    args: z.object({ versionId: z.number().int().positive() }),
    result: memoVersionSummarySchema.extend({ memo: memoSchema }),
  },
  /** Keeps the current version (reason `manual`). */
  'memos:keepVersion': { args: z.object({ id: memoId }), result: memoVersionSummarySchema },
  'settings:get': {
    args: z.object({ key: z.string().min(1).max(100) }),
    result: z.object({ key: z.string(), value: z.string().nullable() }),
  },
  /** `value: null` removes the setting. Known keys: `disclaimer` (printed on exported memos). */
  'settings:set': {
    args: z.object({ key: z.string().min(1).max(100), value: z.string().max(100_000).nullable() }),
    result: z.object({ key: z.string(), value: z.string().nullable() }),
  },
} as const;

export const memoEvents = {
  /** A memo was created, saved, renamed, moved to or from the trash, or purged. */
  'memos:changed': z.object({
    id: z.number().int(),
    version: z.number().int(),
    action: z.enum(['created', 'saved', 'renamed', 'deleted', 'restored', 'purged', 'versioned']),
  }),
} as const;
