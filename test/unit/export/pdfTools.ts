import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Poppler's command-line tools over PDF bytes (poppler-utils must be installed). */
export interface PdfTools {
  /** `pdftotext` of the whole document, or of one page (1-based). */
  text(page?: number, layout?: boolean): string;
  info(): Record<string, string>;
  /** `pdffonts` rows: name, type, emb, sub, uni. */
  fonts(): { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }[];
  pageCount(): number;
  /** Word boxes from `pdftotext -bbox`, page by page. */
  words(): { page: number; text: string; xMin: number; xMax: number; yMin: number }[];
  /** Pixels of page `page` rendered at `dpi`: RGB triples. */
  pixels(page: number, dpi?: number): Uint8Array;
  /** The raw bytes as latin1 text, to look for PDF objects (annotations, outlines). */
  raw(): string;
  /** `pdfinfo -struct-text`: the tagged structure tree with each element's text. */
  structText(): string;
  /** Runs a Python script with pikepdf (Debian's /usr/bin/python3); `pdf` is the open file. */
  pikepdf(script: string): string;
  /** `qpdf --check`: its report (throws when qpdf finds the file damaged). */
  qpdfCheck(): string;
  dispose(): void;
}

export function pdfTools(bytes: Uint8Array): PdfTools {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-pdf-'));
  const file = join(dir, 'memo.pdf');
  writeFileSync(file, bytes);
  const run = (cmd: string, args: string[]): string =>
    execFileSync(cmd, args, { encoding: 'utf8' });
  return {
    text(page, layout = false) {
      const range = page ? ['-f', String(page), '-l', String(page)] : [];
      return run('pdftotext', [...(layout ? ['-layout'] : []), ...range, file, '-']);
    },
    info() {
      const out = run('pdfinfo', [file]);
      return Object.fromEntries(
        out
          .split('\n')
          .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) => [m[1]!.trim(), m[2]!.trim()]),
      );
    },
    fonts() {
      return run('pdffonts', [file])
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const cols = line.trim().split(/\s+/);
          // name, type (may be two words), encoding, emb, sub, uni, object, ID
          const [emb, sub, uni] = cols.slice(-5, -2);
          return {
            name: cols[0]!,
            type: cols.slice(1, -6).join(' '),
            embedded: emb === 'yes',
            subset: sub === 'yes',
            unicode: uni === 'yes',
          };
        });
    },
    pageCount() {
      return Number(this.info()['Pages']);
    },
    words() {
      const html = run('pdftotext', ['-bbox', file, '-']);
      const words: { page: number; text: string; xMin: number; xMax: number; yMin: number }[] = [];
      let page = 0;
      for (const line of html.split('\n')) {
        if (line.includes('<page ')) page += 1;
        const m =
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(
            line,
          );
        if (m)
          words.push({
            page,
            xMin: Number(m[1]),
            yMin: Number(m[2]),
            xMax: Number(m[3]),
            text: decode(m[4]!),
          });
      }
      return words;
    },
    pixels(page, dpi = 50) {
      const prefix = join(dir, `page${page}`);
      execFileSync('pdftoppm', [
        '-r',
        String(dpi),
        '-f',
        String(page),
        '-l',
        String(page),
        file,
        prefix,
      ]);
      const ppm = readdirSync(dir).find(
        (name) => name.startsWith(`page${page}`) && name.endsWith('.ppm'),
      );
      if (!ppm) throw new Error(`pdftoppm wrote no image for page ${page}`);
      const data = readFileSync(join(dir, ppm));
      // P6 header: magic, width, height, maxval, each followed by whitespace.
      let offset = 0;
      for (let fields = 0; fields < 4; fields++) {
        while (data[offset] !== undefined && /\s/.test(String.fromCharCode(data[offset]!)))
          offset += 1;
        while (data[offset] !== undefined && !/\s/.test(String.fromCharCode(data[offset]!)))
          offset += 1;
      }
      return new Uint8Array(data.subarray(offset + 1));
    },
    raw() {
      return Buffer.from(bytes).toString('latin1');
    },
    structText() {
      return run('pdfinfo', ['-struct-text', file]);
    },
    pikepdf(script) {
      const program = `import sys, pikepdf\npdf = pikepdf.open(sys.argv[1])\n${script}`;
      return run('/usr/bin/python3', ['-c', program, file]);
    },
    qpdfCheck() {
      return run('qpdf', ['--check', file]);
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** How many pixels are clearly red (the error marking). */
export function redPixels(rgb: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3) {
    const [r, g, b] = [rgb[i]!, rgb[i + 1]!, rgb[i + 2]!];
    if (r > 150 && g < 90 && b < 90) count += 1;
  }
  return count;
}
