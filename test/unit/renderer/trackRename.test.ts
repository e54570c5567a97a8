import { describe, expect, it } from 'vitest';
import { trackRename, type NamedLine } from '../../../renderer/editor/calcBlock/trackRename';

const line = (name: string | null, expr: string | null = 'A / B'): NamedLine => ({ name, expr });

describe('trackRename follows one rename across keystrokes', () => {
  it('starts when a line keeps its expression and changes its name', () => {
    const r = trackRename(null, [line('capex_share')], [line('capex_shar')]);
    expect(r).toEqual({ line: 0, from: 'capex_share', to: 'capex_shar' });
  });

  it('keeps the original name as the name is typed letter by letter, through an unfinished name', () => {
    let pending = trackRename(null, [line('capex_share')], [line('capex_shar')]);
    pending = trackRename(pending, [line('capex_shar')], [line(null, null)]);
    expect(pending).toEqual({ line: 0, from: 'capex_share', to: null });
    pending = trackRename(pending, [line(null, null)], [line('capex_pct')]);
    expect(pending).toEqual({ line: 0, from: 'capex_share', to: 'capex_pct' });
  });

  it('ends when the name returns to the original', () => {
    const pending = trackRename(null, [line('a')], [line('ab')]);
    expect(trackRename(pending, [line('ab')], [line('a')])).toBeNull();
  });

  it('is not a rename when the whole line is replaced or lines are added', () => {
    expect(trackRename(null, [line('a', 'X')], [line('b', 'Y')])).toBeNull();
    expect(trackRename(null, [line('a')], [line('b'), line('a')])).toBeNull();
  });

  it('is not a rename when the old name is still defined on another line', () => {
    expect(trackRename(null, [line('a'), line('a', 'C')], [line('b'), line('a', 'C')])).toBeNull();
  });
});
