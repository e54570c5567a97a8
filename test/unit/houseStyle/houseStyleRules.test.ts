import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { houseStyleSchema, logoSchema } from '../../../shared/api/houseStyleApi';
import { base64OfBytes, bytesOfBase64, textOfUtf8 } from '../../../shared/houseStyle/base64Bytes';
import {
  ANALYST_FALLBACK,
  DEFAULT_CERTIFICATION,
  FIRM_NAME_MAX,
  LOGO_MAX_BYTES,
  certificationText,
  logoKindOfFileName,
} from '../../../shared/houseStyle/houseStyleRules';
import { parseSvgLogo } from '../../../shared/houseStyle/parseSvgLogo';
import { readLogo } from '../../../shared/houseStyle/readLogo';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/houseStyle/${name}`, import.meta.url)));
const svg = (body: string, root = 'viewBox="0 0 10 10"'): Uint8Array =>
  new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${root}>${body}</svg>`);
const problem = (read: ReturnType<typeof readLogo>): string => (read.ok ? '' : read.problem);

describe('base64 and UTF-8', () => {
  it('round-trip bytes of every length, like Node does', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const text = base64OfBytes(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(bytesOfBase64(text)).toEqual(bytes);
    }
    expect(bytesOfBase64('not base64!')).toBeNull();
  });

  it('decodes UTF-8 and refuses what is not', () => {
    expect(textOfUtf8(new TextEncoder().encode('Zoë € 𝄞'))).toBe('Zoë € 𝄞');
    expect(textOfUtf8(Uint8Array.from([0x41, 0xc3]))).toBeNull();
    expect(textOfUtf8(Uint8Array.from([0xff]))).toBeNull();
  });
});

describe('readLogo', () => {
  it('reads the PNG fixture and its size', () => {
    expect(readLogo('png', fixture('logo.png'))).toEqual({
      ok: true,
      logo: { kind: 'png', width: 96, height: 32 },
    });
  });

  it('refuses a file that is not a PNG, naming the file', () => {
    const read = readLogo('png', new TextEncoder().encode('hello'), 'firm.png');
    expect(problem(read)).toBe(
      'firm.png: the file is not a PNG image (it does not start with the PNG signature).',
    );
  });

  it('refuses a logo over the size limit and an empty one', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(fixture('logo.png'));
    expect(problem(readLogo('png', big, 'big.png'))).toMatch(
      /^big\.png: the file is 513 KB; a logo is at most 512 KB\.$/,
    );
    expect(problem(readLogo('svg', new Uint8Array(), 'e.svg'))).toBe('e.svg: the file is empty.');
  });

  it('reads the SVG fixture into paths, the group transform applied', () => {
    const read = readLogo('svg', fixture('logo.svg'));
    if (!read.ok || read.logo.kind !== 'svg') throw new Error(problem(read));
    expect(read.logo.svg.viewBox).toEqual([0, 0, 120, 40]);
    expect(read.logo.svg.shapes).toHaveLength(6);
    expect(read.logo.svg.shapes[0]).toEqual({
      d: 'M0 0H40V40H0Z',
      fill: '#14365d',
      stroke: null,
      strokeWidth: 1,
      matrix: [1, 0, 0, 1, 0, 0],
    });
    const ring = read.logo.svg.shapes[5]!;
    expect(ring).toMatchObject({ fill: null, stroke: '#c8102e', strokeWidth: 3 });
    expect(ring.matrix).toEqual([1, 0, 0, 1, 48, 8]);
  });

  it('refuses an SVG it cannot draw, saying what', () => {
    expect(problem(readLogo('svg', svg('<text>Acme</text>'), 'a.svg'))).toBe(
      'a.svg: the SVG cannot be drawn: it has a <text> element, which Tickmark cannot draw in a PDF (use paths only, or a PNG).',
    );
    expect(problem(readLogo('svg', svg('<path d="M0 0L5 5" fill="url(#g)"/>')))).toMatch(
      /its fill "url\(#g\)" is not a colour Tickmark draws/,
    );
    expect(problem(readLogo('svg', svg('<g transform="rotate(45)"><path d="M0 0"/></g>')))).toMatch(
      /transform "rotate\(45\)" is not one Tickmark draws/,
    );
    expect(problem(readLogo('svg', svg('<path d="M0 0L5 5"/>', 'width="100%"')))).toMatch(
      /neither a viewBox nor a width and height|is not a length/,
    );
    expect(problem(readLogo('svg', svg('')))).toMatch(/it draws nothing/);
  });

  it('refuses text that is not an SVG at all, and a PNG chosen as an SVG', () => {
    expect(problem(readLogo('svg', new TextEncoder().encode('<html><body/></html>')))).toMatch(
      /its root element is <html>, not <svg>/,
    );
    expect(
      problem(readLogo('svg', new TextEncoder().encode('<svg viewBox="0 0 1 1"><path d="M0 0"/>'))),
    ).toMatch(/not well-formed XML/);
    expect(problem(readLogo('svg', fixture('logo.png')))).toMatch(/is a PNG image, not an SVG/);
  });

  it('reads basic shapes as paths', () => {
    const read = parseSvgLogo(
      '<svg viewBox="0 0 10 10"><polygon points="0,0 10,0 5,8"/><line x1="0" y1="9" x2="10" y2="9" stroke="#000"/></svg>',
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.svg.shapes.map((s) => s.d)).toEqual(['M0 0L10 0L5 8Z', 'M0 9L10 9']);
  });
});

describe('the house style schema', () => {
  const logo = {
    kind: 'png' as const,
    fileName: 'logo.png',
    base64: base64OfBytes(fixture('logo.png')),
  };

  it('accepts a full style and refuses a firm name over the limit or on two lines', () => {
    const style = {
      firm: 'Harbor Point Capital',
      logo,
      disclaimer: '',
      certification: DEFAULT_CERTIFICATION,
      disclosures: 'x',
    };
    expect(houseStyleSchema.parse(style)).toEqual(style);
    expect(
      houseStyleSchema.safeParse({ ...style, firm: 'x'.repeat(FIRM_NAME_MAX + 1) }).success,
    ).toBe(false);
    const twoLines = houseStyleSchema.safeParse({ ...style, firm: 'A\nB' });
    expect(twoLines.error?.issues[0]?.message).toBe('The firm name is one line.');
  });

  it('checks the logo bytes by readLogo, the message naming the file', () => {
    const bad = logoSchema.safeParse({
      ...logo,
      fileName: 'x.png',
      base64: base64OfBytes(new Uint8Array([1, 2, 3])),
    });
    expect(bad.error?.issues[0]?.message).toBe(
      'x.png: the file is not a PNG image (it does not start with the PNG signature).',
    );
    expect(bad.error?.issues[0]?.path).toEqual(['base64']);
  });
});

describe('certification text and logo kinds', () => {
  it('names the analyst, or the fallback when the memo has no author', () => {
    expect(certificationText('I, {analyst}, certify.', ' Jane Doe ')).toBe('I, Jane Doe, certify.');
    expect(certificationText('I, {analyst}, certify.', '')).toBe(
      `I, ${ANALYST_FALLBACK}, certify.`,
    );
  });

  it('knows a logo kind by its extension', () => {
    expect(logoKindOfFileName('Firm.PNG')).toBe('png');
    expect(logoKindOfFileName('firm.svg')).toBe('svg');
    expect(logoKindOfFileName('firm.jpg')).toBeNull();
  });
});
