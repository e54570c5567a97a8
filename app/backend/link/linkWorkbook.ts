import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { WriteOutcome } from '../facts/writeOutcome';
import type {
  LinkInfo,
  LinkPreview,
  LinkPreviewRow,
  LinkState,
  LinkSummary,
} from '../../../shared/api/linksApi';
import { factKey } from '../../../shared/calc/factKey';
import { writeTransaction } from '../db/writeTransaction';
import type { ChangeContext } from '../facts/changeContext';
import { findFact } from '../facts/factQueries';
import { commitImportSync } from '../import/commitImport';
import { diffImport } from '../import/diffImport';
import { countImport } from '../import/previewImport';
import { previewRow } from '../import/previewRow';
import {
  findLinkRecord,
  linkedFacts,
  listLinkRecords,
  saveLinkRecord,
  type LinkedFact,
  type LinkRecord,
} from './linkRepository';
import { readLinkedFile, stampOf, type LinkedFile } from './readLinkedFile';
import { readWorkbook, type WorkbookContents } from './readWorkbook';
import { workbookImport, type WorkbookImport } from './workbookImport';

const IGNORED_LISTED = 20;

interface ReadLink {
  file: LinkedFile;
  contents: WorkbookContents;
  workbook: WorkbookImport;
  /** Facts the last read gave that the workbook no longer has, and that are still in the workspace. */
  missing: LinkedFact[];
}

/** Reads the workbook at `path` and compares it with the link's last read. Writes nothing. */
function readLink(db: Database.Database, path: string): ReadLink {
  const file = readLinkedFile(path);
  const contents = readWorkbook(file.bytes, file.fileName);
  const workbook = workbookImport(contents);
  const record = findLinkRecord(db, file.path);
  const missing: LinkedFact[] = [];
  if (record) {
    for (const [key, fact] of linkedFacts(db, record.id)) {
      if (workbook.places.has(key)) continue;
      if (findFact(db, { ...fact, scenario: '' })) missing.push(fact);
    }
  }
  return { file, contents, workbook, missing };
}

function summary(read: ReadLink, counts: LinkSummary['counts']): LinkSummary {
  const { ignoredNames } = read.contents;
  return {
    path: read.file.path,
    fileName: read.file.fileName,
    counts,
    missing: read.missing.map((f) => factKey(f.entity, f.metric, f.period)),
    ignoredNames: { count: ignoredNames.length, names: ignoredNames.slice(0, IGNORED_LISTED) },
    facts: read.workbook.parsed.rows.length,
  };
}

/** What linking (or refreshing) the workbook would change, row by row. Reads only. */
export function previewLink(db: Database.Database, path: string, maxRows = 10_000): LinkPreview {
  const read = readLink(db, path);
  const diff = diffImport(db, read.workbook.parsed);
  const counts = { ...countImport(diff), missing: read.missing.length };
  const rows: LinkPreviewRow[] = diff.rows.map((diffRow) => ({
    ...previewRow(diffRow),
    place:
      read.workbook.places.get(
        factKey(diffRow.row.entity, diffRow.row.metric, diffRow.row.period),
      ) ?? '',
  }));
  for (const fact of read.missing) {
    const current = findFact(db, { ...fact, scenario: '' })!;
    rows.push({
      line: 0,
      entity: fact.entity,
      metric: fact.metric,
      period: fact.period,
      scenario: '',
      status: 'missing',
      value: current.value,
      oldValue: current.value,
      unit: current.unit,
      changed: [],
      place: fact.place,
    });
  }
  const order = { missing: 0, new: 1, updated: 2, unchanged: 3 } as const;
  const chosen =
    rows.length > maxRows
      ? [...rows].sort((a, b) => order[a.status] - order[b.status]).slice(0, maxRows)
      : rows;
  return { ...summary(read, counts), rows: chosen, truncated: chosen.length < rows.length };
}

/** What linking wrote: the summary, the facts changed and the entities created or renamed. */
export type LinkOutcome = WriteOutcome<LinkSummary>;

/**
 * Links or refreshes a workbook: writes its new and updated facts through the import's
 * writer (change log origin from `context`, `link` for links) and records the read, in one
 * transaction. Facts it no longer has are reported in `missing`, never deleted.
 */
export function commitLink(
  db: Database.Database,
  path: string,
  context: ChangeContext,
  now: Date = new Date(),
): LinkOutcome {
  const read = readLink(db, path);
  const { file, contents, workbook } = read;
  return writeTransaction(db, () => {
    const outcome = commitImportSync(db, workbook.parsed, context);
    const facts: LinkedFact[] = workbook.parsed.rows.map((r) => ({
      entity: r.entity,
      metric: r.metric,
      period: r.period,
      place: workbook.places.get(factKey(r.entity, r.metric, r.period)) ?? '',
    }));
    saveLinkRecord(
      db,
      {
        path: file.path,
        size: file.size,
        mtime: file.mtime,
        hash: file.hash,
        readAt: now.toISOString(),
        savedDate: contents.savedDate,
      },
      // A missing fact stays linked until the workbook gives it again or the link is dropped,
      // so every refresh keeps reporting it.
      [...facts, ...read.missing],
    );
    return {
      ...outcome,
      result: summary(read, { ...outcome.result, missing: read.missing.length }),
    };
  });
}

/** The state on disk of a linked file, compared with its last read. */
export function linkState(record: Pick<LinkRecord, 'path' | 'size' | 'mtime' | 'hash'>): LinkState {
  let mtime: string;
  let size: number;
  try {
    const stat = statSync(record.path);
    mtime = stat.mtime.toISOString();
    size = stat.size;
  } catch {
    return 'missing';
  }
  if (size === record.size && mtime === record.mtime) return 'current';
  try {
    return stampOf(readFileSync(record.path), mtime).hash === record.hash ? 'current' : 'changed';
  } catch {
    return 'missing';
  }
}

/** The workspace's links with their state on disk. */
export function listLinks(db: Database.Database): LinkInfo[] {
  return listLinkRecords(db).map((r) => ({
    path: r.path,
    fileName: basename(r.path),
    facts: r.facts,
    readAt: r.readAt,
    savedDate: r.savedDate,
    state: linkState(r),
  }));
}
