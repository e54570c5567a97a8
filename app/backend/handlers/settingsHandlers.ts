import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { getSetting, setSetting } from '../settings/settingsRepository';

/** `settings:get` / `settings:set`: workspace settings such as `disclaimer`. */
export function settingsHandlers({ workspace }: BackendContext): AreaHandlers<'settings'> {
  const db = () => workspace.current().db;
  return {
    'settings:get': ({ key }) => ({ key, value: getSetting(db(), key) }),
    'settings:set': ({ key, value }) => {
      setSetting(db(), key, value);
      return { key, value };
    },
  };
}
