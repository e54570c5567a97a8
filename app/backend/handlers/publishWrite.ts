import type { EventBus } from '../events/createEventBus';
import type { WriteOutcome } from '../facts/writeOutcome';

/**
 * Pushes what a write changed (`facts:changed` per scenario touched, then `entities:changed`,
 * then `memos:changed` per memo rewritten) and returns its result: the whole of a write
 * handler after its one transaction.
 */
export function publishWrite<T>(events: EventBus, outcome: WriteOutcome<T>): T {
  for (const payload of outcome.changed) {
    if (payload.upserted.length > 0 || payload.removed.length > 0)
      events.emit('facts:changed', payload);
  }
  if (outcome.entities.length > 0) events.emit('entities:changed', { codes: outcome.entities });
  for (const memo of outcome.memos ?? [])
    events.emit('memos:changed', { ...memo, action: 'saved' });
  return outcome.result;
}
