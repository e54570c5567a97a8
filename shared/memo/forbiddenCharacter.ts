/** A character a memo may not hold, where it stands in its string, and what it is. */
export interface ForbiddenCharacter {
  offset: number;
  description: string;
}

/**
 * The first character of `text` a memo may not hold: a control character (other than tab and
 * line feed where `lineBreaks` allows them) or an unpaired surrogate. Markdown cannot carry
 * them faithfully, and no analyst means to type them.
 */
export function findForbiddenCharacter(
  text: string,
  { lineBreaks }: { lineBreaks: boolean },
): ForbiddenCharacter | null {
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        offset++;
        continue;
      }
      return { offset, description: `an unpaired surrogate ${codePoint(code)}` };
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      return { offset, description: `an unpaired surrogate ${codePoint(code)}` };
    }
    if (isControl(code) && !(lineBreaks && (code === 0x09 || code === 0x0a))) {
      return { offset, description: `the control character ${codePoint(code)}` };
    }
  }
  return null;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
