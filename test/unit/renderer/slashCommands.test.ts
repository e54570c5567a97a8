import { describe, expect, it } from 'vitest';
import { filterSlashCommands } from '../../../renderer/editor/slashMenu/slashCommands';

const ids = (q: string) => filterSlashCommands(q).map((c) => c.id);

describe('the / menu filters its commands by what follows the slash', () => {
  it('lists every command for an empty query, figure first', () => {
    expect(ids('')[0]).toBe('figure');
    expect(ids('').length).toBeGreaterThanOrEqual(12);
  });

  it('ranks a title prefix before a word and a keyword match', () => {
    expect(ids('ca')[0]).toBe('calc');
    expect(ids('h2')).toEqual(['h2']);
    expect(ids('list')).toEqual(expect.arrayContaining(['bullets', 'numbers']));
    expect(ids('note')[0]).toBe('footnote');
  });

  it('returns nothing for a query nothing matches', () => {
    expect(ids('zzz')).toEqual([]);
  });
});
