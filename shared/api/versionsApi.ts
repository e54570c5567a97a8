import { z } from 'zod';
import type { MemoDiff } from '../versions/diffVersions';
import type { VersionSnapshot } from '../versions/versionSnapshot';
import { memoSchema, memoVersionSummarySchema } from './memoApi';

const versionId = z.number().int().positive();

/** A kept version's numbers (shared/versions/versionSnapshot.ts); built by the backend only. */
const snapshotSchema = z.custom<VersionSnapshot>();

export const versionsApi = {
  /** One kept version: its document and the numbers it showed (null: kept before snapshots). */
  'versions:get': {
    args: z.object({ versionId }),
    result: memoVersionSummarySchema.extend({
      memo: memoSchema,
      snapshot: snapshotSchema.nullable(),
    }),
  },
  /**
   * What changed from kept version `from` to kept version `to` (null: the memo as it is now,
   * over the workspace's facts): figures with their causes, then the text (CALC.md §10).
   */
  'versions:diff': {
    args: z.object({ from: versionId, to: versionId.nullable() }),
    result: z.object({
      memoId: z.number().int(),
      fromLabel: z.string(),
      toLabel: z.string(),
      diff: z.custom<MemoDiff>(),
    }),
  },
  /**
   * Makes a kept version the memo's text again; the memo as it stands is kept first (reason
   * `restore`). Refused with `conflict` unless `baseVersion` is the memo's current version.
   */
  'versions:restore': {
    args: z.object({ versionId, baseVersion: z.number().int().positive() }),
    result: z.object({
      id: z.number().int(),
      version: z.number().int(),
      updatedAt: z.string(),
      kept: memoVersionSummarySchema,
    }),
  },
} as const;
