import { describe, expect, it } from 'vitest';
import type { CalcError, CalcValue } from '../../../shared/calc/calcTypes';
import { createEngine } from '../../../shared/calc/createEngine';
import { evaluateExpression } from '../../../shared/calc/evaluateExpression';
import { MAX_EXPRESSION_LENGTH } from '../../../shared/calc/compileExpression';
import { SAMPLE_FACTS } from './sampleFacts';

function errorOf(value: CalcValue | undefined): CalcError {
  if (!value || value.ok) throw new Error(`expected an error, got ${JSON.stringify(value)}`);
  return value.error;
}

function figureError(expr: string): CalcError {
  return errorOf(evaluateExpression(expr, SAMPLE_FACTS));
}

describe('errors are values that say which and where (CALC.md §2)', () => {
  it('an unknown entity', () => {
    expect(figureError('AMZNX.capex.FY2025 / 2')).toEqual({
      kind: 'unknown_entity',
      message: 'Unknown entity "AMZNX" in AMZNX.capex.FY2025 (position 1).',
      where: 'AMZNX.capex.FY2025 / 2',
      position: 1,
    });
  });

  it('an unknown metric', () => {
    expect(figureError('1 + AMZN.capx.FY2025')).toMatchObject({
      kind: 'unknown_metric',
      message: 'Unknown metric "capx" for AMZN in AMZN.capx.FY2025 (position 5).',
      position: 5,
    });
    expect(figureError('AMZN.capx')).toMatchObject({ kind: 'unknown_metric', position: 1 });
  });

  it('an unknown period: no fact for it, or not a period at all', () => {
    expect(figureError('AMZN.capex.FY2024')).toMatchObject({
      kind: 'unknown_period',
      message: 'No fact for AMZN.capex in period FY2024 (position 1).',
    });
    expect(figureError('AMZN.capex.FY25')).toMatchObject({
      kind: 'unknown_period',
      message: expect.stringContaining('"FY25" in AMZN.capex.FY25 is not a period'),
    });
  });

  it('an unknown name', () => {
    expect(figureError('capex_shar * 100')).toMatchObject({
      kind: 'unknown_name',
      message: expect.stringContaining('Unknown name "capex_shar"'),
      position: 1,
    });
  });

  it('a cycle (a = b, b = a) is reported on every member', () => {
    const engine = createEngine();
    engine.setVariables([
      { name: 'a', expr: 'b', where: 'calc block 1, line 1' },
      { name: 'b', expr: 'a', where: 'calc block 1, line 2' },
      { name: 'c', expr: 'c + 1', where: 'calc block 1, line 3' },
    ]);
    expect(errorOf(engine.variableValue('a'))).toMatchObject({
      kind: 'cycle',
      message: 'Cycle: a → b → a.',
      where: 'a',
    });
    expect(errorOf(engine.variableValue('b'))).toMatchObject({
      kind: 'cycle',
      message: 'Cycle: b → a → b.',
      where: 'b',
    });
    expect(errorOf(engine.variableValue('c'))).toMatchObject({
      kind: 'cycle',
      message: 'Cycle: c → c.',
    });
  });

  it('a longer cycle names its path on each member', () => {
    const engine = createEngine();
    engine.setVariables([
      { name: 'x', expr: 'y + 1', where: 'l1' },
      { name: 'y', expr: 'z * 2', where: 'l2' },
      { name: 'z', expr: 'x - 3', where: 'l3' },
    ]);
    expect(errorOf(engine.variableValue('y')).message).toBe('Cycle: y → z → x → y.');
  });

  it('division by zero is an error, not Infinity, with the operator position', () => {
    expect(figureError('AMZN.capex.FY2025 / (2 - 2)')).toMatchObject({
      kind: 'division_by_zero',
      message: 'Division by zero in "AMZN.capex.FY2025 / (2 - 2)" (position 19).',
      position: 19,
    });
    expect(figureError('1 / 2 + 3 / 0')).toMatchObject({ kind: 'division_by_zero', position: 11 });
    expect(figureError('5 % 0')).toMatchObject({ kind: 'division_by_zero' });
  });

  it('a syntax error, with mathjs position', () => {
    expect(figureError('AMZN.capex.FY2025 +')).toMatchObject({
      kind: 'syntax',
      message: 'Syntax error: Unexpected end of expression (position 20).',
      position: 20,
    });
    expect(figureError('(1 + 2')).toMatchObject({ kind: 'syntax' });
    expect(figureError('2 AMZN.capex')).toMatchObject({
      kind: 'syntax',
      message: expect.stringContaining('write * to multiply'),
    });
    expect(figureError('   ')).toMatchObject({
      kind: 'syntax',
      message: 'The expression is empty.',
    });
  });

  it('a forbidden function says which, and where', () => {
    expect(figureError('1 + sin(2)')).toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(
        /^Function "sin" is not allowed; use one of min, max, .* \(position 5\)\.$/,
      ),
      position: 5,
    });
    expect(figureError('round(1, 2, 3)')).toMatchObject({
      kind: 'syntax',
      message: expect.stringContaining('round takes 1 or 2 arguments, not 3'),
    });
  });

  it('assignment, several statements, lists and objects are forbidden, with their position', () => {
    expect(figureError('a = 1')).toMatchObject({
      kind: 'forbidden',
      position: 3,
      message: expect.stringContaining('Assignment (=) is not allowed'),
    });
    expect(figureError('1; 2')).toMatchObject({ kind: 'forbidden', position: 2 });
    expect(figureError('1 + [1, 2]')).toMatchObject({ kind: 'forbidden', position: 5 });
    expect(figureError('f(x) = 2')).toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('Defining functions'),
    });
    expect(figureError('"text"')).toMatchObject({ kind: 'forbidden', position: 1 });
    expect(figureError('3!')).toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('"!" is not allowed'),
    });
  });

  it('results that are not finite numbers are errors', () => {
    expect(figureError('10 ^ 400')).toMatchObject({ kind: 'not_a_number' });
    expect(figureError('sqrt(-1)')).toMatchObject({
      kind: 'not_a_number',
      message: expect.stringContaining('sqrt of a negative number'),
    });
    expect(figureError('log(0)')).toMatchObject({ kind: 'not_a_number' });
    expect(figureError('(-8) ^ 0.5')).toMatchObject({ kind: 'not_a_number' });
  });

  it(`an expression longer than ${MAX_EXPRESSION_LENGTH} characters is refused before parsing`, () => {
    const long = Array.from({ length: 1500 }, () => '1').join(' + ');
    expect(long.length).toBeGreaterThan(MAX_EXPRESSION_LENGTH);
    expect(figureError(long)).toMatchObject({
      kind: 'too_long',
      message: expect.stringContaining('the limit is 4,000'),
    });
  });

  it('a name defined twice is an error on that name, naming both places', () => {
    const engine = createEngine();
    engine.setVariables([
      { name: 'x', expr: '1', where: 'calc block 1, line 1' },
      { name: 'x', expr: '2', where: 'calc block 2, line 4' },
    ]);
    expect(errorOf(engine.variableValue('x'))).toMatchObject({
      kind: 'duplicate_name',
      message: '"x" is defined more than once (calc block 1, line 1; calc block 2, line 4).',
    });
  });

  it('a variable whose name is not an identifier is an error', () => {
    const engine = createEngine();
    engine.setVariables([{ name: '2x', expr: '1', where: 'calc block 1, line 1' }]);
    expect(errorOf(engine.variableValue('2x'))).toMatchObject({
      kind: 'syntax',
      message: expect.stringContaining('"2x" is not a valid name'),
    });
  });
});

describe('dependents are blocked; the rest keep working', () => {
  const engine = createEngine();
  engine.setFacts(SAMPLE_FACTS);
  engine.setVariables([
    { name: 'bad', expr: 'AMZN.capex.FY2025 / 0', where: 'calc block 1, line 1' },
    { name: 'uses_bad', expr: 'bad * 2', where: 'calc block 1, line 2' },
    {
      name: 'good',
      expr: 'OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
      where: 'calc block 1, line 3',
    },
    { name: 'a', expr: 'b', where: 'calc block 2, line 1' },
    { name: 'b', expr: 'a', where: 'calc block 2, line 2' },
  ]);
  engine.setFigures(['uses_bad + 1', 'good', 'a + 1', 'bad']);

  it('a variable reading an error is blocked by it', () => {
    expect(errorOf(engine.variableValue('uses_bad'))).toEqual({
      kind: 'blocked',
      message:
        'Blocked by an error in bad: Division by zero in "AMZN.capex.FY2025 / 0" (position 19).',
      where: 'uses_bad',
      blockedBy: 'bad',
    });
  });

  it('a figure two steps away is blocked by the root error', () => {
    expect(errorOf(engine.figureValue('uses_bad + 1'))).toMatchObject({
      kind: 'blocked',
      blockedBy: 'bad',
      where: 'uses_bad + 1',
    });
  });

  it('a figure reading a cycle member is blocked by it', () => {
    expect(errorOf(engine.figureValue('a + 1'))).toMatchObject({ kind: 'blocked', blockedBy: 'a' });
  });

  it('the rest of the memo computes', () => {
    expect(engine.figureValue('good')).toEqual({ ok: true, value: 0.4, unit: '' });
    expect(errorOf(engine.variableValue('bad'))).toMatchObject({
      kind: 'division_by_zero',
      where: 'bad',
    });
    expect(errorOf(engine.figureValue('bad'))).toMatchObject({
      kind: 'blocked',
      where: 'bad',
      blockedBy: 'bad',
    });
  });
});
