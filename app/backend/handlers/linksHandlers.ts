import { basename, resolve } from 'node:path';
import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { writeTransaction } from '../db/writeTransaction';
import { userChangeContext } from '../facts/changeContext';
import { deleteLinkRecord, findLinkRecord } from '../link/linkRepository';
import { commitLink, linkState, listLinks, previewLink } from '../link/linkWorkbook';
import { createLinkWatcher, type LinkWatcher } from '../link/watchLinks';
import { UserError } from '../router/userError';
import { publishWrite } from './publishWrite';

/**
 * `links:*`: linked Excel workbooks (CALC.md §7). Each linked file is watched while its
 * workspace is open; a save pushes `links:fileChanged` so the app can offer a refresh.
 */
export function linksHandlers(
  { workspace, events }: BackendContext,
  watcher: LinkWatcher,
): AreaHandlers<'links'> {
  const db = () => workspace.current().db;
  const resync = (): void => {
    try {
      watcher.sync(listLinks(db()));
    } catch {
      watcher.sync([]);
    }
  };
  events.subscribe((name) => {
    if (name === 'workspace:opened') resync();
  });

  return {
    'links:preview': ({ path, maxRows }) => previewLink(db(), path, maxRows),
    'links:link': ({ path }) => {
      const summary = publishWrite(events, commitLink(db(), path, userChangeContext('link')));
      events.emit('links:changed', { paths: [summary.path] });
      resync();
      return summary;
    },
    'links:list': () => ({ links: listLinks(db()) }),
    'links:unlink': ({ path }) => {
      const absolute = resolve(path);
      if (!findLinkRecord(db(), absolute))
        throw new UserError(`${absolute} is not linked.`, 'not_found', absolute);
      writeTransaction(db(), () => deleteLinkRecord(db(), absolute));
      events.emit('links:changed', { paths: [absolute] });
      resync();
      return { path: absolute };
    },
  };
}

/** The watcher of a backend's linked files: it pushes `links:fileChanged`. */
export function createBackendLinkWatcher(
  { workspace, events }: BackendContext,
  debounceMs?: number,
): LinkWatcher {
  return createLinkWatcher({
    debounceMs,
    stateOf(path) {
      const record = findLinkRecord(workspace.current().db, path);
      return record ? linkState(record) : null;
    },
    onChange(path, state) {
      events.emit('links:fileChanged', { path, fileName: basename(path), state });
    },
  });
}
