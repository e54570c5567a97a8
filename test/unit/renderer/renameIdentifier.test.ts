import { describe, expect, it } from 'vitest';
import {
  renameIdentifier,
  usesIdentifier,
} from '../../../renderer/editor/calcBlock/renameIdentifier';

describe('renameIdentifier renames a memo variable as a whole name only', () => {
  it('renames every use of the name', () => {
    expect(
      renameIdentifier('capex_share * 2 + max(capex_share, 1)', 'capex_share', 'capex_pct'),
    ).toBe('capex_pct * 2 + max(capex_pct, 1)');
  });

  it('leaves longer names, dotted fact references and strings alone', () => {
    expect(renameIdentifier('share + share_2 + AMZN.share + share.x', 'share', 'part')).toBe(
      'part + share_2 + AMZN.share + share.x',
    );
    expect(renameIdentifier('"share" + share', 'share', 'part')).toBe('"share" + part');
  });

  it('does not touch numbers with exponents', () => {
    expect(renameIdentifier('1e5 * e', 'e', 'euler')).toBe('1e5 * euler');
  });

  it('tells whether an expression reads the name', () => {
    expect(usesIdentifier('a / AMZN.capex.FY2025', 'a')).toBe(true);
    expect(usesIdentifier('AMZN.a + ab', 'a')).toBe(false);
  });
});
