import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../app/server/requestGuard';

const PORT = 4000;
const TOKEN = 'secret-token';
const ok = { host: `127.0.0.1:${PORT}`, origin: `http://127.0.0.1:${PORT}`, token: TOKEN };

describe('the browser-mode request guard', () => {
  it('lets our own page in', () => {
    expect(checkRequest(ok, PORT, TOKEN)).toEqual({ ok: true });
    expect(checkRequest({ ...ok, origin: undefined }, PORT, TOKEN)).toEqual({ ok: true });
  });

  it.each([
    ['a missing token', { ...ok, token: undefined }, 'missing token'],
    ['a wrong token', { ...ok, token: 'secret-tokem' }, 'wrong token'],
    ['a token of another length', { ...ok, token: 'x' }, 'wrong token'],
    ['another origin', { ...ok, origin: 'https://evil.example' }, 'origin'],
    ['our host on another port as origin', { ...ok, origin: 'http://127.0.0.1:4001' }, 'origin'],
    ['a rebinding host name', { ...ok, host: `evil.example:${PORT}` }, 'host'],
    ['no host', { ...ok, host: undefined }, 'host'],
  ])('refuses %s', (_label, input, reason) => {
    const verdict = checkRequest(input, PORT, TOKEN);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toContain(reason);
  });
});
