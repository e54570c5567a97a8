import type Database from 'better-sqlite3';
import type { FactRef, FactUsage } from '../../../shared/api/factsApi';
import { factKey } from '../../../shared/calc/factKey';
import { figureKey } from '../../../shared/calc/figureKey';
import { factsRead } from '../../../shared/checks/staleFacts';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { getMemo, listMemos } from '../memos/memoQueries';
import { evaluationScenarios } from '../scenarios/evaluationScenarios';
import { allFacts, getFact } from './factQueries';

/**
 * How many figures of the memos (the trash left out) read a fact, directly or through calc
 * lines: each memo evaluated as the PDF is, each figure's provenance walked. For an override,
 * only the figures that name its scenario count.
 */
export function factUsage(db: Database.Database, ref: FactRef): FactUsage {
  const fact = getFact(db, ref);
  const key = factKey(fact.entity, fact.metric, fact.period);
  const facts = allFacts(db).facts;
  const cases = evaluationScenarios(db);
  const memos: FactUsage['memos'] = [];
  for (const summary of listMemos(db)) {
    const { memo } = getMemo(db, summary.id);
    const evaluation = evaluateMemo(memo, facts, cases);
    const figures = evaluation.figures.filter((figure) => {
      if ((figure.scenario ?? '') !== fact.scenario && fact.scenario !== '') return false;
      const provenance = evaluation.engine.provenance(figureKey(figure.expr, figure.scenario));
      return factsRead(provenance).some(
        (read) => factKey(read.entity, read.metric, read.period) === key,
      );
    }).length;
    if (figures > 0) memos.push({ id: summary.id, title: summary.title, figures });
  }
  return { figures: memos.reduce((sum, memo) => sum + memo.figures, 0), memos };
}
