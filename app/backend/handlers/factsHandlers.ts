import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { listEntities, saveEntity } from '../entities/entityRepository';
import { deleteEntity } from '../entities/deleteEntity';
import { userChangeContext } from '../facts/changeContext';
import { allFacts, getFact, listFacts } from '../facts/factQueries';
import { createFact, deleteFacts, updateFact, upsertFacts } from '../facts/factTransactions';
import { factHistory } from '../facts/factHistory';
import { factUsage } from '../facts/factUsage';
import { publishWrite } from './publishWrite';

/**
 * `entities:*` and `facts:*`: every write is one transaction that reports what it changed,
 * which the handler pushes (`facts:changed`, `entities:changed`) and nothing else.
 */
export function factsHandlers({
  workspace,
  events,
}: BackendContext): AreaHandlers<'facts' | 'entities'> {
  const db = () => workspace.current().db;
  const ui = () => userChangeContext('ui');
  return {
    'entities:list': () => ({ entities: listEntities(db()) }),
    'entities:upsert': (args) => publishWrite(events, saveEntity(db(), args)),
    'entities:delete': ({ code, withFacts }) =>
      publishWrite(events, deleteEntity(db(), code, withFacts, ui())),
    'facts:list': (query) => listFacts(db(), query),
    'facts:get': ({ ref }) => getFact(db(), ref),
    'facts:usage': ({ ref }) => factUsage(db(), ref),
    'facts:create': (input) => publishWrite(events, createFact(db(), input, ui())),
    'facts:update': ({ ref, set }) => publishWrite(events, updateFact(db(), ref, set, ui())),
    'facts:delete': ({ refs }) => publishWrite(events, deleteFacts(db(), refs, ui())),
    'facts:upsertMany': ({ facts }) =>
      publishWrite(events, upsertFacts(db(), facts, userChangeContext('api'))),
    'facts:history': ({ ref }) => {
      const identity = 'id' in ref ? getFact(db(), ref) : ref;
      return { changes: factHistory(db(), identity) };
    },
    'facts:all': ({ scenario }) => allFacts(db(), scenario),
  };
}
