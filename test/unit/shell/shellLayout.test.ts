import { describe, expect, it } from 'vitest';
import { toggleData, toggleSplit } from '../../../renderer/features/shell/shellLayout';

describe('layout shortcuts toggle and come back to where the analyst was', () => {
  it('Ctrl+Shift+D goes to the data browser and back to the previous layout', () => {
    expect(toggleData('memo', 'memo')).toBe('data');
    expect(toggleData('split', 'memo')).toBe('data');
    expect(toggleData('data', 'split')).toBe('split');
    expect(toggleData('data', 'data')).toBe('memo');
  });

  it('Ctrl+\\ puts memo and data side by side, and back to the memo', () => {
    expect(toggleSplit('memo')).toBe('split');
    expect(toggleSplit('data')).toBe('split');
    expect(toggleSplit('split')).toBe('memo');
  });
});
