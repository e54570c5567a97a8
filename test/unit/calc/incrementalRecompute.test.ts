import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/calc/createEngine';
import { SAMPLE_FACTS, fact } from './sampleFacts';

function sampleEngine() {
  const engine = createEngine();
  engine.setFacts(SAMPLE_FACTS);
  engine.setVariables([
    {
      name: 'capex_share',
      expr: 'OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
      where: 'calc block 1, line 1',
    },
    {
      name: 'amazon_share_of_round',
      expr: 'OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size',
      where: 'calc block 1, line 2',
    },
    { name: 'doubled', expr: 'capex_share * 2', where: 'calc block 1, line 3' },
  ]);
  engine.setFigures([
    'capex_share',
    'doubled',
    'AMZN.capex.FY2025',
    'AMZN.ev_ebitda',
    'amazon_share_of_round',
  ]);
  return engine;
}

describe('incremental recompute', () => {
  it('a fact change recomputes exactly its readers, inputs first, and reports what changed', () => {
    const engine = sampleEngine();
    const report = engine.setFacts([fact('AMZN.capex.FY2025', 100e9)]);
    expect(report.variables.sort()).toEqual(['capex_share', 'doubled']);
    expect(report.figures.sort()).toEqual(['AMZN.capex.FY2025', 'capex_share', 'doubled']);
    expect(report.recomputed).toBe(5);
    expect(engine.figureValue('doubled')).toEqual({ ok: true, value: 1, unit: '' });
  });

  it('a fact nobody reads recomputes nothing', () => {
    const engine = sampleEngine();
    expect(engine.setFacts([fact('MSFT.capex.FY2025', 80e9)])).toEqual({
      figures: [],
      variables: [],
      recomputed: 0,
    });
  });

  it('writing the same value again recomputes nothing', () => {
    const engine = sampleEngine();
    expect(engine.setFacts([fact('AMZN.capex.FY2025', 125e9)]).recomputed).toBe(0);
  });

  it('a value that does not change stops the propagation', () => {
    const engine = createEngine();
    engine.setFacts([fact('X.m.FY2025', 5, '')]);
    engine.setVariables([
      { name: 'sign', expr: 'X.m.FY2025 > 0 ? 1 : -1', where: 'l1' },
      { name: 'after', expr: 'sign * 10', where: 'l2' },
    ]);
    const report = engine.setFacts([fact('X.m.FY2025', 7, '')]);
    expect(report).toEqual({ figures: [], variables: [], recomputed: 1 });
  });

  it('a new later period changes ENTITY.metric readers only', () => {
    const engine = sampleEngine();
    const report = engine.setFacts([fact('AMZN.ev_ebitda.D2026_03_31', 21, 'x', '2026-03-31')]);
    expect(report.figures).toEqual(['AMZN.ev_ebitda']);
    expect(engine.figureValue('AMZN.ev_ebitda')).toEqual({ ok: true, value: 21, unit: 'x' });
  });

  it('removing a fact falls back to the previous period, or becomes an error', () => {
    const engine = sampleEngine();
    engine.setFacts([fact('AMZN.ev_ebitda.FY2024', 15, 'x', '2025-01-30')]);
    engine.removeFacts(['AMZN.ev_ebitda.LTM']);
    expect(engine.figureValue('AMZN.ev_ebitda')).toEqual({ ok: true, value: 15, unit: 'x' });
    const report = engine.removeFacts(['AMZN.capex.FY2025']);
    expect(report.variables.sort()).toEqual(['capex_share', 'doubled']);
    expect(engine.figureValue('AMZN.capex.FY2025')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_metric' },
    });
    expect(engine.figureValue('doubled')).toMatchObject({
      ok: false,
      error: { kind: 'blocked', blockedBy: 'capex_share' },
    });
  });

  it('a reference error turns into a value when the entity appears', () => {
    const engine = createEngine();
    engine.setFigures(['MSFT.capex.FY2025', 'MSFT.capex']);
    expect(engine.figureValue('MSFT.capex')).toMatchObject({ error: { kind: 'unknown_entity' } });
    engine.setFacts([fact('MSFT.revenue.FY2025', 1)]);
    expect(engine.figureValue('MSFT.capex.FY2025')).toMatchObject({
      error: { kind: 'unknown_metric' },
    });
    engine.setFacts([fact('MSFT.capex.FY2024', 2)]);
    expect(engine.figureValue('MSFT.capex.FY2025')).toMatchObject({
      error: { kind: 'unknown_period' },
    });
    expect(engine.figureValue('MSFT.capex')).toMatchObject({ ok: true, value: 2 });
    engine.setFacts([fact('MSFT.capex.FY2025', 3)]);
    expect(engine.figureValue('MSFT.capex.FY2025')).toMatchObject({ ok: true, value: 3 });
  });

  it('identical figure expressions share one computation', () => {
    const engine = createEngine();
    engine.setFacts(SAMPLE_FACTS);
    const report = engine.setFigures([
      'AMZN.capex.FY2025',
      'AMZN.capex.FY2025',
      'AMZN.capex.FY2025 / 1',
    ]);
    expect(report.recomputed).toBe(2);
    expect(engine.setFacts([fact('AMZN.capex.FY2025', 1)]).recomputed).toBe(2);
  });

  it('setFigures is diffed: kept figures do not recompute, dropped ones stop listening', () => {
    const engine = sampleEngine();
    const report = engine.setFigures(['capex_share', 'AMZN.p_fcf']);
    expect(report).toEqual({ figures: ['AMZN.p_fcf'], variables: [], recomputed: 1 });
    expect(engine.setFacts([fact('AMZN.ev_ebitda.LTM', 25, 'x')]).recomputed).toBe(0);
  });

  it('setVariables is diffed: an unchanged variable is not recomputed, a changed one recomputes its readers', () => {
    const engine = sampleEngine();
    const same = engine.setVariables([
      {
        name: 'capex_share',
        expr: 'OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
        where: 'calc block 1, line 1',
      },
      {
        name: 'amazon_share_of_round',
        expr: 'OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size',
        where: 'calc block 1, line 2',
      },
      { name: 'doubled', expr: 'capex_share * 2', where: 'calc block 1, line 3' },
    ]);
    expect(same.recomputed).toBe(0);
    const changed = engine.setVariables([
      {
        name: 'capex_share',
        expr: 'OPENAI_ROUND.round_size / AMZN.capex.FY2025',
        where: 'calc block 1, line 1',
      },
      { name: 'doubled', expr: 'capex_share * 2', where: 'calc block 1, line 3' },
    ]);
    expect(changed.variables.sort()).toEqual(['amazon_share_of_round', 'capex_share', 'doubled']);
    expect(changed.figures.sort()).toEqual(['amazon_share_of_round', 'capex_share', 'doubled']);
    expect(engine.figureValue('doubled')).toEqual({ ok: true, value: 1.6, unit: '' });
    expect(engine.figureValue('amazon_share_of_round')).toMatchObject({
      error: { kind: 'unknown_name' },
    });
    expect(engine.variableNames().sort()).toEqual(['capex_share', 'doubled']);
  });

  it('breaking and mending a cycle updates every member and its readers', () => {
    const engine = createEngine();
    engine.setVariables([
      { name: 'a', expr: '1', where: 'l1' },
      { name: 'b', expr: 'a + 1', where: 'l2' },
    ]);
    engine.setFigures(['b * 10']);
    engine.setVariables([
      { name: 'a', expr: 'b', where: 'l1' },
      { name: 'b', expr: 'a + 1', where: 'l2' },
    ]);
    expect(engine.variableValue('a')).toMatchObject({ error: { kind: 'cycle' } });
    expect(engine.variableValue('b')).toMatchObject({ error: { kind: 'cycle' } });
    expect(engine.figureValue('b * 10')).toMatchObject({
      error: { kind: 'blocked', blockedBy: 'b' },
    });
    engine.setVariables([
      { name: 'a', expr: '2', where: 'l1' },
      { name: 'b', expr: 'a + 1', where: 'l2' },
    ]);
    expect(engine.figureValue('b * 10')).toEqual({ ok: true, value: 30, unit: '' });
  });

  it('a figure that is not registered computes once from the current state', () => {
    const engine = sampleEngine();
    expect(engine.figureValue('doubled + 1')).toEqual({ ok: true, value: 1.8, unit: '' });
  });

  it('recomputeAll evaluates every node once and changes nothing when nothing changed', () => {
    const engine = sampleEngine();
    expect(engine.recomputeAll()).toEqual({ figures: [], variables: [], recomputed: 8 });
  });

  it('a 10,000-link chain recomputes without overflowing the stack', () => {
    const engine = createEngine();
    engine.setFacts([fact('X.head.FY2025', 1, '')]);
    const vars = [{ name: 'v1', expr: 'X.head.FY2025 * 1.0001 + 1', where: 'l1' }];
    for (let i = 2; i <= 10000; i++)
      vars.push({ name: `v${i}`, expr: `v${i - 1} * 1.0001 + 1`, where: `l${i}` });
    engine.setVariables(vars);
    engine.setFigures(['v10000']);
    const report = engine.setFacts([fact('X.head.FY2025', 2, '')]);
    expect(report.recomputed).toBe(10001);
    let expected = 2;
    for (let i = 1; i <= 10000; i++) expected = expected * 1.0001 + 1;
    expect(engine.figureValue('v10000')).toMatchObject({ ok: true, value: expected });
    expect(engine.provenance('v10000').inputs[0]).toMatchObject({
      kind: 'variable',
      name: 'v10000',
    });
  });
});
