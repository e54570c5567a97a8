import { describe, expect, it } from 'vitest';
import { createScenarioEngine } from '../../../shared/calc/createScenarioEngine';
import { figureKey, splitFigureKey } from '../../../shared/calc/figureKey';
import type { CalcValue } from '../../../shared/calc/calcTypes';
import { fact, SAMPLE_FACTS } from './sampleFacts';

const value = (v: CalcValue): number | string => (v.ok ? v.value : v.error.kind);

function engineWithCases() {
  const engine = createScenarioEngine();
  engine.setFacts(SAMPLE_FACTS);
  engine.setScenarios([
    { name: 'bull', overrides: [fact('AMZN.capex.FY2025', 150e9)] },
    { name: 'bear', overrides: [fact('AMZN.capex.FY2025', 100e9)] },
  ]);
  engine.setVariables([
    {
      name: 'share',
      expr: 'OPENAI_ROUND.amazon_commitment / capex',
      where: 'calc block 1, line 1',
    },
    { name: 'capex', expr: 'AMZN.capex.FY2025', where: 'calc block 1, line 2' },
  ]);
  return engine;
}

describe('figure keys', () => {
  it('splits a trailing @scenario off the expression and puts it back', () => {
    expect(splitFigureKey('irr @bull')).toEqual({ expr: 'irr', scenario: 'bull' });
    expect(splitFigureKey('a / b@bear_2')).toEqual({ expr: 'a / b', scenario: 'bear_2' });
    expect(splitFigureKey('irr')).toEqual({ expr: 'irr', scenario: null });
    expect(splitFigureKey('a @ 1')).toEqual({ expr: 'a @ 1', scenario: null });
    expect(figureKey('irr', 'bull')).toBe('irr @bull');
    expect(figureKey('irr', null)).toBe('irr');
  });
});

describe('the scenario engine', () => {
  it('computes a figure and every variable it reads in the scenario it names', () => {
    const engine = engineWithCases();
    engine.setFigures(['share', 'share @bull', 'share @bear']);
    expect(value(engine.figureValue('share'))).toBeCloseTo(0.4);
    expect(value(engine.figureValue('share @bull'))).toBeCloseTo(50 / 150);
    expect(value(engine.figureValue('share @bear'))).toBeCloseTo(0.5);
  });

  it('shows the memo in another scenario, recomputing only what its overrides touch', () => {
    const engine = engineWithCases();
    engine.setFigures(['share', 'OPENAI_ROUND.round_size', 'share @bear']);
    const report = engine.showScenario('bull');
    expect(report.figures).toEqual(['share']);
    expect(report.variables.sort()).toEqual(['capex', 'share']);
    expect(value(engine.figureValue('share'))).toBeCloseTo(50 / 150);
    expect(value(engine.variableValue('capex')!)).toBe(150e9);
    expect(value(engine.figureValue('share @bear'))).toBeCloseTo(0.5);
    expect(engine.shownScenario()).toBe('bull');
    engine.showScenario('');
    expect(value(engine.figureValue('share'))).toBeCloseTo(0.4);
  });

  it('sends a base change to every scenario that does not override it, and an override only to its own', () => {
    const engine = engineWithCases();
    engine.setFigures(['share', 'share @bull', 'OPENAI_ROUND.amazon_commitment @bear']);
    const base = engine.setFacts([fact('OPENAI_ROUND.amazon_commitment.FY2026', 60e9)]);
    expect(base.figures.sort()).toEqual([
      'OPENAI_ROUND.amazon_commitment @bear',
      'share',
      'share @bull',
    ]);
    expect(value(engine.figureValue('share @bull'))).toBeCloseTo(60 / 150);
    const bull = engine.applyChange({
      scenario: 'bull',
      upserted: [fact('AMZN.capex.FY2025', 200e9)],
      removed: [],
    });
    expect(bull.figures).toEqual(['share @bull']);
    expect(value(engine.figureValue('share @bull'))).toBeCloseTo(0.3);
    // The base capex changes, but bull overrides it: only the shown (base) figure moves.
    const capex = engine.setFacts([fact('AMZN.capex.FY2025', 120e9)]);
    expect(capex.figures).toEqual(['share']);
    // Removing the override lets the base fact show through in bull.
    engine.applyChange({ scenario: 'bull', upserted: [], removed: ['AMZN.capex.FY2025'] });
    expect(value(engine.figureValue('share @bull'))).toBeCloseTo(0.5);
  });

  it('gives a figure in an unknown scenario an error naming it, until the scenario exists', () => {
    const engine = engineWithCases();
    engine.setFigures(['share @upside']);
    const error = engine.figureValue('share @upside');
    expect(error).toMatchObject({
      ok: false,
      error: {
        kind: 'unknown_scenario',
        message: 'Unknown scenario "upside" (the scenarios are bear, bull).',
      },
    });
    const report = engine.setOverrides('upside', [fact('AMZN.capex.FY2025', 250e9)]);
    expect(report.figures).toEqual(['share @upside']);
    expect(value(engine.figureValue('share @upside'))).toBeCloseTo(0.2);
    const dropped = engine.setScenarios([{ name: 'bull', overrides: [] }]);
    expect(dropped.figures).toContain('share @upside');
    expect(value(engine.figureValue('share @upside'))).toBe('unknown_scenario');
  });

  it('names the scenario in provenance and marks which facts are overrides', () => {
    const engine = engineWithCases();
    engine.setFigures(['share @bull']);
    const provenance = engine.provenance('share @bull');
    expect(provenance.scenario).toBe('bull');
    const share = provenance.inputs[0]!;
    if (share.kind !== 'variable') throw new Error('expected the variable share');
    const facts = share.provenance.inputs.flatMap((input) =>
      input.kind === 'fact' ? [[input.ref, input.override]] : [],
    );
    expect(facts).toEqual([['OPENAI_ROUND.amazon_commitment', false]]);
    const capex = share.provenance.inputs.find((i) => i.kind === 'variable');
    if (capex?.kind !== 'variable') throw new Error('expected the variable capex');
    expect(capex.provenance.scenario).toBe('bull');
    expect(capex.provenance.inputs[0]).toMatchObject({ ref: 'AMZN.capex.FY2025', override: true });
    expect(engine.provenance('share').scenario).toBeUndefined();
  });
});
