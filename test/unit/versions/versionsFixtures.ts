import type { Fact } from '../../../shared/calc/calcTypes';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import type { VersionSide } from '../../../shared/versions/diffVersions';
import { snapshotEvaluation } from '../../../shared/versions/snapshotEvaluation';

export function memoOf(markdown: string): Memo {
  const read = markdownToMemo(markdown);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.memo;
}

export function fact(key: string, value: number, extra: Partial<Fact> = {}): Fact {
  const [entity = '', metric = '', period = ''] = key.split('.');
  return {
    entity,
    metric,
    period,
    value,
    unit: 'USD',
    source: 'filing',
    asOf: '2025-06-30',
    ...extra,
  };
}

/** A version of `markdown` over `facts`, as a kept version would store it. */
export function side(markdown: string, facts: Fact[]): VersionSide {
  const memo = memoOf(markdown);
  return { memo, snapshot: snapshotEvaluation(memo, evaluateMemo(memo, facts)) };
}
