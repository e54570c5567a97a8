import { eventSpecs, type EventName, type PayloadOf } from '../../../shared/api/contract';
import { contractChecksOn, contractMismatch } from '../router/contractChecks';

export type EventListener = (name: EventName, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void;
}

/**
 * Pushed events fan out to every transport (IPC windows, SSE clients, tests). With
 * `checkPayloads` (on under the tests' env flag) a payload its schema refuses throws.
 */
export function createEventBus({ checkPayloads = contractChecksOn() } = {}): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      const mismatch = checkPayloads ? contractMismatch(eventSpecs[name], payload) : null;
      if (mismatch)
        throw new Error(`Event "${name}" has a payload its contract refuses: ${mismatch}.`);
      for (const listener of [...listeners]) listener(name, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
