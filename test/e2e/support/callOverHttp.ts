import type { ApiResult } from '../../../shared/api/apiError';
import type { ArgsOf, HandlerName, ResultOf } from '../../../shared/api/contract';
import { fromJsonText, toJsonText } from '../../../shared/api/bytesCodec';

/**
 * Calls a handler of a browser-mode server as the renderer does (POST with the token), typed
 * from the contract; throws with the API error if the call fails.
 */
export async function callOverHttp<K extends HandlerName>(
  port: number,
  token: string,
  name: K,
  args: ArgsOf<K> | Record<string, never> = {},
): Promise<ResultOf<K>> {
  const response = await fetch(`http://127.0.0.1:${port}/api/invoke/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tickmark-token': token },
    body: toJsonText(args),
  });
  const result = fromJsonText(await response.text()) as ApiResult<ResultOf<K>>;
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
