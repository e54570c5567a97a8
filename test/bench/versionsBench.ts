import type { Fact } from '../../shared/calc/calcTypes';
import { collectFigures } from '../../shared/memo/collectFigures';
import { evaluateMemo } from '../../shared/memo/evaluateMemo';
import type { Memo } from '../../shared/memo/memoTypes';
import { diffVersions, type VersionSide } from '../../shared/versions/diffVersions';
import { snapshotEvaluation } from '../../shared/versions/snapshotEvaluation';
import type { BenchCase } from './benchTypes';
import { exportBenchMemo } from './exportBenchMemo';
import { measure, median } from './measure';

/**
 * `tickmark diff` on a long memo: the export bench's memo (about 500 figures) against a later
 * version of it with a paragraph moved, a few words changed in every section and one fact in
 * ten moved. Times the diff of the two kept versions (snapshots already stored), beside
 * evaluateMemo of the same memo, the work an export does anyway.
 */
export const versionsBench: BenchCase = {
  name: 'versions diff',
  async run() {
    const { memo, facts } = exportBenchMemo();
    const later = editedCopy(memo);
    const moved: Fact[] = facts.map((fact, i) =>
      i % 10 === 0 ? { ...fact, value: fact.value * 1.07, asOf: '2026-03-31' } : fact,
    );
    const from: VersionSide = { memo, snapshot: snapshotOf(memo, facts) };
    const to: VersionSide = { memo: later, snapshot: snapshotOf(later, moved) };
    const check = diffVersions(from, to);
    if (!check.figures || check.figures.changed.length === 0 || check.textChanges === 0)
      throw new Error('versions bench: the two versions should differ in figures and text');
    const runs = { runs: 20, warmup: 3 };
    const diffing = await measure(() => diffVersions(from, to), runs);
    const evaluating = await measure(() => evaluateMemo(later, moved), runs);
    const figures = collectFigures(memo.doc).length;
    return [
      {
        name: `diffVersions, ${figures} figures, ${check.figures.changed.length} changed, ${check.textChanges} blocks of text changed`,
        value: median(diffing),
        unit: 'ms',
        baseline: { name: 'evaluateMemo of the same memo', value: median(evaluating) },
        target: '< 50 ms',
      },
    ];
  },
};

function snapshotOf(memo: Memo, facts: readonly Fact[]) {
  return snapshotEvaluation(memo, evaluateMemo(memo, facts));
}

/** The memo with its second block moved to the end and one word changed in every tenth paragraph. */
function editedCopy(memo: Memo): Memo {
  const copy = structuredClone(memo);
  const blocks = copy.doc.content;
  const [second] = blocks.splice(1, 1);
  if (second) blocks.push(second);
  blocks.forEach((block, i) => {
    if (i % 10 !== 3 || block.type !== 'paragraph') return;
    const text = block.content?.find((node) => node.type === 'text');
    if (text && text.type === 'text') text.text = text.text.replace(/\b\w+\b/, 'revised');
  });
  return copy;
}
