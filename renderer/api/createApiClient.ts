import type {
  ArgsOf,
  EventName,
  HandlerName,
  PayloadOf,
  ResultOf,
} from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/apiError';
import type { Transport } from './transport';

/** A failed call, carrying the backend's typed error for the UI to show. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  kind: Transport['kind'];
  /** Resolves with the result, or rejects with an ApiCallError. */
  invoke<K extends HandlerName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>>;
  on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    kind: transport.kind,
    async invoke(name, args) {
      const result = (await transport.invoke(name, args)) as ApiResult<never>;
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value;
    },
    on(event, listener) {
      return transport.subscribe((name, payload) => {
        if (name === event) listener(payload as PayloadOf<typeof event>);
      });
    },
  };
}
