import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFactsCsv } from '../../../app/backend/import/parseFactsCsv';
import { isFiniteFactValue, readFactValueText } from '../../../shared/api/factFields';
import { evaluateExpression } from '../../../shared/calc/evaluateExpression';
import { TOO_LARGE_MARKER } from '../../../shared/format/errorMarkers';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useTempFolder } from '../backend/tempFolder';
import { tickmark } from '../cli/runTickmark';

const tempFolder = useTempFolder('tickmark-nonfinite-');
const FACTS = [
  { entity: 'A', metric: 'x', period: 'FY2025', value: 5, unit: 'USD', source: '', asOf: null },
];

describe('non-finite values are errors in expressions', () => {
  it.each([
    ['Infinity', 'Infinity is not a finite number (position 1).'],
    ['NaN', 'NaN is not a finite number (position 1).'],
    ['-Infinity', 'Infinity is not a finite number (position 2).'],
    [
      '1e400',
      'A number in the expression is too large (beyond ±1.8e308): it is not a finite number.',
    ],
    [
      '-1e400',
      'A number in the expression is too large (beyond ±1.8e308): it is not a finite number.',
    ],
    ['A.x * Infinity', 'Infinity is not a finite number (position 7).'],
    ['1e308 * 10', '"1e+308 * 10" is not a finite number.'],
  ])('%s is a not_a_number error', (expr, message) => {
    const value = evaluateExpression(expr, FACTS);
    expect(value).toMatchObject({ ok: false, error: { kind: 'not_a_number', message } });
  });

  it('a stored non-finite fact is an error wherever it is read, even under a comparison', () => {
    const facts = [{ ...FACTS[0]!, value: Number.POSITIVE_INFINITY }];
    for (const expr of ['A.x', '-A.x', 'A.x > 0 ? 1 : 2']) {
      expect(evaluateExpression(expr, facts)).toMatchObject({
        ok: false,
        error: { kind: 'not_a_number' },
      });
    }
  });
});

describe('the one rule for a fact value', () => {
  it('refuses NaN and infinities, and says when text is too large a number', () => {
    expect([1, -0.5, 1e308].every(isFiniteFactValue)).toBe(true);
    expect([Number.NaN, Infinity, -Infinity, '1', null].some(isFiniteFactValue)).toBe(false);
    expect(readFactValueText('1e400')).toEqual({
      ok: false,
      problem: '"1e400" is too large a number (beyond ±1.8e308, not a finite number)',
    });
    expect(readFactValueText('Infinity')).toEqual({
      ok: false,
      problem: '"Infinity" is not a number',
    });
    expect(readFactValueText('1.25e11')).toEqual({ ok: true, value: 1.25e11 });
  });

  it('CSV import names the line and column of a value beyond ±1.8e308', () => {
    const csv = 'entity,metric,period,value\nA,x,FY2025,1\nA,y,FY2025,1e400\nA,z,FY2025,NaN\n';
    expect(() => parseFactsCsv(csv, 'facts.csv')).toThrow(
      /line 3, column value: "1e400" is too large a number[\s\S]*line 4, column value: "NaN" is not a number/,
    );
  });
});

describe('huge finite values are shown truly or marked', () => {
  it.each([
    [1.25e302, ''],
    [1.25e302, 'usd_billion'],
    [1.25e302, '#,##0'],
    [1e300, 'x1'],
    [1e21, '#,##0'],
    [1e14, '0.0%'],
  ])('%s with "%s" shows %s', (value, format) => {
    expect(formatNumber(value, format, 'USD')).toBe(TOO_LARGE_MARKER);
  });

  it('keeps numbers within 15 digits, and any number in a scientific format', () => {
    expect(formatNumber(1e12, 'usd_billion', 'USD')).toBe('$1,000 billion');
    expect(formatNumber(123456789012345, '#,##0')).toBe('123,456,789,012,345');
    expect(formatNumber(1.25e302, '0.00E+00')).toBe('1.25E+302');
    expect(formatNumber(1.25e302, 'General')).toBe('1.25E+302');
  });
});

describe('the command line refuses non-finite figures', () => {
  it('eval exits 1, check lists each figure, export refuses', () => {
    const dir = tempFolder();
    expect(tickmark(['init', 'ws.tickmark'], dir).code).toBe(0);
    const evalRun = tickmark(['eval', 'ws.tickmark', 'Infinity'], dir);
    expect(evalRun.code).toBe(1);
    expect(evalRun.stderr).toContain('Infinity is not a finite number');
    writeFileSync(
      join(dir, 'm.md'),
      '---\ntitle: Inf\n---\n\nA {{ Infinity }}, b {{ NaN }}, c {{ 1e400 }}, d {{ 2 }}.\n',
    );
    expect(tickmark(['memo', 'add', 'ws.tickmark', 'm.md'], dir).code).toBe(0);
    const check = tickmark(['check', 'ws.tickmark', 'Inf'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/Infinity is not a finite number/);
    expect(check.stdout + check.stderr).toMatch(/NaN is not a finite number/);
    expect(check.stdout + check.stderr).toMatch(/too large \(beyond ±1\.8e308\)/);
    const exported = tickmark(['export', 'ws.tickmark', 'Inf', '-o', 'out.pdf'], dir);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/error/i);
    const setRun = tickmark(['set', 'ws.tickmark', 'A.x.FY2025', '1e400'], dir);
    expect(setRun.code).toBe(1);
    expect(setRun.stderr).toContain('"1e400" is too large a number');
  }, 120_000);
});
