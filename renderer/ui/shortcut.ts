/** A keyboard shortcut written as people read it: `Mod+N`, `Mod+Shift+D`, `Alt+ArrowUp`, `?`. */
export type ShortcutSpec = string;

/** The parts of a KeyboardEvent a shortcut looks at (so matching is testable without a DOM). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * True when the key event is the shortcut. `Mod` is Ctrl, or Cmd on a Mac; letters match
 * case-insensitively; every modifier not named must be up.
 */
export function matchesShortcut(event: KeyLike, spec: ShortcutSpec, isMac = false): boolean {
  const parts = spec.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((part) => part.toLowerCase()));
  const wantCtrl = mods.has('ctrl') || (mods.has('mod') && !isMac);
  const wantMeta = mods.has('meta') || (mods.has('mod') && isMac);
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta) return false;
  if (event.altKey !== mods.has('alt')) return false;
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) {
    // Punctuation keys: the shifted character is the key itself, so Shift is not compared.
    return event.key === key;
  }
  if (event.shiftKey !== mods.has('shift')) return false;
  return event.key.toLowerCase() === key.toLowerCase() || codeKey(event) === key.toLowerCase();
}

/** Shortcut text for people: `Ctrl+Shift+D`, or `⌘⇧D` on a Mac. */
export function shortcutLabel(spec: ShortcutSpec, isMac = false): string {
  const parts = spec.split('+');
  if (!isMac) return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
  const symbols: Record<string, string> = { Mod: '⌘', Meta: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥' };
  return parts.map((part) => symbols[part] ?? part).join('');
}

// With Alt held, some layouts report a special character in `key`; `code` still names the key.
function codeKey(event: KeyLike): string | undefined {
  const code = (event as KeyLike & { code?: string }).code;
  const m = code ? /^Key([A-Z])$|^Digit(\d)$/.exec(code) : null;
  return m ? (m[1] ?? m[2] ?? '').toLowerCase() : undefined;
}
