import type { Fact } from '../../../shared/calc/calcTypes';
import type { ScenarioInput } from '../../../shared/calc/createScenarioEngine';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import type { ChangesSince } from './changesBoxes';
import { layoutMemoPdf, type LaidOutPdf } from './exportMemoPdf';
import type { ExportOptions } from './exportOptions';

/** Everything one export needs, as plain data (it crosses to the export worker by copy). */
export interface ExportJob {
  memo: Memo;
  facts: Fact[];
  /** The scenarios with their overrides, and the one the memo is exported in ('' the base case). */
  cases: { scenarios: ScenarioInput[]; scenario: string };
  options: Partial<ExportOptions>;
  /** The "changes since version N" page, already computed. */
  changes?: ChangesSince | undefined;
}

/** Evaluates the memo over the facts and lays it out: the work the export worker does. */
export async function runExportJob(job: ExportJob): Promise<LaidOutPdf> {
  const evaluation = evaluateMemo(job.memo, job.facts, job.cases);
  return layoutMemoPdf(job.memo, evaluation, job.options, job.changes);
}
