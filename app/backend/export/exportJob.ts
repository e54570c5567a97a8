import type { Fact } from '../../../shared/calc/calcTypes';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import { exportMemoPdf } from './exportMemoPdf';
import type { ExportOptions } from './exportOptions';

/** Everything one export needs, as plain data (it crosses to the export worker by copy). */
export interface ExportJob {
  memo: Memo;
  facts: Fact[];
  options: Partial<ExportOptions>;
}

/** Evaluates the memo over the facts and lays it out: the work the export worker does. */
export async function runExportJob(job: ExportJob): Promise<Uint8Array> {
  const evaluation = evaluateMemo(job.memo, job.facts);
  return exportMemoPdf(job.memo, evaluation, job.options);
}
