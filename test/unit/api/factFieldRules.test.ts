import { describe, expect, it } from 'vitest';
import { factFieldProblem } from '../../../shared/api/factFields';
import {
  asOfSchema,
  periodSchema,
  unitSchema,
  entityCodeSchema,
} from '../../../shared/api/factsApi';
import { validateFactFields } from '../../../app/backend/facts/validateFactInput';
import { parseFactField } from '../../../renderer/features/dataBrowser/parseFactField';
import { PRESET_NAMES, FORMAT_CHOICES } from '../../../shared/format/formatPresets';

const good = {
  entity: 'AMZN',
  metric: 'capex',
  period: 'FY2025',
  scenario: '',
  value: 1,
  unit: 'USD',
  source: '',
  asOf: null,
  note: '',
};

const cases = [
  ['entity', entityCodeSchema, '1AMZN'],
  ['period', periodSchema, '2025'],
  ['unit', unitSchema, 'dollars'],
  ['asOf', asOfSchema, '2026-02-30'],
] as const;

describe('a fact field is refused in one wording by the contract, the backend and the grid', () => {
  for (const [field, schema, bad] of cases) {
    it(`${field} "${bad}"`, () => {
      const problem = factFieldProblem(field, bad);
      expect(problem).toMatch(new RegExp(`^"${bad}" is not `));
      const parsed = schema.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(problem);
      expect(() => validateFactFields({ ...good, [field]: bad })).toThrow(
        `Cannot write fact: ${field} ${problem}.`,
      );
      expect(parseFactField(field, bad)).toEqual({ ok: false, message: `${problem}.` });
    });
  }

  it('the format picker offers exactly the presets the formatter knows', () => {
    expect(FORMAT_CHOICES.map((c) => c.name)).toEqual(['', ...PRESET_NAMES]);
  });
});
