import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import type { FactsChanged } from '../../../shared/api/factsApi';
import { userChangeContext } from '../facts/changeContext';
import {
  createScenario,
  deleteScenario,
  describeScenarioRow,
  listScenarios,
  renameScenario,
  scenarioOverrides,
} from '../scenarios/scenarioRepository';

/** `scenarios:*`: named sets of fact overrides (CALC.md section 6). Each write is one transaction. */
export function scenariosHandlers({
  workspace,
  events,
}: BackendContext): AreaHandlers<'scenarios'> {
  const db = () => workspace.current().db;
  const ui = () => userChangeContext('ui');
  const publish = (changed: FactsChanged[]): void => {
    for (const payload of changed) {
      if (payload.upserted.length > 0 || payload.removed.length > 0)
        events.emit('facts:changed', payload);
    }
  };
  return {
    'scenarios:list': () => ({ scenarios: listScenarios(db()) }),
    'scenarios:overrides': () => ({ scenarios: scenarioOverrides(db()) }),
    'scenarios:create': ({ name, description }) => {
      const scenario = createScenario(db(), name, description);
      events.emit('scenarios:changed', { names: [name] });
      return scenario;
    },
    'scenarios:describe': ({ name, description }) => {
      const scenario = describeScenarioRow(db(), name, description);
      events.emit('scenarios:changed', { names: [name] });
      return scenario;
    },
    'scenarios:rename': ({ name, to }) => {
      const { result, changed } = renameScenario(db(), name, to, ui());
      events.emit('scenarios:changed', { names: [name, to] });
      publish(changed);
      return result;
    },
    'scenarios:delete': ({ name }) => {
      const { result, changed } = deleteScenario(db(), name, ui());
      events.emit('scenarios:changed', { names: [name] });
      publish(changed);
      return result;
    },
  };
}
