import type Database from 'better-sqlite3';
import { diffVersions, type MemoDiff } from '../../../shared/versions/diffVersions';
import { UserError } from '../router/userError';
import { getMemo } from './memoQueries';
import { getVersion, snapshotNow, type StoredVersion } from './memoVersions';

export interface VersionComparison {
  memoId: number;
  fromLabel: string;
  toLabel: string;
  diff: MemoDiff;
}

/**
 * What changed from kept version `from` to kept version `to`, or to the memo as it is now
 * (over the workspace's facts) when `to` is null. Both must be versions of the same memo.
 */
export function compareVersions(
  db: Database.Database,
  from: StoredVersion,
  to: StoredVersion | null,
): VersionComparison {
  if (to !== null && to.memoId !== from.memoId)
    throw new UserError(
      `Versions ${from.versionId} and ${to.versionId} are versions of different memos.`,
      'failed',
    );
  const toSide = to ?? {
    memo: getMemo(db, from.memoId).memo,
    snapshot: snapshotNow(db, from.memoId),
  };
  return {
    memoId: from.memoId,
    fromLabel: `version ${from.version}`,
    toLabel: to === null ? 'now' : `version ${to.version}`,
    diff: diffVersions(from, toSide),
  };
}

/** `versions:diff` by version ids. */
export function compareVersionIds(
  db: Database.Database,
  fromId: number,
  toId: number | null,
): VersionComparison {
  const from = getVersion(db, fromId);
  return compareVersions(db, from, toId === null ? null : getVersion(db, toId));
}
