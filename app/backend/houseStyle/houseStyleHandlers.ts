import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { getHouseStyle, setHouseStyle } from './houseStyleRepository';

/** `houseStyle:get` / `houseStyle:set`: the workspace's firm name, logo, disclaimer, certification, disclosures. */
export function houseStyleHandlers({ workspace }: BackendContext): AreaHandlers<'houseStyle'> {
  const db = () => workspace.current().db;
  return {
    'houseStyle:get': () => getHouseStyle(db()),
    'houseStyle:set': (change) => setHouseStyle(db(), change),
  };
}
