import { describe, expect, it } from 'vitest';
import { formatWhen } from '../../../renderer/ui/formatWhen';

const now = new Date(2026, 0, 30, 15, 0);

describe('formatWhen names recent days in words', () => {
  it('says Today and Yesterday, and the date before that', () => {
    expect(formatWhen(new Date(2026, 0, 30, 9, 5).toISOString(), now)).toMatch(/^Today /);
    expect(formatWhen(new Date(2026, 0, 29, 23, 59).toISOString(), now)).toMatch(/^Yesterday /);
    expect(formatWhen(new Date(2025, 11, 3, 8, 0).toISOString(), now)).toMatch(/2025/);
  });

  it('gives back text it cannot read', () => {
    expect(formatWhen('not a date', now)).toBe('not a date');
  });
});
