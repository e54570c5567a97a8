import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../app/backend/router/createRouter';
import { httpTransport } from '../../../renderer/api/httpTransport';
import { createApiClient } from '../../../renderer/api/createApiClient';
import {
  decodeBase64,
  encodeBase64,
  fromJsonText,
  toJsonText,
} from '../../../shared/api/bytesCodec';
import { TEST_TOKEN, useTestServer } from '../../support/useTestServer';

/** Bytes 0..n-1 scrambled, so every value and every padding case occurs. */
const sample = (n: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) % 256);

describe('bytes over JSON (the HTTP transport)', () => {
  it('writes base64 exactly as Node does and reads it back, every length and padding', () => {
    for (let n = 0; n < 300; n++) {
      const bytes = sample(n);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
    const big = sample(1_000_003);
    expect(Buffer.from(decodeBase64(encodeBase64(big))).equals(Buffer.from(big))).toBe(true);
  });

  it('refuses text that is not base64', () => {
    expect(() => decodeBase64('abc')).toThrow(/multiple of 4/);
    expect(() => decodeBase64('ab%d')).toThrow(/character 3/);
    expect(() => decodeBase64('a=bc')).toThrow(/character 2/);
    expect(() => decodeBase64('é123')).toThrow(/character 1/);
  });

  it('tags each Uint8Array (a Buffer too) and turns the tags back into Uint8Arrays', () => {
    const value = {
      bytes: sample(5),
      nested: [{ pdf: Buffer.from('%PDF-') }],
      text: 'plain',
      numbers: [1, 2],
    };
    const text = toJsonText(value);
    expect(JSON.parse(text)).toEqual({
      bytes: { $bytes: Buffer.from(sample(5)).toString('base64') },
      nested: [{ pdf: { $bytes: Buffer.from('%PDF-').toString('base64') } }],
      text: 'plain',
      numbers: [1, 2],
    });
    const back = fromJsonText(text) as typeof value;
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect(back.bytes).toEqual(sample(5));
    expect(new TextDecoder().decode(back.nested[0]!.pdf)).toBe('%PDF-');
    expect(back.text).toBe('plain');
    // Only an object with exactly the one key is a tag.
    expect(fromJsonText('{"a":{"$bytes":"QQ==","b":1}}')).toEqual({ a: { $bytes: 'QQ==', b: 1 } });
  });
});

describe('export:pdf carries bytes', () => {
  it('the router in test mode refuses a PDF sent as base64 text and passes a Uint8Array', async () => {
    const asText = createRouter({ checkResults: true });
    asText.register(
      'export:pdf',
      () =>
        ({
          fileName: 'a.pdf',
          bytes: Buffer.from('%PDF-').toString('base64'),
          pages: 1,
          version: 1,
        }) as never,
    );
    const refused = await asText.invoke('export:pdf', { memoId: 1 });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/contract refuses: expected bytes .* at bytes/) },
    });

    const asBytes = createRouter({ checkResults: true });
    asBytes.register('export:pdf', () => ({
      fileName: 'a.pdf',
      bytes: new TextEncoder().encode('%PDF-'),
      pages: 1,
      version: 1,
    }));
    expect(await asBytes.invoke('export:pdf', { memoId: 1 })).toMatchObject({ ok: true });
  });

  describe('over HTTP', () => {
    const { dir, post, server } = useTestServer('tickmark-bytes-');
    const headers = { 'x-tickmark-token': TEST_TOKEN, 'content-type': 'application/json' };
    let memoId = 0;
    beforeAll(async () => {
      await post('workspace:create', { path: join(dir(), 'ws.tickmark'), sample: false }, headers);
      const created = (await post('memos:create', { title: 'Bytes' }, headers)).json as {
        value: { id: number };
      };
      memoId = created.value.id;
    });

    it('the server writes the PDF tagged and the renderer client hands it over as a Uint8Array', async () => {
      const raw = (await post('export:pdf', { memoId }, headers)).json as {
        ok: boolean;
        value: { bytes: { $bytes: string }; pages: number };
      };
      expect(raw.ok).toBe(true);
      expect(Buffer.from(raw.value.bytes.$bytes, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

      const api = createApiClient(httpTransport(TEST_TOKEN, `http://127.0.0.1:${server().port}`));
      const result = await api.invoke('export:pdf', { memoId, options: {} });
      expect(result.bytes).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(result.bytes.subarray(0, 5))).toBe('%PDF-');
      expect(result.pages).toBe(1);
    }, 60_000);
  });
});
