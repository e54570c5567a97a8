import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/calc/createEngine';
import { SAMPLE_FACTS } from './sampleFacts';

describe('provenance', () => {
  const engine = createEngine();
  engine.setFacts(SAMPLE_FACTS);
  engine.setVariables([
    {
      name: 'capex_share',
      expr: 'OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
      where: 'calc block 1, line 1',
    },
    { name: 'twice', expr: 'capex_share + capex_share', where: 'calc block 1, line 2' },
  ]);
  engine.setFigures(['twice * AMZN.ev_ebitda']);

  it('gives the expression, each input with its value, and each fact with its source and as-of date', () => {
    const p = engine.provenance('twice * AMZN.ev_ebitda');
    expect(p.expr).toBe('twice * AMZN.ev_ebitda');
    expect(p.value).toEqual({ ok: true, value: 0.8 * 19.3, unit: 'x' });
    expect(p.inputs).toHaveLength(2);
    const [twice, multiple] = p.inputs;
    expect(multiple).toEqual({
      kind: 'fact',
      ref: 'AMZN.ev_ebitda',
      fact: SAMPLE_FACTS.find((f) => f.metric === 'ev_ebitda'),
      value: { ok: true, value: 19.3, unit: 'x' },
    });
    expect(multiple?.kind === 'fact' && multiple.fact?.period).toBe('LTM');
    expect(twice).toMatchObject({ kind: 'variable', name: 'twice' });
  });

  it('goes down through variables to the facts, each input once', () => {
    const p = engine.provenance('twice * AMZN.ev_ebitda');
    const twice = p.inputs[0];
    if (twice?.kind !== 'variable') throw new Error('expected a variable');
    expect(twice.provenance.expr).toBe('capex_share + capex_share');
    expect(twice.provenance.value).toEqual({ ok: true, value: 0.8, unit: '' });
    expect(twice.provenance.inputs).toHaveLength(1);
    const share = twice.provenance.inputs[0];
    if (share?.kind !== 'variable') throw new Error('expected a variable');
    expect(
      share.provenance.inputs.map((i) =>
        i.kind === 'fact' ? [i.ref, i.fact?.source, i.fact?.asOf] : [],
      ),
    ).toEqual([
      ['OPENAI_ROUND.amazon_commitment', 'amazon-openai-article.txt', '2026-01-30'],
      ['AMZN.capex.FY2025', 'amazon-openai-article.txt', '2026-01-30'],
    ]);
  });

  it('shows missing facts and unknown names as inputs with their errors', () => {
    const p = engine.provenance('AMZN.capex.FY2019 + nobody');
    expect(p.value.ok).toBe(false);
    expect(p.inputs[0]).toMatchObject({
      kind: 'fact',
      ref: 'AMZN.capex.FY2019',
      fact: null,
      value: { ok: false, error: { kind: 'unknown_period' } },
    });
    expect(p.inputs[1]).toMatchObject({
      kind: 'variable',
      name: 'nobody',
      provenance: { value: { ok: false, error: { kind: 'unknown_name' } } },
    });
  });

  it('stops at a cycle instead of looping', () => {
    const e = createEngine();
    e.setVariables([
      { name: 'a', expr: 'b', where: 'l1' },
      { name: 'b', expr: 'a', where: 'l2' },
    ]);
    const p = e.provenance('a');
    expect(p.inputs[0]).toMatchObject({
      kind: 'variable',
      name: 'a',
      provenance: { value: { ok: false, error: { kind: 'cycle' } } },
    });
  });
});
