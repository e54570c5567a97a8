import type Database from 'better-sqlite3';
import { allFacts } from '../facts/factQueries';
import { findMemo } from '../memos/memoQueries';
import { keepVersion } from '../memos/memoVersions';
import { getSetting } from '../settings/settingsRepository';
import { exportInWorker } from './exportInWorker';
import { runExportJob, type ExportJob } from './exportJob';
import type { ExportOptions } from './exportOptions';
import { pdfFileName } from './pdfFileName';

export interface WorkspaceExport {
  bytes: Uint8Array;
  fileName: string;
  title: string;
  /** The memo version kept for this export (null when the workspace is read-only). */
  version: number | null;
}

/**
 * Exports a memo of a workspace exactly as the app and the CLI do: every figure computed
 * over the workspace's facts, the workspace's disclaimer at the end, and a memo version kept
 * so the exported text can always be found again. `inWorker` (the app: server and Electron)
 * lays it out on the export worker, so the thread that answers requests stays free.
 */
export async function exportWorkspaceMemo(
  db: Database.Database,
  memoRef: string | number,
  options: Partial<Omit<ExportOptions, 'disclaimer'>> = {},
  { readOnly = false, inWorker = false }: { readOnly?: boolean; inWorker?: boolean } = {},
): Promise<WorkspaceExport> {
  const record = findMemo(db, memoRef);
  const job: ExportJob = {
    memo: record.memo,
    facts: allFacts(db).facts,
    options: { ...options, disclaimer: getSetting(db, 'disclaimer') ?? '' },
  };
  const bytes = inWorker ? await exportInWorker(job, runExportJob) : await runExportJob(job);
  const version = readOnly ? null : keepVersion(db, record.id, 'export').version;
  return { bytes, fileName: pdfFileName(record.title), title: record.title, version };
}
