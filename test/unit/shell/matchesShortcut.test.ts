import { describe, expect, it } from 'vitest';
import { matchesShortcut, shortcutLabel } from '../../../renderer/ui/shortcut';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('matchesShortcut', () => {
  it('matches Mod as Ctrl off a Mac and as Cmd on one', () => {
    expect(matchesShortcut(key('n', { ctrl: true }), 'Mod+N')).toBe(true);
    expect(matchesShortcut(key('n', { meta: true }), 'Mod+N')).toBe(false);
    expect(matchesShortcut(key('n', { meta: true }), 'Mod+N', true)).toBe(true);
  });

  it('requires exactly the modifiers named', () => {
    expect(matchesShortcut(key('D', { ctrl: true, shift: true }), 'Mod+Shift+D')).toBe(true);
    expect(matchesShortcut(key('d', { ctrl: true }), 'Mod+Shift+D')).toBe(false);
    expect(matchesShortcut(key('n', { ctrl: true, alt: true }), 'Mod+N')).toBe(false);
    expect(matchesShortcut(key('n'), 'Mod+N')).toBe(false);
  });

  it('matches punctuation whatever Shift produced it', () => {
    expect(matchesShortcut(key('\\', { ctrl: true }), 'Mod+\\')).toBe(true);
    expect(matchesShortcut(key('?', { shift: true }), '?')).toBe(true);
  });

  it('labels shortcuts for the platform', () => {
    expect(shortcutLabel('Mod+Shift+D')).toBe('Ctrl+Shift+D');
    expect(shortcutLabel('Mod+Shift+D', true)).toBe('⌘⇧D');
  });
});
