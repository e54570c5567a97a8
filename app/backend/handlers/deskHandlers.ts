import type { AreaHandlers } from '../router/handlerMap';
import type { BackendContext } from '../backendContext';
import type { DeskService } from '../desk/createDeskService';
import { connectDesk, testDesk } from '../desk/connectDesk';
import { DeskError } from '../desk/deskError';
import { dismissConflicts } from '../desk/deskStatus';

/** `desk:*` (CALC.md section 11): join a desk, test a URL, sync, the status line's status. */
export function deskHandlers(
  { workspace, events }: BackendContext,
  desk: DeskService,
): AreaHandlers<'desk'> {
  const db = () => workspace.current().db;
  return {
    'desk:status': () => desk.status(),
    'desk:test': async ({ url }) => {
      try {
        await testDesk(url);
        return { ok: true, problem: null };
      } catch (error) {
        if (error instanceof DeskError) return { ok: false, problem: error.toProblem() };
        throw error;
      }
    },
    'desk:connect': async ({ url }) => {
      await connectDesk(db(), url);
      desk.restart();
      const status = desk.status();
      events.emit('desk:status', status);
      return status;
    },
    'desk:sync': () => desk.sync(),
    'desk:dismissConflicts': () => {
      dismissConflicts(db());
      const status = desk.status();
      events.emit('desk:status', status);
      return status;
    },
  };
}
