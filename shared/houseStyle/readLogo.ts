import { textOfUtf8 } from './base64Bytes';
import { LOGO_MAX_BYTES, type LogoKind } from './houseStyleRules';
import { parseSvgLogo, type SvgLogo } from './parseSvgLogo';

/** A logo read and checked: its kind, its natural size, and (SVG) the shapes to draw. */
export type ReadLogo =
  | { kind: 'png'; width: number; height: number }
  | { kind: 'svg'; width: number; height: number; svg: SvgLogo };

export type LogoRead = { ok: true; logo: ReadLogo } | { ok: false; problem: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Checks a logo file's bytes against its kind (the one rule: the contract, the CLI and the
 * dialog all call it): at most `LOGO_MAX_BYTES`, a PNG that starts like one, or an SVG Tickmark
 * can draw. A problem names the file (`name`) and says what is wrong with it.
 */
export function readLogo(kind: LogoKind, bytes: Uint8Array, name = 'The logo'): LogoRead {
  const refuse = (problem: string): LogoRead => ({ ok: false, problem: `${name}: ${problem}` });
  if (bytes.length === 0) return refuse('the file is empty.');
  if (bytes.length > LOGO_MAX_BYTES)
    return refuse(`the file is ${kib(bytes.length)}; a logo is at most ${kib(LOGO_MAX_BYTES)}.`);
  const isPng = PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
  if (kind === 'png') {
    if (!isPng)
      return refuse('the file is not a PNG image (it does not start with the PNG signature).');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const ihdr = bytes.length >= 33 && String.fromCharCode(...bytes.slice(12, 16)) === 'IHDR';
    const width = ihdr ? view.getUint32(16) : 0;
    const height = ihdr ? view.getUint32(20) : 0;
    if (!ihdr || width === 0 || height === 0)
      return refuse('the PNG has no readable image header (IHDR).');
    return { ok: true, logo: { kind, width, height } };
  }
  if (isPng) return refuse('the file is a PNG image, not an SVG; choose it as a PNG.');
  const text = textOfUtf8(bytes);
  if (text === null) return refuse('the SVG is not UTF-8 text.');
  const read = parseSvgLogo(text);
  if (!read.ok) return refuse(`the SVG cannot be drawn: ${read.problem}`);
  const [, , width, height] = read.svg.viewBox;
  return { ok: true, logo: { kind, width, height, svg: read.svg } };
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}
