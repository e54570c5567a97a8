import { afterEach, describe, expect, it } from 'vitest';
import { refuseFigureErrors } from '../../../app/backend/export/refuseFigureErrors';
import { toApiError } from '../../../app/backend/router/toApiError';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { articleFacts } from '../export/articleMemo';
import { calc, fig, memo, p } from '../export/memoBuilders';
import { backendWithWorkspace, type TestBackend } from '../backend/backendWithWorkspace';
import { useTempFolder } from '../backend/tempFolder';

const temp = useTempFolder();
let t: TestBackend;
afterEach(() => t?.backend.close());

describe('errors carry their problems as data through the router', () => {
  it('a rejected CSV lists every bad row with its place, beyond what the message names', async () => {
    t = await backendWithWorkspace(temp(), false);
    const rows = Array.from({ length: 7 }, (_, i) => `AMZN,capex,FY2025,x${i},USD`);
    const csv = ['entity,metric,period,value,unit', 'AMZN,capex,2025,1,USD', ...rows].join('\n');
    const error = await t.fail('import:preview', { csv, fileName: 'bad.csv' });
    expect(error.code).toBe('invalid_args');
    expect(error.problems?.[0]).toEqual({
      code: 'bad_field',
      message: '"2025" is not a period (FY2025, CY2025, H1_2025, Q3_2025, LTM or D2025_09_30)',
      place: 'line 2, column period',
    });
    expect(error.problems?.map((p) => p.place)).toEqual([
      'line 2, column period',
      ...rows.map((_, i) => `line ${i + 3}, column value`),
    ]);
    expect(error.problems?.[7]?.message).toBe('"x6" is not a number');
    expect(error.message).not.toContain('x6');
  });

  it('arguments the contract refuses are problems with their path', async () => {
    t = await backendWithWorkspace(temp(), false);
    const error = await t.fail('facts:update', {
      ref: { id: 1 },
      set: { period: '2025', unit: 'dollars' },
    });
    expect(error.problems).toEqual([
      expect.objectContaining({ place: 'set.period', message: expect.stringContaining('"2025"') }),
      expect.objectContaining({ place: 'set.unit', message: expect.stringContaining('"dollars"') }),
    ]);
  });

  it('an export refusal lists each figure error with its place', () => {
    const broken = memo(
      { title: 'Broken' },
      calc('bad = AMZNX.capex.FY2025'),
      p('The typo is ', fig('AMZN.capexx', ''), '.'),
    );
    const evaluation = evaluateMemo(broken, articleFacts);
    let thrown: unknown;
    try {
      refuseFigureErrors(evaluation, false);
    } catch (error) {
      thrown = error;
    }
    const api = toApiError(thrown);
    expect(api.problems).toEqual(
      evaluation.problems.map((p) => ({
        code: p.code ?? 'figure_error',
        message: p.message,
        place: p.place,
      })),
    );
    expect(api.problems?.length).toBeGreaterThanOrEqual(2);
  });
});
