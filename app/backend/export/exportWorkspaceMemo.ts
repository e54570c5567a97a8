import type Database from 'better-sqlite3';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { allFacts } from '../facts/factQueries';
import { evaluationScenarios } from '../scenarios/evaluationScenarios';
import { findMemo } from '../memos/memoQueries';
import { keepVersion } from '../memos/memoVersions';
import { changesSincePage } from './changesSincePage';
import { snapshotEvaluation } from '../../../shared/versions/snapshotEvaluation';
import { getHouseStyle } from '../houseStyle/houseStyleRepository';
import { exportInWorker } from './exportInWorker';
import { runExportJob, type ExportJob } from './exportJob';
import { layoutMemoPdf } from './exportMemoPdf';
import type { ExportOptions } from './exportOptions';
import { pdfFileName } from './pdfFileName';

export interface WorkspaceExport {
  bytes: Uint8Array;
  /** How many pages the layout made. */
  pages: number;
  fileName: string;
  title: string;
  /** The memo version kept for this export (null when the workspace is read-only). */
  version: number | null;
}

/**
 * Exports a memo of a workspace exactly as the app and the CLI do: every figure computed
 * over the workspace's facts (in `scenario`, if one is named; an unknown one is refused), the
 * workspace's house style (firm, logo, certification, disclosures, disclaimer; the options'
 * `house*` choices leave parts out), and a memo version kept with the numbers it printed, so the
 * exported text can always be found again. `changesSince` adds a page of the figures that moved
 * since that kept version. `inWorker` (the app: server and Electron) lays it out on the export
 * worker, so the thread that answers requests stays free.
 */
export async function exportWorkspaceMemo(
  db: Database.Database,
  memoRef: string | number,
  {
    changesSince,
    scenario = '',
    ...options
  }: Partial<Omit<ExportOptions, 'house'>> & {
    changesSince?: number;
    scenario?: string;
  } = {},
  {
    readOnly = false,
    who = '',
    inWorker = false,
  }: { readOnly?: boolean; who?: string; inWorker?: boolean } = {},
): Promise<WorkspaceExport> {
  const record = findMemo(db, memoRef);
  const facts = allFacts(db).facts;
  const cases = evaluationScenarios(db, scenario);
  // The version's snapshot is this evaluation, of the same data the layout reads. Evaluating
  // takes milliseconds; the layout is what the worker takes off this thread.
  const evaluation = evaluateMemo(record.memo, facts, cases);
  const snapshot = snapshotEvaluation(record.memo, evaluation, scenario);
  const changes =
    changesSince === undefined ? undefined : changesSincePage(db, record, snapshot, changesSince);
  const layoutOptions = { ...options, house: getHouseStyle(db) };
  const pdf = inWorker
    ? await exportInWorker(
        { memo: record.memo, facts, cases, options: layoutOptions, changes } satisfies ExportJob,
        runExportJob,
      )
    : await layoutMemoPdf(record.memo, evaluation, layoutOptions, changes);
  const version = readOnly ? null : keepVersion(db, record.id, 'export', { who, snapshot }).version;
  return {
    bytes: pdf.bytes,
    pages: pdf.pages,
    fileName: pdfFileName(record.title),
    title: record.title,
    version,
  };
}
