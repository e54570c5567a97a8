import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import type { FactsChanged } from '../../../shared/api/factsApi';
import { listEntities, upsertEntity, findEntity } from '../entities/entityRepository';
import { deleteEntity } from '../entities/deleteEntity';
import { writeTransaction } from '../db/writeTransaction';
import { userChangeContext } from '../facts/changeContext';
import { allFacts, getFact, listFacts } from '../facts/factQueries';
import { createFact, deleteFacts, updateFact, upsertFacts } from '../facts/factWrites';
import { factHistory } from '../facts/factHistory';
import { factUsage } from '../facts/factUsage';

/** `entities:*` and `facts:*`: every write is one transaction and pushes `facts:changed` with what changed. */
export function factsHandlers({
  workspace,
  events,
}: BackendContext): AreaHandlers<'facts' | 'entities'> {
  const db = () => workspace.current().db;
  const ui = () => userChangeContext('ui');
  const publish = (changed: FactsChanged[]): void => {
    for (const payload of changed) {
      if (payload.upserted.length > 0 || payload.removed.length > 0)
        events.emit('facts:changed', payload);
    }
  };

  return {
    'entities:list': () => ({ entities: listEntities(db()) }),
    'entities:upsert': (args) => {
      const existed = findEntity(db(), args.code) !== undefined;
      const entity = writeTransaction(db(), () => upsertEntity(db(), args));
      if (!existed || args.name !== undefined || args.kind !== undefined)
        events.emit('entities:changed', { codes: [args.code] });
      return entity;
    },
    'entities:delete': ({ code, withFacts }) => {
      const { result, changed } = deleteEntity(db(), code, withFacts, ui());
      publish(changed);
      events.emit('entities:changed', { codes: [code] });
      return result;
    },
    'facts:list': (query) => listFacts(db(), query),
    'facts:get': ({ ref }) => getFact(db(), ref),
    'facts:usage': ({ ref }) => factUsage(db(), ref),
    'facts:create': (input) => {
      const known = findEntity(db(), input.entity) !== undefined;
      const { result, changed } = createFact(db(), input, ui());
      publish(changed);
      if (!known) events.emit('entities:changed', { codes: [input.entity] });
      return result;
    },
    'facts:update': ({ ref, set }) => {
      const newEntity = set.entity !== undefined && findEntity(db(), set.entity) === undefined;
      const { result, changed } = updateFact(db(), ref, set, ui());
      publish(changed);
      if (newEntity && set.entity) events.emit('entities:changed', { codes: [set.entity] });
      return result;
    },
    'facts:delete': ({ refs }) => {
      const { result, changed } = deleteFacts(db(), refs, ui());
      publish(changed);
      return result;
    },
    'facts:upsertMany': ({ facts }) => {
      const unknown = [...new Set(facts.map((f) => f.entity))].filter(
        (code) => findEntity(db(), code) === undefined,
      );
      const { result, changed } = upsertFacts(db(), facts, userChangeContext('api'));
      publish(changed);
      if (unknown.length > 0) events.emit('entities:changed', { codes: unknown });
      return result;
    },
    'facts:history': ({ ref }) => {
      const identity = 'id' in ref ? getFact(db(), ref) : ref;
      return { changes: factHistory(db(), identity) };
    },
    'facts:all': ({ scenario }) => allFacts(db(), scenario),
  };
}
