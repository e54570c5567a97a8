import type { IncomingMessage } from 'node:http';
import { fromJsonText } from '../../shared/api/bytesCodec';

const MAX_BODY_BYTES = 256 * 1024 * 1024;

/** Reads a request body as JSON (bytes tagged as bytesCodec writes them); an empty body is `{}`. */
export async function readJsonBody(
  req: IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, message: 'Request body is too large.' };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: fromJsonText(text) };
  } catch {
    return { ok: false, message: 'Request body is not valid JSON (or its bytes are not base64).' };
  }
}
