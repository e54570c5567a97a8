import type Database from 'better-sqlite3';
import type { KeepReason, MemoVersionSummary } from '../../../shared/api/memoApi';
import type { Fact } from '../../../shared/calc/calcTypes';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import { snapshotEvaluation } from '../../../shared/versions/snapshotEvaluation';
import { KEEP_OTHER_VERSIONS } from '../../../shared/versions/versionRetention';
import { parseSnapshot, type VersionSnapshot } from '../../../shared/versions/versionSnapshot';
import { allFacts } from '../facts/factQueries';
import { writeTransaction } from '../db/writeTransaction';
import { UserError } from '../router/userError';
import { parseStoredMemo } from './checkMemo';
import { getMemo, getMemoSummary } from './memoQueries';
import type { ScenarioInput } from '../../../shared/calc/createScenarioEngine';
import { evaluationScenarios } from '../scenarios/evaluationScenarios';

const VERSION_SELECT = `SELECT id AS versionId, memo_id AS memoId, version, reason, title, created_at AS createdAt,
  who, snapshot IS NOT NULL AS hasSnapshot FROM memo_versions`;

interface VersionRow extends Omit<MemoVersionSummary, 'hasSnapshot'> {
  hasSnapshot: number;
}

function summaryOf(row: VersionRow): MemoVersionSummary {
  return { ...row, hasSnapshot: row.hasSnapshot === 1 };
}

export interface KeepOptions {
  /** Who keeps it: the OS user name, or `cli`. */
  who?: string;
  /** The numbers the version printed; computed over the workspace's facts when not given. */
  snapshot?: VersionSnapshot;
}

/**
 * Keeps the memo's current version with the numbers it shows: on demand (`manual`), when it
 * is exported (`export`, called by the PDF export, with the snapshot of what it printed) or
 * before a restore (`restore`). Keeping the same version for the same reason with the same
 * numbers twice keeps it once. Past KEEP_OTHER_VERSIONS, the oldest manual and restore
 * versions go (exports stay).
 */
export function keepVersion(
  db: Database.Database,
  id: number,
  reason: KeepReason,
  options: KeepOptions = {},
): MemoVersionSummary {
  return writeTransaction(db, () => {
    const snapshot = JSON.stringify(options.snapshot ?? snapshotNow(db, id));
    const memo = getMemoSummary(db, id);
    const latest = db
      .prepare(`${VERSION_SELECT} WHERE memo_id = ? AND reason = ? ORDER BY id DESC LIMIT 1`)
      .get(id, reason) as VersionRow | undefined;
    if (latest && latest.version === memo.version) {
      const same = db
        .prepare('SELECT snapshot IS ? FROM memo_versions WHERE id = ?')
        .pluck()
        .get(snapshot, latest.versionId);
      if (same === 1) return summaryOf(latest);
    }
    const result = db
      .prepare(
        `INSERT INTO memo_versions (memo_id, version, title, doc, reason, created_at, who, snapshot)
         SELECT id, version, title, doc, ?, ?, ?, ? FROM memos WHERE id = ?`,
      )
      .run(reason, new Date().toISOString(), options.who ?? '', snapshot, id);
    if (reason !== 'export') thinVersions(db, id);
    return summaryOf(
      db.prepare(`${VERSION_SELECT} WHERE id = ?`).get(result.lastInsertRowid) as VersionRow,
    );
  });
}

/**
 * The snapshot of the memo as it stands, shown in the base case, with every scenario's
 * overrides (figures that name a scenario, `{{ x @bull }}`, are computed in it).
 */
export function snapshotNow(db: Database.Database, id: number, facts?: Fact[]): VersionSnapshot {
  const { memo } = getMemo(db, id);
  return snapshotOf(memo, facts ?? allFacts(db).facts, evaluationScenarios(db));
}

export function snapshotOf(
  memo: Memo,
  facts: readonly Fact[],
  cases: { scenarios: ScenarioInput[]; scenario: string },
): VersionSnapshot {
  return snapshotEvaluation(memo, evaluateMemo(memo, facts, cases), cases.scenario);
}

function thinVersions(db: Database.Database, id: number): void {
  db.prepare(
    `DELETE FROM memo_versions WHERE memo_id = ? AND reason <> 'export' AND id NOT IN (
       SELECT id FROM memo_versions WHERE memo_id = ? AND reason <> 'export' ORDER BY id DESC LIMIT ?)`,
  ).run(id, id, KEEP_OTHER_VERSIONS);
}

/** The kept versions of a memo, newest first. */
export function listVersions(db: Database.Database, id: number): MemoVersionSummary[] {
  getMemoSummary(db, id);
  return (
    db.prepare(`${VERSION_SELECT} WHERE memo_id = ? ORDER BY id DESC`).all(id) as VersionRow[]
  ).map(summaryOf);
}

export interface StoredVersion extends MemoVersionSummary {
  memo: Memo;
  snapshot: VersionSnapshot | null;
}

/** One kept version with its document and its snapshot (null for versions kept before snapshots). */
export function getVersion(db: Database.Database, versionId: number): StoredVersion {
  const row = db.prepare(`${VERSION_SELECT} WHERE id = ?`).get(versionId) as VersionRow | undefined;
  if (!row)
    throw new UserError(
      `There is no kept version ${versionId}.`,
      'not_found',
      `version ${versionId}`,
    );
  const stored = db
    .prepare('SELECT doc, snapshot FROM memo_versions WHERE id = ?')
    .get(versionId) as { doc: string; snapshot: string | null };
  return {
    ...summaryOf(row),
    memo: parseStoredMemo(stored.doc, `version ${row.version} of memo ${row.memoId}`),
    snapshot: parseSnapshot(stored.snapshot),
  };
}

/**
 * The kept version of a memo by its version number (the newest one kept with that number,
 * as `tickmark diff FROM` names it), or the newest version of all when `version` is omitted.
 */
export function findVersion(
  db: Database.Database,
  memoId: number,
  version?: number,
): StoredVersion {
  const row =
    version === undefined
      ? db
          .prepare('SELECT id FROM memo_versions WHERE memo_id = ? ORDER BY id DESC LIMIT 1')
          .pluck()
          .get(memoId)
      : db
          .prepare(
            'SELECT id FROM memo_versions WHERE memo_id = ? AND version = ? ORDER BY id DESC LIMIT 1',
          )
          .pluck()
          .get(memoId, version);
  if (typeof row !== 'number') {
    const what =
      version === undefined ? 'has no kept version yet' : `has no kept version ${version}`;
    throw new UserError(`Memo ${memoId} ${what}.`, 'not_found', `memo ${memoId}`);
  }
  return getVersion(db, row);
}

/**
 * Makes a kept version the memo's text again: the memo as it stands is kept first (reason
 * `restore`), then the version's document (with its title block) is saved as a new version of the memo.
 * One transaction. Refused with `conflict` unless `baseVersion` is the memo's version.
 */
export function restoreVersion(
  db: Database.Database,
  input: { versionId: number; baseVersion: number },
  who = '',
): { id: number; version: number; updatedAt: string; kept: MemoVersionSummary } {
  return writeTransaction(db, () => {
    const stored = getVersion(db, input.versionId);
    const current = getMemoSummary(db, stored.memoId);
    if (current.deletedAt !== null)
      throw new UserError(
        `Memo ${current.id} ("${current.title}") is in the trash: restore it from the trash first.`,
        'conflict',
        `memo ${current.id}`,
      );
    if (current.version !== input.baseVersion)
      throw new UserError(
        `Memo ${current.id} ("${current.title}") was changed elsewhere: it is at version ${current.version}, not ${input.baseVersion}. Reload it before restoring.`,
        'conflict',
        `memo ${current.id}`,
      );
    const kept = keepVersion(db, current.id, 'restore', { who });
    const updatedAt = new Date().toISOString();
    const version = current.version + 1;
    db.prepare('UPDATE memos SET doc = ?, version = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(stored.memo),
      version,
      updatedAt,
      current.id,
    );
    return { id: current.id, version, updatedAt, kept };
  });
}
