import { z } from 'zod';

/**
 * Bytes in the contract (a PDF): a `Uint8Array` for every handler and feature. Electron's IPC
 * carries one as is (structured clone); JSON cannot, so the HTTP transport (browser mode: the
 * server and the renderer's client, both ends) writes each as `{ "$bytes": "<base64>" }` with
 * `toJsonText` and reads it back with `fromJsonText`. Nothing else sees base64.
 */
export const bytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array,
  'expected bytes (a Uint8Array)',
);

const TAG = '$bytes';

/** JSON text of `value`, every `Uint8Array` in it (a Node Buffer too) as `{ "$bytes": base64 }`. */
export function toJsonText(value: unknown): string {
  // A replacer makes JSON.stringify several times slower: only values that hold bytes pay it.
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, function (this: Record<string, unknown>, key, item: unknown) {
    // `this[key]` is the value before its toJSON ran (a Buffer's would turn it into numbers).
    const raw = this[key];
    return raw instanceof Uint8Array ? { [TAG]: encodeBase64(raw) } : item;
  });
}

/** Parses JSON text, turning each `{ "$bytes": base64 }` back into a `Uint8Array`; throws on bad JSON or bad base64. */
export function fromJsonText(text: string): unknown {
  if (!text.includes(`"${TAG}"`)) return JSON.parse(text) as unknown;
  return JSON.parse(text, (_key, item: unknown) =>
    isTaggedBytes(item) ? decodeBase64(item[TAG]) : item,
  );
}

/** Whether a Uint8Array sits anywhere in `value` (plain objects and arrays, as the contract's values are). */
function containsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(containsBytes);
  for (const key in value) if (containsBytes((value as Record<string, unknown>)[key])) return true;
  return false;
}

function isTaggedBytes(item: unknown): item is { [TAG]: string } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const keys = Object.keys(item);
  return (
    keys.length === 1 &&
    keys[0] === TAG &&
    typeof (item as Record<string, unknown>)[TAG] === 'string'
  );
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;
const ALPHABET_CODES = Uint16Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = 61; // '='

/** Standard base64 with padding (RFC 4648 §4). */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const out = new Uint16Array(4096);
  const flush = (length: number): void => {
    // apply, not a spread: a spread of thousands of arguments is several times slower here.
    parts.push(String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]));
  };
  const digit = (sextet: number): number => ALPHABET_CODES[sextet & 63]!;
  let o = 0;
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const triple = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = digit(triple >> 18);
    out[o++] = digit(triple >> 12);
    out[o++] = digit(triple >> 6);
    out[o++] = digit(triple);
    if (o === out.length) {
      flush(o);
      o = 0;
    }
  }
  if (whole < bytes.length) {
    const two = whole + 1 < bytes.length;
    const triple = (bytes[whole]! << 16) | (two ? bytes[whole + 1]! << 8 : 0);
    out[o++] = digit(triple >> 18);
    out[o++] = digit(triple >> 12);
    out[o++] = two ? digit(triple >> 6) : PAD;
    out[o++] = PAD;
  }
  flush(o);
  return parts.join('');
}

/** The bytes of standard padded base64; throws on anything else. */
export function decodeBase64(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (text.length % 4 !== 0)
    throw new Error('The bytes are not base64: the length is not a multiple of 4.');
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  const digit = (i: number): number => {
    const code = text.charCodeAt(i);
    if (code === PAD && i >= text.length - padding) return 0;
    const value = code < 128 ? VALUE_OF[code]! : -1;
    if (value < 0)
      throw new Error(`The bytes are not base64: character ${i + 1} is not a base64 digit.`);
    return value;
  };
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    const triple = (digit(i) << 18) | (digit(i + 1) << 12) | (digit(i + 2) << 6) | digit(i + 3);
    bytes[at++] = triple >> 16;
    if (at < bytes.length) bytes[at++] = (triple >> 8) & 255;
    if (at < bytes.length) bytes[at++] = triple & 255;
  }
  return bytes;
}
