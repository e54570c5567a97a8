import { timingSafeEqual } from 'node:crypto';

export interface GuardInput {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Decides whether a request may reach the API. Any web page in the user's browser can send
 * requests to 127.0.0.1, so three checks keep them out: the Host must be ours (against DNS
 * rebinding), an Origin, when sent, must be ours, and the per-run token must match.
 */
export function checkRequest(input: GuardInput, port: number, expectedToken: string): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!input.host || !allowedHosts.includes(input.host)) {
    return { ok: false, reason: `host ${input.host ?? '(none)'} is not allowed` };
  }
  if (
    input.origin !== undefined &&
    !allowedHosts.map((h) => `http://${h}`).includes(input.origin)
  ) {
    return { ok: false, reason: `origin ${input.origin} is not allowed` };
  }
  if (!input.token || !sameSecret(input.token, expectedToken)) {
    return { ok: false, reason: input.token ? 'wrong token' : 'missing token' };
  }
  return { ok: true };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
