import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import { userChangeContext } from '../facts/changeContext';
import { commitImport } from '../import/commitImport';
import { parseFactsCsv } from '../import/parseFactsCsv';
import { previewImport } from '../import/previewImport';
import { publishWrite } from './publishWrite';

/** `import:preview` (reads only) and `import:commit` (all rows or none; `import:progress` events while writing). */
export function importHandlers({ workspace, events }: BackendContext): AreaHandlers<'import'> {
  return {
    'import:preview': ({ csv, fileName, maxRows }) =>
      previewImport(workspace.current().db, parseFactsCsv(csv, fileName), maxRows),
    'import:commit': async ({ csv, fileName }) => {
      const { db } = workspace.current();
      const parsed = parseFactsCsv(csv, fileName);
      const outcome = await commitImport(db, parsed, userChangeContext('import'), (progress) =>
        events.emit('import:progress', progress),
      );
      return { fileName, counts: publishWrite(events, outcome) };
    },
  };
}
