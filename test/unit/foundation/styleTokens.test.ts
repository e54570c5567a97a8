import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '../../../renderer');
const TOKENS = 'styles/tokens.css';
/** Custom properties a component sets inline from its state (FactGrid's column widths). */
const SET_BY_COMPONENTS = new Set(['--grid-columns', '--grid-min-width']);

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const sheets = cssFiles(RENDERER).map((path) => ({
  file: relative(RENDERER, path),
  css: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
}));
const tokens = sheets.find((s) => s.file === TOKENS)!.css;
const DECLARATION = /(?:^|[{;])\s*(--[a-z0-9-]+)\s*:/gm;
const definedTokens = [...tokens.matchAll(DECLARATION)].map((m) => m[1]!);

describe('the one token layer (renderer/styles/tokens.css)', () => {
  it('defines each token once', () => {
    expect(definedTokens.filter((t, i) => definedTokens.indexOf(t) !== i)).toEqual([]);
  });

  it('is the only place a custom property is defined', () => {
    const elsewhere = sheets
      .filter((s) => s.file !== TOKENS)
      .flatMap((s) => [...s.css.matchAll(DECLARATION)].map((m) => `${s.file}: ${m[1]}`));
    expect(elsewhere).toEqual([]);
  });

  it('is read with no fallback, and only for tokens it defines', () => {
    const problems = sheets.flatMap((s) =>
      [...s.css.matchAll(/var\(\s*(--[a-z0-9-]+)\s*(,)?/g)]
        .filter(
          ([, name, comma]) =>
            comma || !(definedTokens.includes(name!) || SET_BY_COMPONENTS.has(name!)),
        )
        .map(([text]) => `${s.file}: ${text}`),
    );
    expect(problems).toEqual([]);
  });

  it('holds every font size: the rest of the CSS reads the type scale', () => {
    const literal = sheets
      .filter((s) => s.file !== TOKENS)
      .flatMap((s) =>
        [...s.css.matchAll(/font(?:-size)?\s*:[^;]*?\b\d+(?:\.\d+)?(?:px|pt|rem|em)\b[^;]*;/g)].map(
          (m) => `${s.file}: ${m[0]}`,
        ),
      );
    expect(literal).toEqual([]);
  });

  it('names a type step for each role the PDF scale has on the page', () => {
    for (const role of ['title', 'subtitle', 'h1', 'h2', 'h3', 'h4', 'body', 'cell'])
      expect(definedTokens, role).toContain(`--memo-text-${role}`);
  });
});
