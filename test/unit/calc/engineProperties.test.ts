import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engine, Fact, VariableInput } from '../../../shared/calc/calcTypes';
import { createEngine } from '../../../shared/calc/createEngine';
import { evaluateExpression } from '../../../shared/calc/evaluateExpression';
import { fact } from './sampleFacts';

const KEYS = ['A.x.FY2024', 'A.x.FY2025', 'A.y.Q3_2025', 'B.x.LTM', 'B.z.H1_2025'];
const REFS = [...KEYS, 'A.x', 'B.x', 'A.y', 'B.z', 'C.x.FY2025', 'A.w'];
const VAR_COUNT = 8;

/** A term: a number, a fact reference, or a variable (mostly earlier ones, sometimes later: cycles happen). */
function term(index: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: -3, max: 9 }).map(String) },
    { weight: 3, arbitrary: fc.constantFrom(...REFS) },
    {
      weight: 3,
      arbitrary: fc.integer({ min: 0, max: Math.max(0, index - 1) }).map((j) => `v${j}`),
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: VAR_COUNT - 1 }).map((j) => `v${j}`) },
  );
}

function expression(index: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      term(index),
      term(index),
      term(index),
      fc.constantFrom('+', '-', '*', '/', 'min', 'max', '?', '>'),
    )
    .map(([a, b, c, op]) => {
      if (op === 'min' || op === 'max') return `${op}(${a}, ${b}, ${c})`;
      if (op === '?') return `${a} > ${b} ? ${c} : ${a}`;
      return `${a} ${op} ${b}`;
    });
}

const variables = fc.tuple(...Array.from({ length: VAR_COUNT }, (_, i) => expression(i)));
const factValue = fc.oneof(
  fc.constant(0),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

type Step =
  | { kind: 'set'; facts: Array<[string, number]> }
  | { kind: 'remove'; keys: string[] }
  | { kind: 'variable'; index: number; expr: string }
  | { kind: 'figures'; figures: string[] };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...KEYS), factValue), { minLength: 1, maxLength: 3 })
      .map((facts) => ({ kind: 'set' as const, facts })),
  },
  {
    weight: 1,
    arbitrary: fc
      .subarray(KEYS, { minLength: 1 })
      .map((keys) => ({ kind: 'remove' as const, keys })),
  },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 0, max: VAR_COUNT - 1 })
      .chain((index) =>
        expression(index).map((expr) => ({ kind: 'variable' as const, index, expr })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(expression(VAR_COUNT), { maxLength: 4 })
      .map((figures) => ({ kind: 'figures' as const, figures })),
  },
);

function toFact(key: string, value: number): Fact {
  return fact(key, value, key.startsWith('B') ? 'USD' : 'pct', '2025-11-30');
}

function snapshot(engine: Engine, figures: string[]) {
  return {
    variables: Object.fromEntries(engine.variableNames().map((n) => [n, engine.variableValue(n)])),
    figures: Object.fromEntries(figures.map((f) => [f, engine.figureValue(f)])),
  };
}

describe('incremental recompute always equals a from-scratch recompute', () => {
  it('for random DAGs (and some cycles) and random sequences of changes', () => {
    fc.assert(
      fc.property(variables, fc.array(step, { minLength: 1, maxLength: 12 }), (exprs, steps) => {
        const engine = createEngine();
        const facts = new Map<string, Fact>();
        let vars: VariableInput[] = exprs.map((expr, i) => ({
          name: `v${i}`,
          expr,
          where: `line ${i + 1}`,
        }));
        let figures = ['v0', `v${VAR_COUNT - 1}`, 'v3 + A.x'];
        engine.setVariables(vars);
        engine.setFigures(figures);
        for (const s of steps) {
          const before = snapshot(engine, figures);
          let report;
          if (s.kind === 'set') {
            const changed = s.facts.map(([k, v]) => toFact(k, v));
            for (const f of changed) facts.set(`${f.entity}.${f.metric}.${f.period}`, f);
            report = engine.setFacts(changed);
          } else if (s.kind === 'remove') {
            for (const k of s.keys) facts.delete(k);
            report = engine.removeFacts(s.keys);
          } else if (s.kind === 'variable') {
            vars = vars.map((v, i) => (i === s.index ? { ...v, expr: s.expr } : v));
            report = engine.setVariables(vars);
          } else {
            figures = [...new Set(s.figures)];
            report = engine.setFigures(figures);
          }
          const scratch = createEngine();
          scratch.setFacts([...facts.values()]);
          scratch.setVariables(vars);
          scratch.setFigures(figures);
          const after = snapshot(engine, figures);
          expect(after).toEqual(snapshot(scratch, figures));
          for (const f of figures) {
            if (!(f in before.figures)) continue;
            const changed = JSON.stringify(before.figures[f]) !== JSON.stringify(after.figures[f]);
            expect(report.figures.includes(f)).toBe(changed);
          }
          for (const name of Object.keys(before.variables)) {
            const changed =
              JSON.stringify(before.variables[name]) !== JSON.stringify(after.variables[name]);
            expect(report.variables.includes(name)).toBe(changed);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('random strings never throw out of the engine', () => {
  const soup = fc.string({
    unit: fc.constantFrom(
      ...'AMZN.capex.FY2025 v0()+-*/^%?:,<>=!&|~\'"[]{};#$@\\\n0123456789e_abcsinmaxroundconstructor'.split(
        '',
      ),
    ),
    maxLength: 60,
  });

  it('as figure expressions', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), soup), (text) => {
        const value = evaluateExpression(
          text,
          [fact('AMZN.capex.FY2025', 1)],
          [{ name: 'v0', expr: '2', where: 'l1' }],
        );
        expect(typeof value.ok).toBe('boolean');
        if (!value.ok) {
          expect(value.error.message).toMatch(/\.$/);
          expect(value.error.where).toBe(text);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('as variable names and expressions, and figures over them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('v0', 'v1')), soup),
          { maxLength: 5 },
        ),
        soup,
        (pairs, figure) => {
          const engine = createEngine();
          engine.setVariables(
            pairs.map(([name, expr], i) => ({ name, expr, where: `line ${i + 1}` })),
          );
          engine.setFigures([figure, 'v0 + v1']);
          engine.setFacts([fact('AMZN.capex.FY2025', 0)]);
          expect(typeof engine.figureValue(figure).ok).toBe('boolean');
          expect(typeof engine.provenance(figure).expr).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });
});
