import { describe, expect, it } from 'vitest';
import { parseImportProblems } from '../../../renderer/features/importCsv/parseImportProblems';

describe('parseImportProblems lists each problem of a rejected import with its line and column', () => {
  it('reads one problem', () => {
    expect(
      parseImportProblems(
        'bad.csv, line 3, column value: "eighty" is not a number. Nothing was imported.',
      ),
    ).toEqual([{ line: 3, column: 'value', message: '"eighty" is not a number' }]);
  });

  it('keeps a parenthesis that belongs to the message', () => {
    expect(
      parseImportProblems(
        'bad.csv, line 2, column period: "2025" is not a period (FY2025, LTM). Nothing was imported.',
      ),
    ).toEqual([{ line: 2, column: 'period', message: '"2025" is not a period (FY2025, LTM)' }]);
  });

  it('reads the further problems listed after the first', () => {
    const message =
      'bad.csv, line 2, column value: "eighty" is not a number (and 2 more problems: line 3, column period: ' +
      '"2025" is not a period (FY2025, LTM); line 9: 3 fields where the header has 10). Nothing was imported.';
    expect(parseImportProblems(message)).toEqual([
      { line: 2, column: 'value', message: '"eighty" is not a number' },
      { line: 3, column: 'period', message: '"2025" is not a period (FY2025, LTM)' },
      { line: 9, column: null, message: '3 fields where the header has 10' },
    ]);
  });

  it('drops the ellipsis of a list cut short', () => {
    const message =
      'big.csv, line 2, column value: "x" is not a number (and more problems: line 3, column value: "y" is not a number; ...). Nothing was imported.';
    expect(parseImportProblems(message)?.map((p) => p.message)).toEqual([
      '"x" is not a number',
      '"y" is not a number',
    ]);
  });

  it('gives null for a message without a line', () => {
    expect(parseImportProblems('The file is empty.')).toBeNull();
  });
});
