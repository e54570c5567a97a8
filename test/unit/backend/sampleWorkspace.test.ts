import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFacts } from '../../../app/backend/facts/factQueries';
import { listEntities } from '../../../app/backend/entities/entityRepository';
import { listMemos, getMemo } from '../../../app/backend/memos/memoQueries';
import { listScenarios } from '../../../app/backend/scenarios/scenarioRepository';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { ensureDefaultWorkspace } from '../../../app/backend/workspace/ensureDefaultWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { SAMPLE_MEMO_FILE } from '../../../app/backend/workspace/fillSampleWorkspace';
import { sampleFilePath } from '../../../app/backend/workspace/sampleFile';
import { useTempFolder } from './tempFolder';

const temp = useTempFolder();

describe('the sample workspace', () => {
  it('holds the facts of the sample CSV, with their entities', () => {
    const ws = createWorkspace(join(temp(), 'sample.tickmark'), { sample: true });
    const { facts } = allFacts(ws.db);
    expect(facts).toHaveLength(8);
    const value = (key: string) =>
      facts.find((f) => `${f.entity}.${f.metric}.${f.period}` === key)?.value;
    expect(value('AMZN.capex.FY2025')).toBe(125_000_000_000);
    expect(value('OPENAI_ROUND.amazon_commitment.FY2026')).toBe(50_000_000_000);
    expect(value('AMZN.aws_revenue_growth_yoy.Q3_2025')).toBe(0.202);
    expect(value('AMZN.ev_ebitda.LTM')).toBe(19.3);
    expect(listEntities(ws.db)).toEqual([
      { code: 'AMZN', name: 'Amazon.com, Inc.', kind: 'company', factCount: 5 },
      { code: 'OPENAI', name: 'OpenAI', kind: 'company', factCount: 3 },
      { code: 'OPENAI_ROUND', name: 'OpenAI funding round', kind: 'deal', factCount: 4 },
    ]);
    ws.close();
  });

  it('has a bull and a bear case, described, each overriding two base facts', () => {
    const ws = createWorkspace(join(temp(), 'sample.tickmark'), { sample: true });
    const scenarios = listScenarios(ws.db);
    expect(scenarios.map((s) => [s.name, s.overrides])).toEqual([
      ['bear', 2],
      ['bull', 2],
    ]);
    expect(scenarios.every((s) => s.description !== '')).toBe(true);
    const bull = allFacts(ws.db, 'bull').facts;
    expect(bull).toHaveLength(8);
    expect(bull.find((f) => f.metric === 'amazon_commitment')?.value).toBe(60e9);
    ws.close();
  });

  it('holds the sample memo, valid', () => {
    // The memo file is part of Tickmark: its absence is a failure, not a reason to skip.
    expect(
      sampleFilePath(SAMPLE_MEMO_FILE),
      `app/backend/sample/${SAMPLE_MEMO_FILE}`,
    ).not.toBeNull();
    const ws = createWorkspace(join(temp(), 'sample.tickmark'), { sample: true });
    const memos = listMemos(ws.db);
    expect(memos).toHaveLength(1);
    const { memo, title } = getMemo(ws.db, memos[0]!.id);
    expect(title).toBe(memo.meta.title);
    expect(memo.doc.content.length).toBeGreaterThan(3);
    ws.close();
  });

  it('is what the default workspace is created with on first run, and only then', () => {
    const path = join(temp(), 'data', 'Sample.tickmark');
    expect(ensureDefaultWorkspace(path)).toBe(path);
    const ws = openWorkspace(path);
    expect(allFacts(ws.db).facts).toHaveLength(8);
    ws.db.prepare('DELETE FROM fact_changes').run();
    ws.close();
    ensureDefaultWorkspace(path);
    const again = openWorkspace(path);
    expect(again.db.prepare('SELECT count(*) FROM fact_changes').pluck().get()).toBe(0);
    again.close();
  });
});
