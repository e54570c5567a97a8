import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { userChangeContext } from '../facts/changeContext';
import { publishWrite } from './publishWrite';
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
      const outcome = renameScenario(db(), name, to, ui());
      events.emit('scenarios:changed', { names: [name, to] });
      return publishWrite(events, outcome);
    },
    'scenarios:delete': ({ name }) => {
      const outcome = deleteScenario(db(), name, ui());
      events.emit('scenarios:changed', { names: [name] });
      return publishWrite(events, outcome);
    },
  };
}
