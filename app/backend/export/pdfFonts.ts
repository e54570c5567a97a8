import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const FONT_FILES = {
  serif: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  'serif-italic':
    '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  'serif-bold': '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  'serif-bold-italic':
    '@expo-google-fonts/source-serif-4/600SemiBold_Italic/SourceSerif4_600SemiBold_Italic.ttf',
  sans: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  'sans-italic': '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf',
  'sans-medium': '@expo-google-fonts/inter/500Medium/Inter_500Medium.ttf',
  'sans-bold': '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  'sans-bold-italic': '@expo-google-fonts/inter/600SemiBold_Italic/Inter_600SemiBold_Italic.ttf',
} as const satisfies Record<string, string>;

/** The faces the export uses: Source Serif 4 for prose, Inter for headings, tables and running heads. */
export type FontRole = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);
const loaded = new Map<string, Buffer>();

function fontBytes(role: string, file: string): Buffer {
  let bytes = loaded.get(role);
  if (!bytes) {
    try {
      bytes = readFileSync(fontPath(file));
    } catch (error) {
      throw new Error(`PDF export: cannot read the font file ${file} (${String(error)}).`);
    }
    loaded.set(role, bytes);
  }
  return bytes;
}

/**
 * A bundle (dist/cli, dist/app) carries the fonts in fonts/ beside itself (scripts/runtimeAssets.mjs
 * copies the files named above), so a package needs no font packages; the source tree reads them
 * from node_modules.
 */
function fontPath(file: string): string {
  const beside = fileURLToPath(new URL(`./fonts/${basename(file)}`, import.meta.url));
  return existsSync(beside) ? beside : require.resolve(file);
}

/** Registers every face under its role name; pdfkit embeds (subset) only the faces a page uses. */
export function registerMemoFonts(doc: PDFKit.PDFDocument): void {
  for (const [role, file] of Object.entries(FONT_FILES)) {
    doc.registerFont(role, fontBytes(role, file));
  }
}

/** The face for a family with marks applied. */
export function fontFor(family: 'serif' | 'sans', bold: boolean, italic: boolean): FontRole {
  if (bold) return italic ? `${family}-bold-italic` : `${family}-bold`;
  return italic ? `${family}-italic` : family;
}
