import type Database from 'better-sqlite3';
import type { MemoRecord } from '../../../shared/api/memoApi';
import { diffVersions } from '../../../shared/versions/diffVersions';
import type { VersionSnapshot } from '../../../shared/versions/versionSnapshot';
import { findVersion } from '../memos/memoVersions';
import { UserError } from '../router/userError';
import type { ChangesSince } from './changesBoxes';
import { formatLongDate } from './formatLongDate';

/** What the "changes since version N" page shows: kept version N against what is exported now. */
export function changesSincePage(
  db: Database.Database,
  record: MemoRecord,
  now: VersionSnapshot,
  version: number,
): ChangesSince {
  const since = findVersion(db, record.id, version);
  if (since.snapshot === null)
    throw new UserError(
      `Version ${version} of "${record.title}" was kept before versions recorded their numbers, so its figures cannot be compared: choose a later version for the changes page.`,
      'failed',
      `version ${version}`,
    );
  return {
    label: `version ${version}`,
    date: formatLongDate(since.createdAt.slice(0, 10)),
    diff: diffVersions(since, { memo: record.memo, snapshot: now }),
  };
}
