import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { userChangeContext } from '../facts/changeContext';
import { commitImport } from '../import/commitImport';
import { parseFactsCsv } from '../import/parseFactsCsv';
import { previewImport } from '../import/previewImport';

/** `import:preview` (reads only) and `import:commit` (all rows or none; `import:progress` events while writing). */
export function importHandlers({ workspace, events }: BackendContext): AreaHandlers<'import'> {
  return {
    'import:preview': ({ csv, fileName, maxRows }) =>
      previewImport(workspace.current().db, parseFactsCsv(csv, fileName), maxRows),
    'import:commit': async ({ csv, fileName }) => {
      const { db } = workspace.current();
      const parsed = parseFactsCsv(csv, fileName);
      const { counts, newEntities, renamedEntities, changed } = await commitImport(
        db,
        parsed,
        userChangeContext('import'),
        (progress) => events.emit('import:progress', progress),
      );
      for (const payload of changed) events.emit('facts:changed', payload);
      const entities = [...newEntities, ...renamedEntities];
      if (entities.length > 0) events.emit('entities:changed', { codes: entities });
      return { fileName, counts };
    },
  };
}
